/**
 * ExcelJS cells and columns at the Grid's 0-based positions (ExcelJS counts from 1), and solid
 * fills: for the sample generator and the tests that build workbooks with ExcelJS.
 */
import type { Cell, Column, Fill, Worksheet } from 'exceljs';

export function cellOf(sheet: Worksheet, row: number, col: number): Cell {
  return sheet.getCell(row + 1, col + 1);
}

export function columnOf(sheet: Worksheet, col: number): Column {
  return sheet.getColumn(col + 1);
}

/** "#FFC7CE" to ExcelJS's opaque ARGB "FFFFC7CE". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

export function solidFill(color: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
}
