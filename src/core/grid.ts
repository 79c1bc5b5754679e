/**
 * A rectangular snapshot of one worksheet, as every adapter (Office.js, ExcelJS) delivers it.
 * Rows and columns are 0-based and always start at A1, so that (row, col) maps to an address
 * without any offset bookkeeping.
 */

/** Excel's own classification of a cell's value. */
export type CellKind = 'empty' | 'number' | 'text' | 'boolean' | 'error';

export interface Cell {
  /**
   * The raw value: a number for numbers (rates as fractions, dates as serials), the text for
   * text, the error code for errors ("#DIV/0!"), a boolean, or null when empty.
   * For a formula, the value is the formula's last computed result.
   */
  readonly value: number | string | boolean | null;
  /** The text Excel displays (may be empty when the adapter cannot know it). */
  readonly text: string;
  /** The number format code, "General" when none. */
  readonly format: string;
  /** The formula ("=AVERAGE(G5:R5)") or null. */
  readonly formula: string | null;
  readonly kind: CellKind;
}

/** An inclusive, 0-based block of cells. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  readonly rowCount: number;
  readonly colCount: number;
  /** [row][col]; a row may be shorter than colCount: read through cellAt. */
  readonly cells: ReadonlyArray<ReadonlyArray<Cell>>;
  readonly merges: readonly CellRange[];
  /** 0-based indices of hidden columns. */
  readonly hiddenColumns: readonly number[];
  /** 0-based indices of hidden rows (helper rows); absent when the adapter cannot tell. */
  readonly hiddenRows?: readonly number[];
  /**
   * True when the workbook counts dates from 1904 (Mac Excel's old default): a date serial
   * then means a day 1,462 days later than in the 1900 system. Absent means 1900.
   */
  readonly date1904?: boolean;
}

export const EMPTY_CELL: Cell = Object.freeze({
  value: null,
  text: '',
  format: 'General',
  formula: null,
  kind: 'empty',
});

export function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.cells[row]?.[col] ?? EMPTY_CELL;
}
