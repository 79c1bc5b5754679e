/**
 * A worksheet's scanned cells as the engine's Grid: formulas with their cached results (shared
 * formulas given to each of their cells), shared and inline strings as their plain text,
 * numbers with the text French Excel shows under their format. Merged-over cells are empty, as
 * Excel shows them. Formula-free cells with the same value and format share one Cell object.
 */
import type { Cell, CellRange, Grid } from '../core/grid';
import { EMPTY_CELL } from '../core/grid';
import { formatNumber } from '../core/number-format';
import { shiftFormula } from './formula-shift';
import type { RawCell, SheetScan } from './sheet-scan';
import type { CellStyles } from './styles';
import { GENERAL } from './styles';

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial; the 1904 system starts 1,462 days later. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const NO_CELLS: readonly Cell[] = Object.freeze([]);

export interface GridSource {
  readonly sheet: string;
  readonly scan: SheetScan;
  readonly sharedStrings: readonly string[];
  readonly styles: CellStyles;
  readonly date1904: boolean;
}

/** Cells shared by value within one format: agents type the same words and rates again and again. */
class CellCache {
  private readonly texts = new Map<string, Map<string, Cell>>();
  private readonly numbers = new Map<string, Map<number, Cell>>();

  number(value: number, format: string, formula: string | null): Cell {
    // -0 is kept apart: a Map does not tell it from 0.
    if (formula !== null || Object.is(value, -0)) {
      return { value, text: formatNumber(value, format, 'fr'), format, formula, kind: 'number' };
    }
    const byValue = valuesOf(this.numbers, format);
    let cell = byValue.get(value);
    if (cell === undefined) {
      cell = { value, text: formatNumber(value, format, 'fr'), format, formula, kind: 'number' };
      byValue.set(value, cell);
    }
    return cell;
  }

  text(value: string, format: string, formula: string | null): Cell {
    if (formula !== null) return { value, text: value, format, formula, kind: 'text' };
    const byValue = valuesOf(this.texts, format);
    let cell = byValue.get(value);
    if (cell === undefined) {
      cell = { value, text: value, format, formula, kind: 'text' };
      byValue.set(value, cell);
    }
    return cell;
  }
}

function valuesOf<K>(byFormat: Map<string, Map<K, Cell>>, format: string): Map<K, Cell> {
  let byValue = byFormat.get(format);
  if (byValue === undefined) {
    byValue = new Map();
    byFormat.set(format, byValue);
  }
  return byValue;
}

/** An ISO 8601 date or date-time (strict OOXML's `t="d"`) as a serial number. */
function isoSerial(text: string, date1904: boolean): number | null {
  const time = Date.parse(
    /[zZ]|[+-]\d\d:\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`,
  );
  if (Number.isNaN(time)) return null;
  return UNIX_EPOCH_SERIAL + time / MS_PER_DAY - (date1904 ? DATE_1904_OFFSET : 0);
}

/** The formula text of every formula cell, `=` first; shared ones moved from their first cell. */
function formulasOf(cells: readonly RawCell[]): Map<RawCell, string> {
  const masters = new Map<string, RawCell>();
  for (const cell of cells) {
    const f = cell.formula;
    if (f?.type === 'shared' && f.si !== null && f.ref !== null && f.text !== '')
      masters.set(f.si, cell);
  }
  const formulas = new Map<RawCell, string>();
  for (const cell of cells) {
    const f = cell.formula;
    if (f === null || f.type === 'dataTable') continue;
    if (f.type === 'shared' && f.text === '' && f.si !== null) {
      const master = masters.get(f.si);
      if (master?.formula) {
        const moved = shiftFormula(
          master.formula.text,
          cell.row - master.row,
          cell.col - master.col,
        );
        formulas.set(cell, `=${moved}`);
      }
      continue;
    }
    if (f.text !== '') formulas.set(cell, `=${f.text}`);
  }
  return formulas;
}

function toCell(
  raw: RawCell,
  formula: string | null,
  source: GridSource,
  cache: CellCache,
): Cell | null {
  const format = source.styles.formats[raw.style] ?? GENERAL;
  const { value } = raw;
  if (value === null) return formula === null ? null : { ...EMPTY_CELL, format, formula };
  switch (raw.type) {
    case 's': {
      const text = source.sharedStrings[Number(value)];
      return cache.text(text ?? '', format, formula);
    }
    case 'str':
    case 'inlineStr':
      return cache.text(value, format, formula);
    case 'b': {
      const truth = value === '1' || value === 'true';
      return { value: truth, text: truth ? 'VRAI' : 'FAUX', format, formula, kind: 'boolean' };
    }
    case 'e':
      return { value, text: value, format, formula, kind: 'error' };
    case 'd': {
      const serial = isoSerial(value, source.date1904);
      return serial === null
        ? cache.text(value, format, formula)
        : cache.number(serial, format, formula);
    }
    default: {
      if (value.trim() === '') return formula === null ? null : { ...EMPTY_CELL, format, formula };
      const number = Number(value);
      return Number.isFinite(number)
        ? cache.number(number, format, formula)
        : cache.text(value, format, formula);
    }
  }
}

/** Removes the cells a merged area covers, all but its top-left one. */
function clearMergedOver(rows: (Cell | undefined)[][], merges: readonly CellRange[]): void {
  for (const merge of merges) {
    const last = Math.min(merge.bottom, rows.length - 1);
    for (let row = merge.top; row <= last; row++) {
      const cells = rows[row];
      if (cells === undefined) continue;
      const right = Math.min(merge.right, cells.length - 1);
      for (let col = merge.left; col <= right; col++) {
        if (row !== merge.top || col !== merge.left) cells[col] = undefined;
      }
    }
  }
}

function hiddenColumns(source: GridSource, colCount: number): number[] {
  const hidden = new Set<number>();
  for (const column of source.scan.columns) {
    if (!column.hidden) continue;
    for (let col = column.min; col <= Math.min(column.max, colCount - 1); col++) hidden.add(col);
  }
  return [...hidden].sort((a, b) => a - b);
}

export function gridOf(source: GridSource): Grid {
  const { cells: raws, merges } = source.scan;
  const formulas = formulasOf(raws);
  const cache = new CellCache();
  const sparse: (Cell | undefined)[][] = [];
  for (const raw of raws) {
    const cell = toCell(raw, formulas.get(raw) ?? null, source, cache);
    if (cell === null) continue;
    (sparse[raw.row] ??= [])[raw.col] = cell;
  }
  clearMergedOver(sparse, merges);
  const cells: (readonly Cell[])[] = [];
  let colCount = 0;
  for (let row = 0; row < sparse.length; row++) {
    const sparseRow = sparse[row];
    let length = sparseRow?.length ?? 0;
    while (length > 0 && sparseRow[length - 1] === undefined) length--;
    if (length === 0) {
      cells.push(NO_CELLS);
      continue;
    }
    const dense: Cell[] = new Array<Cell>(length);
    for (let col = 0; col < length; col++) dense[col] = sparseRow[col] ?? EMPTY_CELL;
    cells.push(dense);
    colCount = Math.max(colCount, length);
  }
  while (cells.length > 0 && cells[cells.length - 1].length === 0) cells.pop();
  return {
    sheet: source.sheet,
    rowCount: cells.length,
    colCount,
    cells,
    merges,
    hiddenColumns: hiddenColumns(source, colCount),
    hiddenRows: source.scan.hiddenRows.filter((row) => row < cells.length),
    ...(source.date1904 ? { date1904: true } : {}),
  };
}
