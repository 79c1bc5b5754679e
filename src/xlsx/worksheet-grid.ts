/**
 * ExcelJS worksheets to the engine's Grid: one pass over the stored cells, one Cell object per
 * distinct non-empty cell (formula-free cells with the same value and format share one).
 * Formulas give their cached result (Excel's last computation), dates their serial number, rich
 * text and hyperlinks their plain text.
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
import { formatNumber } from '../core/number-format';

const GENERAL = 'General';
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const NO_CELLS: readonly Cell[] = Object.freeze([]);

type Result = number | string | boolean | Date | CellErrorValue | null | undefined;

/** What converting the cells of one sheet needs besides each cell. */
interface SheetContext {
  readonly date1904: boolean;
  /**
   * Formula-free cells by format, then value. Agents type the same words ("-", "COVID") in
   * most month cells and the same rates month after month, and grid cells are immutable: one
   * object serves all the cells that hold the same value in the same format, sparing a large
   * sheet thousands of copies (and numbers their formatting).
   */
  readonly texts: Map<string, Map<string, Cell>>;
  readonly numbers: Map<string, Map<number, Cell>>;
}

/** The map of `format` in `byFormat`, created when first needed. */
function valuesOf<K>(byFormat: Map<string, Map<K, Cell>>, format: string): Map<K, Cell> {
  let byValue = byFormat.get(format);
  if (byValue === undefined) {
    byValue = new Map();
    byFormat.set(format, byValue);
  }
  return byValue;
}

function numberCell(
  value: number,
  format: string,
  formula: string | null,
  sheet: SheetContext,
): Cell {
  // -0 is kept apart: a Map does not tell it from 0.
  if (formula !== null || Object.is(value, -0)) {
    return { value, text: formatNumber(value, format, 'fr'), format, formula, kind: 'number' };
  }
  const byValue = valuesOf(sheet.numbers, format);
  let cell = byValue.get(value);
  if (cell === undefined) {
    cell = { value, text: formatNumber(value, format, 'fr'), format, formula, kind: 'number' };
    byValue.set(value, cell);
  }
  return cell;
}

function textCell(
  value: string,
  format: string,
  formula: string | null,
  sheet: SheetContext,
): Cell {
  if (formula !== null) return { value, text: value, format, formula, kind: 'text' };
  const byValue = valuesOf(sheet.texts, format);
  let cell = byValue.get(value);
  if (cell === undefined) {
    cell = { value, text: value, format, formula, kind: 'text' };
    byValue.set(value, cell);
  }
  return cell;
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
  sheet: SheetContext,
): Cell {
  if (result === null || result === undefined) {
    return formula === null ? EMPTY_CELL : { ...EMPTY_CELL, format, formula };
  }
  if (typeof result === 'number') return numberCell(result, format, formula, sheet);
  if (typeof result === 'string') return textCell(result, format, formula, sheet);
  if (typeof result === 'boolean') {
    return { value: result, text: result ? 'VRAI' : 'FAUX', format, formula, kind: 'boolean' };
  }
  if (result instanceof Date)
    return numberCell(toSerial(result, sheet.date1904), format, formula, sheet);
  return { value: result.error, text: result.error, format, formula, kind: 'error' };
}

/**
 * null for the cells a grid shows as empty (merged-over cells). `value` is read only where it
 * is used: on a formula cell ExcelJS builds a fresh object for it.
 */
function toCell(cell: XlsxCell, sheet: SheetContext): Cell | null {
  const format = cell.numFmt || GENERAL;
  switch (cell.type) {
    case ValueType.Merge:
    case ValueType.Null:
      return null;
    case ValueType.Formula:
      return resultCell(cell.result as Result, format, `=${cell.formula}`, sheet);
    case ValueType.RichText:
      return textCell(richText(cell.value as CellRichTextValue), format, null, sheet);
    case ValueType.Hyperlink: {
      const text = (cell.value as { text: string | CellRichTextValue }).text;
      return textCell(typeof text === 'string' ? text : richText(text), format, null, sheet);
    }
    case ValueType.SharedString:
      return textCell(String(cell.value), format, null, sheet);
    default:
      return resultCell(cell.value as Result, format, null, sheet);
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
  const sheet: SheetContext = {
    date1904: worksheet.workbook.properties.date1904 === true,
    texts: new Map(),
    numbers: new Map(),
  };
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
      const cell = toCell(xlsxCell, sheet);
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
    hiddenRows: hiddenRows(worksheet, cells.length),
    date1904: sheet.date1904,
  };
}

function hiddenRows(worksheet: Worksheet, rowCount: number): number[] {
  const hidden: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden && rowNumber <= rowCount) hidden.push(rowNumber - 1);
  });
  return hidden;
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
