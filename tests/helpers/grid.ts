/** Builds grids for tests from compact rows. */
import { parseRangeA1 } from '../../src/core/address';
import type { Cell, CellRange, Grid } from '../../src/core/grid';
import { EMPTY_CELL } from '../../src/core/grid';

export interface CellObject {
  /** The raw value; omitted for an empty cell or an error. */
  readonly v?: number | string | boolean | null;
  /** Number format. */
  readonly f?: string;
  readonly formula?: string;
  /** Displayed text; defaults to String(v). */
  readonly t?: string;
  /** An Excel error code ("#DIV/0!"). */
  readonly err?: string;
}

/** null/undefined: empty; string: text; number: number in General format; or a CellObject. */
export type CellSpec = null | undefined | string | number | boolean | CellObject;

export function cell(spec: CellSpec): Cell {
  if (spec === null || spec === undefined || spec === '') return EMPTY_CELL;
  if (typeof spec === 'string')
    return { value: spec, text: spec, format: 'General', formula: null, kind: 'text' };
  if (typeof spec === 'number')
    return { value: spec, text: String(spec), format: 'General', formula: null, kind: 'number' };
  if (typeof spec === 'boolean')
    return {
      value: spec,
      text: spec ? 'VRAI' : 'FAUX',
      format: 'General',
      formula: null,
      kind: 'boolean',
    };
  const format = spec.f ?? 'General';
  const formula = spec.formula ?? null;
  if (spec.err !== undefined)
    return { value: spec.err, text: spec.t ?? spec.err, format, formula, kind: 'error' };
  const value = spec.v ?? null;
  const kind =
    value === null
      ? 'empty'
      : typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'boolean'
          : 'text';
  return { value, text: spec.t ?? (value === null ? '' : String(value)), format, formula, kind };
}

export interface GridOptions {
  readonly sheet?: string;
  /** "A5:A6" ranges. */
  readonly merges?: readonly string[];
  readonly hiddenColumns?: readonly number[];
  readonly hiddenRows?: readonly number[];
  /** The workbook counts dates from 1904. */
  readonly date1904?: boolean;
}

export function buildGrid(rows: readonly (readonly CellSpec[])[], options: GridOptions = {}): Grid {
  const cells = rows.map((row) => row.map(cell));
  const merges: CellRange[] = (options.merges ?? []).map((text) => {
    const range = parseRangeA1(text);
    if (!range) throw new Error(`bad range ${text}`);
    return range;
  });
  return {
    sheet: options.sheet ?? 'Tableau de bord',
    rowCount: cells.length,
    colCount: cells.reduce((max, row) => Math.max(max, row.length), 0),
    cells,
    merges,
    hiddenColumns: options.hiddenColumns ?? [],
    ...(options.hiddenRows ? { hiddenRows: options.hiddenRows } : {}),
    ...(options.date1904 ? { date1904: true } : {}),
  };
}
