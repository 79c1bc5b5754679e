/**
 * The file engine's independent oracle: ExcelJS worksheets to the engine's Grid, as the product
 * read them before it had its own reader. Formulas give their cached result, dates their
 * serial number, rich text and hyperlinks their plain text; merged-over cells are empty.
 */
import type {
  Cell as XlsxCell,
  CellErrorValue,
  CellRichTextValue,
  Workbook,
  Worksheet,
} from 'exceljs';
import { ValueType } from 'exceljs';
import type { Cell, CellRange, Grid } from '../../src/core/grid';
import { EMPTY_CELL } from '../../src/core/grid';
import { formatNumber } from '../../src/core/number-format';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;

type Result = number | string | boolean | Date | CellErrorValue | null | undefined;

function richText(value: CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

function resultCell(
  result: Result,
  format: string,
  formula: string | null,
  date1904: boolean,
): Cell {
  if (result === null || result === undefined) {
    return formula === null ? EMPTY_CELL : { ...EMPTY_CELL, format, formula };
  }
  if (result instanceof Date) {
    const serial =
      UNIX_EPOCH_SERIAL + result.getTime() / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
    return resultCell(serial, format, formula, date1904);
  }
  switch (typeof result) {
    case 'number':
      return {
        value: result,
        text: formatNumber(result, format, 'fr'),
        format,
        formula,
        kind: 'number',
      };
    case 'string':
      return { value: result, text: result, format, formula, kind: 'text' };
    case 'boolean':
      return { value: result, text: result ? 'VRAI' : 'FAUX', format, formula, kind: 'boolean' };
    default:
      return { value: result.error, text: result.error, format, formula, kind: 'error' };
  }
}

function toCell(cell: XlsxCell, date1904: boolean): Cell | null {
  const format = cell.numFmt || 'General';
  switch (cell.type) {
    case ValueType.Merge:
    case ValueType.Null:
      return null;
    case ValueType.Formula:
      return resultCell(cell.result as Result, format, `=${cell.formula}`, date1904);
    case ValueType.RichText:
      return resultCell(richText(cell.value as CellRichTextValue), format, null, date1904);
    case ValueType.Hyperlink: {
      const text = (cell.value as { text: string | CellRichTextValue }).text;
      return resultCell(typeof text === 'string' ? text : richText(text), format, null, date1904);
    }
    case ValueType.SharedString:
      return resultCell(String(cell.value), format, null, date1904);
    default:
      return resultCell(cell.value as Result, format, null, date1904);
  }
}

export function worksheetToGrid(worksheet: Worksheet): Grid {
  const date1904 = worksheet.workbook.properties.date1904 === true;
  const cells: Cell[][] = [];
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  let colCount = 0;
  worksheet.eachRow({ includeEmpty: false }, (xlsxRow, rowNumber) => {
    while (cells.length < rowNumber - 1) cells.push([]);
    const row: Cell[] = [];
    xlsxRow.eachCell({ includeEmpty: false }, (xlsxCell, colNumber) => {
      if (xlsxCell.type === ValueType.Merge) {
        const master = xlsxCell.master;
        const top = Number(master.row) - 1;
        const left = Number(master.col) - 1;
        const merge = merges.get(master.address) ?? { top, left, bottom: top, right: left };
        merges.set(master.address, merge);
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
  const columns = worksheet.columns ?? [];
  const hiddenColumns: number[] = [];
  for (let col = 0; col < Math.min(columns.length, colCount); col++) {
    if (columns[col]?.hidden) hiddenColumns.push(col);
  }
  const hiddenRows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (xlsxRow, rowNumber) => {
    if (xlsxRow.hidden && rowNumber <= cells.length) hiddenRows.push(rowNumber - 1);
  });
  const ranges: CellRange[] = [...merges.values()];
  return {
    sheet: worksheet.name,
    rowCount: cells.length,
    colCount,
    cells,
    merges: ranges,
    hiddenColumns,
    hiddenRows,
    ...(date1904 ? { date1904: true } : {}),
  };
}

/** Every worksheet, in tab order. */
export function workbookToGrids(workbook: Workbook): Grid[] {
  return workbook.worksheets.map(worksheetToGrid);
}
