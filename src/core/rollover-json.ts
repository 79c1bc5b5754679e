/**
 * The `qualepref-rollover/1` JSON (design.md §7b): what `qualepref rollover --json` prints.
 * Rows are Excel's 1-based rows; rates are fractions; `n1` is null where "-" was written.
 * Beyond the contract's fields: the year-N sheet (`source`), the file written, and what could
 * not be carried over (`notCarried`, with a French or English sentence).
 */
import type { MetN1Word, RolloverGap, RolloverGapReason, RolloverPlan } from './rollover-types';

export const JSON_ROLLOVER_SCHEMA = 'qualepref-rollover/1';

export interface JsonRolloverRow {
  readonly row: number;
  readonly n1: number | null;
  readonly metN1: MetN1Word;
}

export interface JsonRolloverGap {
  readonly reason: RolloverGapReason;
  readonly row: number | null;
  readonly label: string | null;
  readonly message: string;
}

export interface JsonRollover {
  readonly schema: typeof JSON_ROLLOVER_SCHEMA;
  readonly from: number;
  readonly to: number;
  /** The sheet added for year N+1. */
  readonly sheet: string;
  readonly source: string;
  readonly file: string;
  readonly output: string;
  readonly rows: readonly JsonRolloverRow[];
  readonly notCarried: readonly JsonRolloverGap[];
}

export function toJsonRollover(
  plan: RolloverPlan,
  files: { readonly file: string; readonly output: string },
  describe: (gap: RolloverGap) => string,
): JsonRollover {
  return {
    schema: JSON_ROLLOVER_SCHEMA,
    from: plan.from,
    to: plan.to,
    sheet: plan.newSheet,
    source: plan.sheet,
    file: files.file,
    output: files.output,
    rows: plan.rows.map((row) => ({ row: row.row + 1, n1: row.n1, metN1: row.metN1 })),
    notCarried: plan.gaps.map((gap) => ({
      reason: gap.reason,
      row: gap.row === null ? null : gap.row + 1,
      label: gap.label,
      message: describe(gap),
    })),
  };
}
