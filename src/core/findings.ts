/**
 * Findings: facts at a place. Analysis records them; their severity comes from the catalogue
 * and their wording from src/i18n/findings.ts.
 */
import { CATALOGUE } from './catalogue';
import type { Finding, IndicatorFindingFacts as FindingFacts, FindingSubject } from './types';

// The month readers (core/months.ts) and the checks take their facts' type from here: the
// facts of the findings about one indicator (layout findings are core/layout-findings.ts's).
export type {
  IndicatorFindingFacts as FindingFacts,
  FindingSubject,
  UnitMismatchKind,
} from './types';

export interface FindingPlace {
  readonly row: number;
  readonly col: number;
  /** 1-12 when the finding concerns a month. */
  readonly month: number | null;
}

/** The finding of `facts` at `place`, whose address is `cell`, about `subject`. */
export function findingAt(
  facts: FindingFacts,
  place: FindingPlace,
  cell: string,
  subject: FindingSubject,
): Finding {
  const severity = CATALOGUE[facts.code].severity;
  const { row, col, month } = place;
  // The commonest facts (a code, or a code and the cell's text: month notes fill whole rows)
  // get a literal of their full shape, which V8 lays out in one object. The others are
  // assigned onto a literal of the place: a spread of facts first (a dozen shapes, one per
  // code) went through V8's slow clone path; assigned properties go in a store of their own.
  switch (facts.code) {
    case 'MISSING_MONTH':
    case 'NO_DATA':
    case 'NO_OBJECTIVE':
      return { severity, cell, row, col, month, indicator: subject, code: facts.code };
    case 'SUSPENDED_MONTH':
    case 'CLOSED_MONTH':
    case 'NOT_AVAILABLE_MONTH':
    case 'CELL_ERROR':
    case 'UNRECOGNIZED_ENTRY':
    case 'OBJECTIVE_UNREADABLE':
      return {
        severity,
        cell,
        row,
        col,
        month,
        indicator: subject,
        code: facts.code,
        text: facts.text,
      };
    default:
      return Object.assign({ severity, cell, row, col, month, indicator: subject }, facts);
  }
}

/** Row, then column, then code: a stable order for reports and tests. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.row !== b.row) return a.row - b.row;
  if (a.col !== b.col) return a.col - b.col;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Sorts findings[start..] in place by compareFindings, stably: one indicator's findings at the
 * end of the analysis's list. An insertion sort: an indicator has about a dozen findings, for
 * which Array.prototype.sort spends more allocating its work space (once per indicator,
 * thousands of times on a large workbook) than comparing.
 */
export function sortFindings(findings: Finding[], start = 0): void {
  for (let i = start + 1; i < findings.length; i += 1) {
    const finding = findings[i];
    let j = i - 1;
    while (j >= start && compareFindings(findings[j], finding) > 0) {
      findings[j + 1] = findings[j];
      j -= 1;
    }
    findings[j + 1] = finding;
  }
}
