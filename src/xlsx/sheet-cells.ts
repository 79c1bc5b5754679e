/**
 * ExcelJS cells and columns at the Grid's 0-based positions (ExcelJS counts from 1). Creates
 * the cell or column when it does not exist yet.
 */
import type { Cell, Column, Worksheet } from 'exceljs';

export function cellOf(sheet: Worksheet, row: number, col: number): Cell {
  return sheet.getCell(row + 1, col + 1);
}

export function columnOf(sheet: Worksheet, col: number): Column {
  return sheet.getColumn(col + 1);
}
