/**
 * What "Préparer <N+1>" produces (design.md §7b): the plan of the year N+1 sheet, computed from
 * the analysis of year N. Indices are 0-based, as in Grid.
 */
import type { CellRange } from './grid';
import type { Unit } from './types';

/** What a year-N atteinte becomes in the N+1 sheet's "atteinte objectif N-1" column. */
export type MetN1Word = 'oui' | 'non' | '-';

/** Why something of year N is not carried over as is. */
export type RolloverGapReason =
  /** No month held a number: "Résultats N-1" is "-". */
  | 'no_data'
  /** The average is carried over, the atteinte cannot be: no objective. */
  | 'no_objective'
  /** The average is carried over, the atteinte cannot be: the objective is unreadable. */
  | 'objective_unreadable'
  /** The average is carried over, but year N still has errors on the row. */
  | 'errors'
  /** The row's N-1 cell lies inside a merged area that starts on another row. */
  | 'merged_cell'
  /** The dashboard has no "Résultats N-1" column: no average is carried over. */
  | 'no_n1_column'
  /** The dashboard has no "atteinte objectif N-1" column: no atteinte is carried over. */
  | 'no_met_n1_column';

export interface RolloverGap {
  readonly reason: RolloverGapReason;
  /** 0-based row of the indicator; null for what concerns the whole dashboard. */
  readonly row: number | null;
  readonly label: string | null;
  /** How many error findings the row had ("errors" only, else 0). */
  readonly errors: number;
}

/** One indicator's N-1 values in the new sheet. */
export interface RolloverRow {
  readonly row: number;
  readonly label: string;
  readonly unit: Unit;
  /** Year N's average, in the row's unit; null when there is none ("-" is written). */
  readonly n1: number | null;
  readonly metN1: MetN1Word;
}

export type RolloverWriteRole = 'n1' | 'metN1' | 'header';

/** A cell of the new sheet that gets a value (the rest of its formatting is kept). */
export interface RolloverWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
  /** The number format to give the cell; null keeps the cell's own. */
  readonly format: string | null;
  readonly role: RolloverWriteRole;
}

export interface RolloverPlan {
  /** The year-N sheet, never changed. */
  readonly sheet: string;
  /** The name of the sheet to add beside it. */
  readonly newSheet: string;
  readonly from: number;
  readonly to: number;
  readonly rows: readonly RolloverRow[];
  /** N-1 values, N-1 atteintes, headers and titles with the year changed. */
  readonly writes: readonly RolloverWrite[];
  /**
   * Areas to empty, contents only (formats kept): each a single cell, or a whole merged area
   * whose first cell is to be emptied. Months, comments, Moyenne, current atteinte.
   */
  readonly clears: readonly CellRange[];
  readonly gaps: readonly RolloverGap[];
}

export type RolloverFailure = 'no_year';

export type RolloverResult =
  | { readonly ok: true; readonly plan: RolloverPlan }
  | { readonly ok: false; readonly reason: RolloverFailure };
