/**
 * A sheet to write into a new workbook: rows of plain values, each with its number format and
 * weight. What the engine lays out and the file writer (src/xlsx/new-workbook.ts) writes.
 */
export type TableValue = string | number | null;

export interface TableCell {
  readonly value: TableValue;
  /** Excel number format code; General when omitted. */
  readonly format?: string;
  readonly bold?: boolean;
}

export interface SheetTable {
  readonly name: string;
  /** Rows from A1, top to bottom. */
  readonly rows: readonly (readonly TableCell[])[];
  /** Column widths in characters, from column A. */
  readonly widths: readonly number[];
  /** How many top rows stay in view when scrolling (0: none). */
  readonly frozenRows: number;
}

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Widths that fit each column's longest text, within reason (long sentences wrap nowhere). */
export function fittedWidths(rows: readonly (readonly TableCell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, col) => {
      const length = cell.value === null ? 0 : String(cell.value).length + (cell.bold ? 2 : 1);
      widths[col] = Math.max(widths[col] ?? MIN_WIDTH, Math.min(MAX_WIDTH, length));
    });
  return Array.from(widths, (width) => width ?? MIN_WIDTH);
}
