/**
 * One catalogue of the finding codes (design.md §5): what every part of the product needs to
 * know about a code, in one place. Keyed by FindingCode, so a new code does not compile until it
 * has its entry here.
 */
import type { FindingCode, Severity } from './types';

/**
 * How the fill treats a code's findings:
 * - `month_note`: a month left out of the average with a reason (COVID, Fermé, "-"); it explains
 *   a gap and calls for no action, so reports fold a row's notes into one line;
 * - `resolved_by_fill`: on the Moyenne cell, writing the average makes it untrue;
 * - `moved_to_average`: sits on the label cell when the dashboard has no Moyenne column, and on
 *   the Moyenne cell once the fill has added one;
 * - `plain`: stays as it is.
 */
export type FindingKind = 'plain' | 'month_note' | 'resolved_by_fill' | 'moved_to_average';

/**
 * The problem a finding belongs to when an indicator's findings are told as problems, one per
 * indicator and group (core/problems.ts).
 */
export type FindingGroup =
  | 'missing_months'
  | 'unrecognized_entry'
  | 'cell_error'
  | 'out_of_range'
  | 'text_number'
  | 'unit_mismatch'
  | 'suspicious_value'
  | 'objective_missed'
  | 'objective_unreadable'
  | 'average'
  | 'notes';

export interface CodeEntry {
  readonly severity: Severity;
  readonly kind: FindingKind;
  readonly group: FindingGroup;
}

export const CATALOGUE = {
  MISSING_MONTH: { severity: 'error', kind: 'plain', group: 'missing_months' },
  UNRECOGNIZED_ENTRY: { severity: 'error', kind: 'plain', group: 'unrecognized_entry' },
  CELL_ERROR: { severity: 'error', kind: 'plain', group: 'cell_error' },
  OUT_OF_RANGE: { severity: 'error', kind: 'plain', group: 'out_of_range' },
  TEXT_NUMBER: { severity: 'warning', kind: 'plain', group: 'text_number' },
  SUSPICIOUS_VALUE: { severity: 'warning', kind: 'plain', group: 'suspicious_value' },
  OBJECTIVE_MISSED_MONTH: { severity: 'warning', kind: 'plain', group: 'objective_missed' },
  OBJECTIVE_MISSED: { severity: 'warning', kind: 'moved_to_average', group: 'objective_missed' },
  MISSING_JUSTIFICATION: { severity: 'warning', kind: 'plain', group: 'objective_missed' },
  OBJECTIVE_UNREADABLE: { severity: 'warning', kind: 'plain', group: 'objective_unreadable' },
  UNIT_MISMATCH: { severity: 'warning', kind: 'resolved_by_fill', group: 'unit_mismatch' },
  AVERAGE_OUTDATED: { severity: 'warning', kind: 'resolved_by_fill', group: 'average' },
  SUSPENDED_MONTH: { severity: 'info', kind: 'month_note', group: 'notes' },
  CLOSED_MONTH: { severity: 'info', kind: 'month_note', group: 'notes' },
  NOT_AVAILABLE_MONTH: { severity: 'info', kind: 'month_note', group: 'notes' },
  NO_DATA: { severity: 'info', kind: 'moved_to_average', group: 'notes' },
  NO_OBJECTIVE: { severity: 'info', kind: 'plain', group: 'notes' },
} as const satisfies { readonly [C in FindingCode]: CodeEntry };

/** The codes of the given kind, as a type: `CodeOfKind<'month_note'>`. */
export type CodeOfKind<K extends FindingKind> = {
  [C in FindingCode]: (typeof CATALOGUE)[C]['kind'] extends K ? C : never;
}[FindingCode];

export type MonthNoteCode = CodeOfKind<'month_note'>;

/** Every code, in the catalogue's order. */
export const FINDING_CODES = Object.keys(CATALOGUE) as readonly FindingCode[];

/** Worst first: errors, then warnings, then infos. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for an error, 1 for a warning, 2 for an info: the lower, the worse. */
export function severityRank(severity: Severity): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}

export function severityOf(code: FindingCode): Severity {
  return CATALOGUE[code].severity;
}

export function isMonthNote(code: FindingCode): code is MonthNoteCode {
  return CATALOGUE[code].kind === 'month_note';
}

export function kindOf(code: FindingCode): FindingKind {
  return CATALOGUE[code].kind;
}
