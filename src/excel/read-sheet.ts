/**
 * Reading a worksheet into a Grid: everything is queued first (values, displayed text, number
 * formats, formulas and value types of the used range, hidden columns, merged areas, and, for a
 * fill, the cells' fills), then taken after the caller's single sync.
 */
import type { Cell, CellKind, CellRange, Grid } from '../core/grid';
import { EMPTY_CELL } from '../core/grid';
import type { XClientResult, XRange, XRangeAreas, XWorksheet } from './excel-api';
import { rangesOf } from './addresses';
import { FillBlock } from './fills';

export interface ReadOptions {
  /** Read the cells' fills too (the fill needs them to remove its flags exactly later). */
  readonly fills: boolean;
  /** ExcelApi 1.13 is there: read the merged areas. */
  readonly merges: boolean;
}

export interface PendingSheet {
  readonly sheet: XWorksheet;
  readonly used: XRange;
  readonly columns: XClientResult<Excel.ColumnProperties[]>;
  readonly merges: XRangeAreas | null;
  readonly fills: XClientResult<Excel.CellProperties[][]> | null;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly protected: boolean;
  readonly grid: Grid;
  /** The fills of the used range; null unless asked for. */
  readonly fills: FillBlock | null;
}

/** Columns read right of the used range for their hidden state (the fill adds at most two). */
const SPARE_COLUMNS = 8;

/** The fill properties a flag changes, and so must be given back. */
export const FILL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
  },
};

export function queueSheetRead(sheet: XWorksheet, options: ReadOptions): PendingSheet {
  sheet.load('name');
  sheet.protection.load('protected');
  // valuesOnly: a sheet formatted down to row 1,048,576 must not be read to the bottom.
  const used = sheet.getUsedRange(true);
  used.load(
    'address,rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat,formulas,valueTypes',
  );
  // The fill may add columns right of the table, skipping hidden ones: read a few beyond it.
  const columns = used
    .getResizedRange(0, SPARE_COLUMNS)
    .getColumnProperties({ columnIndex: true, columnHidden: true });
  const merges = options.merges ? used.getMergedAreasOrNullObject().load('address') : null;
  const fills = options.fills ? used.getCellProperties(FILL_PROPERTIES) : null;
  return { sheet, used, columns, merges, fills };
}

const KINDS: Readonly<Record<string, CellKind>> = {
  Empty: 'empty',
  String: 'text',
  Double: 'number',
  Integer: 'number',
  Boolean: 'boolean',
  Error: 'error',
};

function toCell(
  value: unknown,
  text: string,
  format: unknown,
  formula: unknown,
  type: string,
): Cell {
  const kind: CellKind = KINDS[type] ?? (value === '' || value === null ? 'empty' : 'text');
  const numberFormat = typeof format === 'string' && format !== '' ? format : 'General';
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  let raw: Cell['value'];
  if (kind === 'empty') raw = null;
  else if (kind === 'number') raw = typeof value === 'number' ? value : Number(value);
  else if (kind === 'boolean') raw = Boolean(value);
  else raw = String(value);
  return {
    value: raw,
    text: kind === 'empty' ? '' : text,
    format: numberFormat,
    formula: isFormula ? formula : null,
    kind,
  };
}

/** Builds the sheet's Grid (always from A1: rows and columns above and left of the used range are empty). */
export function takeSheetRead(pending: PendingSheet): SheetSnapshot {
  const { used } = pending;
  const top = used.rowIndex;
  const left = used.columnIndex;
  const values = used.values;
  const texts = used.text;
  const formats = used.numberFormat;
  const formulas = used.formulas;
  const types = used.valueTypes;
  const cells: Cell[][] = Array.from({ length: top }, () => []);
  for (let r = 0; r < used.rowCount; r += 1) {
    const row: Cell[] = Array.from({ length: left }, () => EMPTY_CELL);
    for (let c = 0; c < used.columnCount; c += 1)
      row.push(toCell(values[r][c], texts[r][c], formats[r][c], formulas[r][c], types[r][c]));
    cells.push(row);
  }
  const hiddenColumns = pending.columns.value
    .map((column, i) => ({ index: column.columnIndex ?? left + i, hidden: column.columnHidden }))
    .filter((column) => column.hidden === true)
    .map((column) => column.index);
  const merges: CellRange[] =
    pending.merges && !pending.merges.isNullObject ? rangesOf(pending.merges.address) : [];
  const name = pending.sheet.name;
  const grid: Grid = {
    sheet: name,
    rowCount: top + used.rowCount,
    colCount: left + used.columnCount,
    cells,
    merges,
    hiddenColumns,
  };
  return {
    name,
    protected: pending.sheet.protection.protected,
    grid,
    fills: pending.fills ? new FillBlock(top, left, pending.fills.value) : null,
  };
}
