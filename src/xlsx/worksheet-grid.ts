/**
 * ExcelJS worksheets to the engine's Grid: one pass over the stored cells, one Cell object per
 * non-empty cell. Formulas give their cached result (Excel's last computation), dates their
 * serial number, rich text and hyperlinks their plain text.
 */
import type {
  Cell as XlsxCell,
  CellErrorValue,
  CellRichTextValue,
  Workbook,
  Worksheet,
} from 'exceljs';
import { ValueType } from 'exceljs';
import type { Cell, Grid } from '../core/grid';
import { EMPTY_CELL } from '../core/grid';
import { formatNumber } from '../core/numbers';

const GENERAL = 'General';
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const NO_CELLS: readonly Cell[] = Object.freeze([]);

type Result = number | string | boolean | Date | CellErrorValue | null | undefined;

function numberCell(value: number, format: string, formula: string | null): Cell {
  return { value, text: formatNumber(value, format, 'fr'), format, formula, kind: 'number' };
}

function textCell(value: string, format: string, formula: string | null): Cell {
  return { value, text: value, format, formula, kind: 'text' };
}

function toSerial(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

function richText(value: CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

/** A value or a formula's cached result, as a Cell. */
function resultCell(
  result: Result,
  format: string,
  formula: string | null,
  date1904: boolean,
): Cell {
  if (result === null || result === undefined) {
    return formula === null ? EMPTY_CELL : { ...EMPTY_CELL, format, formula };
  }
  if (typeof result === 'number') return numberCell(result, format, formula);
  if (typeof result === 'string') return textCell(result, format, formula);
  if (typeof result === 'boolean') {
    return { value: result, text: result ? 'VRAI' : 'FAUX', format, formula, kind: 'boolean' };
  }
  if (result instanceof Date) return numberCell(toSerial(result, date1904), format, formula);
  return { value: result.error, text: result.error, format, formula, kind: 'error' };
}

/** null for the cells a grid shows as empty (merged-over cells). */
function toCell(cell: XlsxCell, date1904: boolean): Cell | null {
  const format = cell.numFmt || GENERAL;
  const value = cell.value;
  switch (cell.type) {
    case ValueType.Merge:
    case ValueType.Null:
      return null;
    case ValueType.Formula:
      return resultCell(cell.result as Result, format, `=${cell.formula}`, date1904);
    case ValueType.RichText:
      return textCell(richText(value as CellRichTextValue), format, null);
    case ValueType.Hyperlink: {
      const text = (value as { text: string | CellRichTextValue }).text;
      return textCell(typeof text === 'string' ? text : richText(text), format, null);
    }
    case ValueType.SharedString:
      return textCell(String(value), format, null);
    default:
      return resultCell(value as Result, format, null, date1904);
  }
}

/** A merged area being measured: it grows with each merged-over cell met. */
interface GrowingRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function worksheetToGrid(worksheet: Worksheet): Grid {
  const date1904 = worksheet.workbook.properties.date1904 === true;
  const cells: (readonly Cell[])[] = [];
  // Merged areas are read from the merged-over cells, which ExcelJS links to their top-left.
  const merges = new Map<string, GrowingRange>();
  let colCount = 0;
  worksheet.eachRow({ includeEmpty: false }, (xlsxRow, rowNumber) => {
    while (cells.length < rowNumber - 1) cells.push(NO_CELLS);
    const row: Cell[] = [];
    xlsxRow.eachCell({ includeEmpty: false }, (xlsxCell, colNumber) => {
      if (xlsxCell.type === ValueType.Merge) {
        const master = xlsxCell.master;
        let merge = merges.get(master.address);
        if (!merge) {
          // ExcelJS types row and col as strings; they are numbers at run time.
          const top = Number(master.row) - 1;
          const left = Number(master.col) - 1;
          merge = { top, left, bottom: top, right: left };
          merges.set(master.address, merge);
        }
        merge.bottom = Math.max(merge.bottom, rowNumber - 1);
        merge.right = Math.max(merge.right, colNumber - 1);
        return;
      }
      const cell = toCell(xlsxCell, date1904);
      if (cell === null) return;
      while (row.length < colNumber - 1) row.push(EMPTY_CELL);
      row.push(cell);
    });
    cells.push(row);
    colCount = Math.max(colCount, row.length);
  });
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  return {
    sheet: worksheet.name,
    rowCount: cells.length,
    colCount,
    cells,
    merges: [...merges.values()],
    hiddenColumns: hiddenColumns(worksheet, colCount),
  };
}

function hiddenColumns(worksheet: Worksheet, colCount: number): number[] {
  const columns = worksheet.columns ?? [];
  const hidden: number[] = [];
  for (let col = 0; col < Math.min(columns.length, colCount); col++) {
    if (columns[col]?.hidden) hidden.push(col);
  }
  return hidden;
}

/** Every worksheet, in tab order. */
export function workbookToGrids(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}
