/**
 * What the read-only rendering needs of a worksheet beyond its grid: the cells' solid
 * background colours (the flags, as the downloaded file will hold them, and the agent's own
 * colours) and the column widths.
 */
import type { Workbook } from 'exceljs';

import type { Grid } from '../core/grid';

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

/** "FFFFC7CE" (alpha first) to "#FFC7CE"; theme and indexed colours are not resolved. */
function cssColor(argb: string | undefined): string | null {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return null;
  return `#${argb.slice(2).toUpperCase()}`;
}

export function pictureOf(workbook: Workbook, grid: Grid): SheetPicture {
  const fills = new Map<string, string>();
  const widths: (number | null)[] = [];
  const worksheet = workbook.getWorksheet(grid.sheet);
  if (!worksheet) return { grid, fills, widths };
  // findRow and findCell only look: getRow and getCell would add rows and cells to the file.
  for (let row = 0; row < grid.rowCount; row += 1) {
    const sheetRow = worksheet.findRow(row + 1);
    if (!sheetRow) continue;
    for (let col = 0; col < grid.colCount; col += 1) {
      const fill = sheetRow.findCell(col + 1)?.style.fill;
      if (fill?.type !== 'pattern' || fill.pattern !== 'solid') continue;
      const color = cssColor(fill.fgColor?.argb);
      if (color) fills.set(cellKey(row, col), color);
    }
  }
  // `columns` may be undefined at run time (no column defined), whatever its type says.
  const columns = worksheet.columns as typeof worksheet.columns | undefined;
  for (let col = 0; col < grid.colCount; col += 1) widths.push(columns?.[col]?.width ?? null);
  return { grid, fills, widths };
}
