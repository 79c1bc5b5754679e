/**
 * What the read-only rendering needs of a worksheet beyond its grid: the cells' solid
 * background colours (the flags, as the downloaded file will hold them, and the agent's own
 * colours) and the column widths.
 */
import type { Grid } from '../core/grid';
import type { XlsxPackage } from '../xlsx';

export interface SheetPicture {
  readonly grid: Grid;
  /** Background colours, "#RRGGBB", by `cellKey`. */
  readonly fills: ReadonlyMap<string, string>;
  /** Column widths in Excel characters; null for the default width. */
  readonly widths: readonly (number | null)[];
}

export function cellKey(row: number, col: number): string {
  return `${row}:${col}`;
}

export function pictureOf(pkg: XlsxPackage, grid: Grid): SheetPicture {
  const fills = new Map<string, string>();
  const widths: (number | null)[] = [];
  if (!pkg.worksheet(grid.sheet)) return { grid, fills, widths };
  const scan = pkg.scan(grid.sheet);
  const { solidFills } = pkg.styles();
  for (const cell of scan.cells) {
    if (cell.row >= grid.rowCount || cell.col >= grid.colCount) continue;
    const color = solidFills[cell.style];
    if (color) fills.set(cellKey(cell.row, cell.col), color);
  }
  for (let col = 0; col < grid.colCount; col += 1) {
    const column = scan.columns.find((c) => c.min <= col && col <= c.max);
    widths.push(column?.width ?? null);
  }
  return { grid, fills, widths };
}
