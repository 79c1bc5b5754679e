/** The style each cell shows (its own, its row's or its column's; a flag's if flagged). */
import type { XlsxPackage } from '../../src/xlsx';
import { WorkbookPatch } from '../../src/xlsx/workbook-patch';

/** A cell's style: index into the workbook's cell styles (xfs). */
export interface CellStyle {
  readonly row: number;
  readonly col: number;
  readonly style: number;
}

export function cellStyles(
  pkg: XlsxPackage,
  sheet: string,
  cells: readonly { row: number; col: number }[],
): CellStyle[] {
  const editor = new WorkbookPatch(pkg).sheet(sheet);
  return cells.map(({ row, col }) => ({ row, col, style: editor.styleAt(row, col) }));
}
