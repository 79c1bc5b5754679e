/**
 * The table the rendering draws from a sheet: visible columns only, merged areas as one cell
 * spanning their rows and columns, the cells they cover left out.
 */
import type { CellKind, Grid } from '../core/grid';
import { cellAt } from '../core/grid';

export interface LaidCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  readonly kind: CellKind;
}

export interface SheetLayout {
  /** The grid columns drawn, left to right (hidden ones are not). */
  readonly columns: readonly number[];
  /** One list of drawn cells per grid row. */
  readonly rows: readonly (readonly LaidCell[])[];
}

/** Excel's default width, in characters, and the pixels of one character of Calibri 11. */
const DEFAULT_WIDTH = 8.43;
const CHAR_PIXELS = 7;
const PADDING_PIXELS = 5;

export function columnPixels(width: number | null): number {
  return Math.round((width ?? DEFAULT_WIDTH) * CHAR_PIXELS + PADDING_PIXELS);
}

export function layoutSheet(grid: Grid): SheetLayout {
  const hidden = new Set(grid.hiddenColumns);
  const columns: number[] = [];
  for (let col = 0; col < grid.colCount; col += 1) if (!hidden.has(col)) columns.push(col);

  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of grid.merges) {
    const shownCols = columns.filter((col) => col >= merge.left && col <= merge.right);
    if (shownCols.length === 0) continue;
    const [first] = shownCols;
    spans.set(`${merge.top}:${first}`, {
      rowSpan: merge.bottom - merge.top + 1,
      colSpan: shownCols.length,
    });
    for (let row = merge.top; row <= merge.bottom; row += 1)
      for (const col of shownCols)
        if (row !== merge.top || col !== first) covered.add(`${row}:${col}`);
  }

  const rows: LaidCell[][] = [];
  for (let row = 0; row < grid.rowCount; row += 1) {
    const cells: LaidCell[] = [];
    for (const col of columns) {
      const key = `${row}:${col}`;
      if (covered.has(key)) continue;
      const span = spans.get(key);
      // A merged area shows the value of its top-left cell, even when that column is hidden.
      const merge = span
        ? grid.merges.find((m) => m.top === row && m.left <= col && col <= m.right)
        : undefined;
      const cell = cellAt(grid, row, merge ? merge.left : col);
      cells.push({
        row,
        col,
        rowSpan: span?.rowSpan ?? 1,
        colSpan: span?.colSpan ?? 1,
        text: cell.text,
        kind: cell.kind,
      });
    }
    rows.push(cells);
  }
  return { columns, rows };
}
