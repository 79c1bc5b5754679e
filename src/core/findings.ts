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
  // Object.assign onto a literal of the place keeps one shape for the place's properties; a
  // spread of facts first (a dozen shapes, one per code) made V8 clone through its slow path.
  return Object.assign(
    {
      severity: CATALOGUE[facts.code].severity,
      cell,
      row: place.row,
      col: place.col,
      month: place.month,
      indicator: subject,
    },
    facts,
  );
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
