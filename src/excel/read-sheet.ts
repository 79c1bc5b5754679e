/**
 * Reading a worksheet into a Grid within the payload budget (payload.ts).
 * The first sync reads the used range's bounds and, in the same call, the block where a dashboard
 * lies: the used range cut to a window sized to the budget (the bounds seen last time, when
 * known, else the first rows of the first columns). A dashboard inside it is read in that one
 * sync. A larger sheet is read on in bands of whole rows, each as large as the budget allows and
 * each a sync: never a call per row or cell.
 * Merged areas are asked for in bands small enough to hold at most 512 of them (Excel fails the
 * whole batch above that): a band has fewer cells than 512, and an area starts on one cell.
 * Nothing is read beyond MAX_ROWS and MAX_COLUMNS: a used range stretched to a far cell (Excel
 * gives null values above 5 million cells) reads as the dashboard it holds.
 */
import { rangeA1 } from '../core/address';
import type { Cell, CellKind, CellRange, Grid } from '../core/grid';
import { EMPTY_CELL } from '../core/grid';
import type { XClientResult, XRange, XRangeAreas, XWorksheet } from './excel-api';
import { rangesOf } from './addresses';
import { FillBlock } from './fills';
import { PAYLOAD_BUDGET, cellReadBytes, rowsWithin } from './payload';

export interface ReadOptions {
  /** Read the cells' fills too (the fill needs them to remove its flags exactly later). */
  readonly fills: boolean;
  /** ExcelApi 1.13 is there: read the merged areas. */
  readonly merges: boolean;
  /** Response bytes the sheet may take in the first sync (the rest goes to the records). */
  readonly budget: number;
  /** The used range seen last time on this sheet, to shape the first read; null when unknown. */
  readonly known: CellRange | null;
  /** Read only the first rows (to tell whether a sheet is a dashboard). */
  readonly probeRows?: number;
}

export const MAX_ROWS = 12_000;
export const MAX_COLUMNS = 256;
/** The window's width when the sheet's bounds are unknown: a dashboard's columns, A to Z. */
export const WINDOW_COLUMNS = 26;
/** Rows a probe reads: the headers and the first indicator rows. */
export const PROBE_ROWS = 80;
/** Columns read right of the used range for their hidden state (the fill adds at most two). */
const SPARE_COLUMNS = 8;
/** Excel's limit of merged areas in one call. */
const MERGED_AREAS_LIMIT = 512;

const DATA_PROPERTIES =
  'rowIndex,columnIndex,rowCount,columnCount,values,text,numberFormat,formulas,valueTypes';

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

interface PendingBlock {
  readonly range: XRange;
  readonly fills: XClientResult<Excel.CellProperties[][]> | null;
  readonly merges: readonly XRangeAreas[];
}

export interface PendingSheet {
  readonly sheet: XWorksheet;
  readonly used: XRange;
  readonly columns: XClientResult<Excel.ColumnProperties[]>;
  /** The sheet-absolute window the first block was cut to. */
  readonly window: CellRange;
  readonly head: PendingBlock;
  readonly options: ReadOptions;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly protected: boolean;
  readonly grid: Grid;
  /** The fills read, by block; empty unless asked for. */
  readonly fills: readonly FillBlock[];
  /** The used range (clipped to MAX_ROWS × MAX_COLUMNS). */
  readonly used: CellRange;
  /** Only the first rows were read. */
  readonly probe: boolean;
}

/** Merged areas of a sheet-absolute block, in bands of fewer than 512 cells. */
function queueMerges(sheet: XWorksheet, block: CellRange): XRangeAreas[] {
  const width = block.right - block.left + 1;
  const rows = Math.max(1, Math.floor(MERGED_AREAS_LIMIT / width));
  const bands: XRangeAreas[] = [];
  for (let top = block.top; top <= block.bottom; top += rows)
    bands.push(
      sheet
        .getRangeByIndexes(top, block.left, Math.min(rows, block.bottom - top + 1), width)
        .getMergedAreasOrNullObject()
        .load('address'),
    );
  return bands;
}

function queueBlock(
  sheet: XWorksheet,
  range: XRange,
  block: CellRange,
  options: ReadOptions,
): PendingBlock {
  range.load(DATA_PROPERTIES);
  return {
    range,
    fills: options.fills ? range.getCellProperties(FILL_PROPERTIES) : null,
    merges: options.merges ? queueMerges(sheet, block) : [],
  };
}

/** The first sync's window: last time's bounds when they fit the budget, else what fits. */
function firstWindow(options: ReadOptions): CellRange {
  const cost = cellReadBytes(options.fills);
  if (options.probeRows !== undefined)
    return { top: 0, left: 0, bottom: options.probeRows - 1, right: WINDOW_COLUMNS - 1 };
  const known = options.known;
  const right = known ? Math.min(known.right, MAX_COLUMNS - 1) : WINDOW_COLUMNS - 1;
  const width = known ? right - known.left + 1 : WINDOW_COLUMNS;
  const rows = rowsWithin(options.budget, width, cost);
  const top = known ? known.top : 0;
  const bottom = known ? Math.min(known.bottom, top + rows - 1) : rows - 1;
  return { top: 0, left: 0, bottom: Math.min(bottom, MAX_ROWS - 1), right };
}

export function queueSheetRead(sheet: XWorksheet, options: ReadOptions): PendingSheet {
  sheet.load('name');
  sheet.protection.load('protected');
  // valuesOnly: a sheet formatted down to row 1,048,576 must not be read to the bottom.
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const columns = sheet
    .getRangeByIndexes(0, 0, 1, MAX_COLUMNS + SPARE_COLUMNS)
    .getColumnProperties({ columnIndex: true, columnHidden: true });
  const window = firstWindow(options);
  const cut = used.getIntersectionOrNullObject(rangeA1(window));
  const head = queueBlock(sheet, cut, window, options);
  return { sheet, used, columns, window, head, options };
}

/** The used range as read, clipped to what is ever read. */
function usedOf(pending: PendingSheet): CellRange {
  const { used } = pending;
  const top = Math.min(used.rowIndex, MAX_ROWS - 1);
  const left = Math.min(used.columnIndex, MAX_COLUMNS - 1);
  return {
    top,
    left,
    bottom: Math.min(used.rowIndex + used.rowCount - 1, MAX_ROWS - 1),
    right: Math.min(used.columnIndex + used.columnCount - 1, MAX_COLUMNS - 1),
  };
}

/**
 * The bands still to read after the first sync, each within the budget: none when the window
 * held the used range (or for a probe).
 */
export function remainingBands(pending: PendingSheet): CellRange[] {
  if (pending.options.probeRows !== undefined) return [];
  const used = usedOf(pending);
  const { window } = pending;
  const fullWidth = window.right >= used.right && window.left <= used.left;
  if (fullWidth && window.bottom >= used.bottom) return [];
  const width = used.right - used.left + 1;
  const rows = rowsWithin(PAYLOAD_BUDGET, width, cellReadBytes(pending.options.fills));
  const bands: CellRange[] = [];
  for (let top = fullWidth ? window.bottom + 1 : used.top; top <= used.bottom; top += rows)
    bands.push({
      top,
      left: used.left,
      bottom: Math.min(used.bottom, top + rows - 1),
      right: used.right,
    });
  return bands;
}

export type PendingBand = PendingBlock;

/** Queues the read of one band (the caller syncs once for it). */
export function queueBandRead(pending: PendingSheet, band: CellRange): PendingBand {
  const range = pending.sheet.getRangeByIndexes(
    band.top,
    band.left,
    band.bottom - band.top + 1,
    band.right - band.left + 1,
  );
  return queueBlock(pending.sheet, range, band, pending.options);
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
  text: unknown,
  format: unknown,
  formula: unknown,
  type: unknown,
): Cell {
  const kind: CellKind =
    KINDS[String(type)] ??
    (value === '' || value === null || value === undefined ? 'empty' : 'text');
  const numberFormat = typeof format === 'string' && format !== '' ? format : 'General';
  const isFormula = typeof formula === 'string' && formula.startsWith('=');
  let raw: Cell['value'];
  if (kind === 'empty') raw = null;
  else if (kind === 'number') raw = typeof value === 'number' ? value : Number(value);
  else if (kind === 'boolean') raw = Boolean(value);
  else raw = String(value);
  return {
    value: raw,
    text: kind === 'empty' ? '' : String(text ?? ''),
    format: numberFormat,
    formula: isFormula ? formula : null,
    kind,
  };
}

/** A 2-D property of a block; Excel gives null above 5 million cells, read as empty. */
function grid2d(
  range: XRange,
  property: 'values' | 'text' | 'numberFormat' | 'formulas' | 'valueTypes',
) {
  const rows = range[property] as unknown[][] | null;
  return (r: number, c: number): unknown => rows?.[r]?.[c];
}

interface TakenBlock {
  readonly top: number;
  readonly left: number;
  readonly cells: Cell[][];
  readonly fills: FillBlock | null;
  readonly merges: CellRange[];
}

function takeBlock(block: PendingBlock): TakenBlock | null {
  const { range } = block;
  if (range.isNullObject) return null;
  const [values, texts, formats, formulas, types] = (
    ['values', 'text', 'numberFormat', 'formulas', 'valueTypes'] as const
  ).map((property) => grid2d(range, property));
  const cells = Array.from({ length: range.rowCount }, (_, r) =>
    Array.from({ length: range.columnCount }, (_, c) =>
      toCell(values(r, c), texts(r, c), formats(r, c), formulas(r, c), types(r, c)),
    ),
  );
  const merges = block.merges.flatMap((areas) =>
    areas.isNullObject ? [] : rangesOf(areas.address),
  );
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    cells,
    fills: block.fills ? new FillBlock(range.rowIndex, range.columnIndex, block.fills.value) : null,
    merges,
  };
}

/**
 * Builds the sheet's Grid from the first sync's block and the bands read after it (always from
 * A1: rows and columns above and left of the used range are empty).
 */
export function takeSheetRead(
  pending: PendingSheet,
  bands: readonly PendingBand[] = [],
): SheetSnapshot {
  const used = usedOf(pending);
  const blocks = [pending.head, ...bands]
    .map(takeBlock)
    .filter((block): block is TakenBlock => block !== null);
  const rowCount = blocks.reduce((max, b) => Math.max(max, b.top + b.cells.length), 0);
  const colCount = blocks.reduce((max, b) => Math.max(max, b.left + (b.cells[0]?.length ?? 0)), 0);
  const cells: Cell[][] = Array.from({ length: rowCount }, () => []);
  for (const block of blocks)
    block.cells.forEach((line, r) => {
      const row = cells[block.top + r];
      for (let c = row.length; c < block.left; c += 1) row.push(EMPTY_CELL);
      line.forEach((cell, c) => {
        row[block.left + c] = cell;
      });
    });
  const seen = new Set<string>();
  const merges = blocks
    .flatMap((block) => block.merges)
    .filter((merge) => {
      const key = `${merge.top},${merge.left}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const hiddenColumns = pending.columns.value
    .map((column, i) => ({ index: column.columnIndex ?? i, hidden: column.columnHidden }))
    .filter((column) => column.hidden === true)
    .map((column) => column.index);
  const name = pending.sheet.name;
  const grid: Grid = { sheet: name, rowCount, colCount, cells, merges, hiddenColumns };
  return {
    name,
    protected: pending.sheet.protection.protected,
    grid,
    fills: blocks.flatMap((block) => (block.fills ? [block.fills] : [])),
    used,
    probe: pending.options.probeRows !== undefined,
  };
}
