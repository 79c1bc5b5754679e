/**
 * Findings: the stable codes of design.md §5, their severities, and the facts each message is
 * written from. Analysis records facts; the wording lives in src/i18n/findings.ts.
 */
import { IndicatorMessages } from '../i18n/findings';
import { a1 } from './address';
import type { Finding, FindingCode, Lang, Severity, Unit } from './types';

export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  MISSING_MONTH: 'error',
  UNRECOGNIZED_ENTRY: 'error',
  CELL_ERROR: 'error',
  OUT_OF_RANGE: 'error',
  TEXT_NUMBER: 'warning',
  SUSPICIOUS_VALUE: 'warning',
  OBJECTIVE_MISSED_MONTH: 'warning',
  OBJECTIVE_MISSED: 'warning',
  MISSING_JUSTIFICATION: 'warning',
  OBJECTIVE_UNREADABLE: 'warning',
  UNIT_MISMATCH: 'warning',
  AVERAGE_OUTDATED: 'warning',
  SUSPENDED_MONTH: 'info',
  CLOSED_MONTH: 'info',
  NOT_AVAILABLE_MONTH: 'info',
  NO_DATA: 'info',
  NO_OBJECTIVE: 'info',
  UNREAD_ROW: 'error',
  LAYOUT_GUESSED: 'warning',
};

/** Why a number format contradicts the row's unit. */
export type UnitMismatchKind =
  /** A rate month typed as a plain number above 1 (99): read as 99 %. */
  | 'month_rate_without_percent'
  /** A delay or count month shown as a percentage. */
  | 'month_percent'
  /** A rate's Moyenne without a percent format (a fraction shown as "1"). */
  | 'average_not_percent'
  /** A delay's or count's Moyenne shown as a percentage (the seed's 600 %). */
  | 'average_percent';

/**
 * What a message needs besides the indicator and the month. `text` is what the cell shows, as
 * the agent typed it; numbers are in the row's unit (rates as fractions).
 */
export type FindingFacts =
  | { readonly code: 'MISSING_MONTH' }
  | { readonly code: 'UNRECOGNIZED_ENTRY'; readonly text: string }
  | { readonly code: 'CELL_ERROR'; readonly text: string }
  | {
      readonly code: 'OUT_OF_RANGE';
      readonly text: string;
      readonly reason: 'negative' | 'over_100';
    }
  | { readonly code: 'TEXT_NUMBER'; readonly text: string; readonly value: number }
  | { readonly code: 'SUSPICIOUS_VALUE'; readonly text: string; readonly median: number }
  | { readonly code: 'OBJECTIVE_MISSED_MONTH'; readonly text: string; readonly objective: string }
  | { readonly code: 'OBJECTIVE_MISSED'; readonly average: number; readonly objective: string }
  | {
      readonly code: 'MISSING_JUSTIFICATION';
      readonly objective: string;
      /** The months below the objective, 1-12. */
      readonly months: readonly number[];
      /** The yearly average misses too. */
      readonly year: boolean;
    }
  | { readonly code: 'OBJECTIVE_UNREADABLE'; readonly text: string }
  | {
      readonly code: 'UNIT_MISMATCH';
      readonly kind: UnitMismatchKind;
      readonly text: string;
      /** The value as the engine reads it, in the row's unit. */
      readonly value: number;
    }
  | {
      readonly code: 'AVERAGE_OUTDATED';
      readonly text: string;
      /** The computed average, null when no month holds a number. */
      readonly average: number | null;
      readonly error: boolean;
    }
  | { readonly code: 'SUSPENDED_MONTH'; readonly text: string }
  | { readonly code: 'CLOSED_MONTH'; readonly text: string }
  | { readonly code: 'NOT_AVAILABLE_MONTH'; readonly text: string }
  | { readonly code: 'NO_DATA' }
  | { readonly code: 'NO_OBJECTIVE' };

/** The indicator a finding is about, for its message. */
export interface FindingSubject {
  readonly label: string;
  readonly unit: Unit;
}

export interface FindingPlace {
  readonly row: number;
  readonly col: number;
  /** 1-12 when the finding concerns a month. */
  readonly month: number | null;
}

export function makeFinding(
  facts: FindingFacts,
  place: FindingPlace,
  subject: FindingSubject,
  lang: Lang,
): Finding {
  const messages = new IndicatorMessages(subject.label, subject.unit, lang);
  return findingAt(facts, place, a1(place.row, place.col), messages.message(facts, place.month));
}

/** A finding at `place`, whose address is `cell`, with its message. */
export function findingAt(
  facts: FindingFacts,
  place: FindingPlace,
  cell: string,
  message: string,
): Finding {
  return {
    code: facts.code,
    severity: SEVERITY[facts.code],
    cell,
    row: place.row,
    col: place.col,
    month: place.month,
    message,
  };
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
