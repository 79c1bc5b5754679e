/**
 * Writes a FillPlan into an ExcelJS workbook: the planned cells (value and number format only),
 * the flag fills, and the report sheet. Nothing else of the user's workbook changes.
 *
 * ExcelJS shares one style object between the cells loaded with the same style, so a cell's
 * style is always replaced by a copy, never changed in place.
 */
import type { Cell as XlsxCell, CellValue, Fill, Workbook, Worksheet } from 'exceljs';
import { ValueType } from 'exceljs';
import { parseRangeA1 } from '../core/address';
import type { CellFlag, CellWrite, FillPlan } from '../core/types';
import { writeReportSheet } from './report-sheet';
import { cellOf, columnOf } from './sheet-cells';

/** Width, in characters, of a column the plan adds ("Atteinte objectif 2020"). */
const ADDED_COLUMN_WIDTH = 16;

/** What ExcelJS keeps of a formula at run time (its typings omit the shared-formula fields). */
interface StoredFormula {
  readonly formula?: string;
  readonly sharedFormula?: string;
  readonly shareType?: string;
  readonly ref?: string;
}

/** "#FFC7CE" to ExcelJS's opaque ARGB "FFFFC7CE". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, '').toUpperCase()}`;
}

export function solidFill(color: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
}

/**
 * Before a shared formula's first cell is overwritten, the cells that borrow its formula get
 * their own copy: ExcelJS cannot save a shared formula whose first cell is gone.
 */
function detachSharedFormula(sheet: Worksheet, cell: XlsxCell): void {
  if (cell.type !== ValueType.Formula) return;
  const stored = cell.value as StoredFormula;
  if (stored.shareType !== 'shared' || stored.ref === undefined) return;
  const range = parseRangeA1(stored.ref);
  if (!range) return;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      const other = sheet.findCell(row + 1, col + 1);
      if (other?.type !== ValueType.Formula) continue;
      if ((other.value as StoredFormula).sharedFormula !== cell.address) continue;
      other.value = { formula: other.formula, result: other.result } as CellValue;
    }
  }
}

function hasOwnStyle(cell: XlsxCell): boolean {
  return Object.keys(cell.style).length > 0;
}

function writeCell(sheet: Worksheet, write: CellWrite): void {
  const cell = cellOf(sheet, write.row, write.col);
  detachSharedFormula(sheet, cell);
  cell.value = write.value;
  if (write.format !== null) cell.style = { ...cell.style, numFmt: write.format };
  // An added column's header looks like the header beside it.
  if (write.role === 'met_header' && !hasOwnStyle(cell) && write.col > 0) {
    cell.style = cellOf(sheet, write.row, write.col - 1).style;
  }
}

function flagCell(sheet: Worksheet, flag: CellFlag): void {
  const cell = cellOf(sheet, flag.row, flag.col);
  cell.style = { ...cell.style, fill: solidFill(flag.color) };
}

export function applyFillPlan(workbook: Workbook, plan: FillPlan): void {
  const sheet = workbook.getWorksheet(plan.sheet);
  if (!sheet) throw new Error(`The plan's sheet "${plan.sheet}" is not in the workbook.`);
  for (const write of plan.writes) writeCell(sheet, write);
  if (plan.addedMetColumn !== null) {
    const column = columnOf(sheet, plan.addedMetColumn);
    if (column.width === undefined) column.width = ADDED_COLUMN_WIDTH;
  }
  for (const flag of plan.flags) flagCell(sheet, flag);
  writeReportSheet(workbook, plan.sheet, plan.report);
}
