/**
 * One pass over a worksheet part, keeping only what a grid needs: each cell's type, style,
 * value and formula, the merged areas, the columns and the hidden rows. Everything after the
 * merged areas (conditional formats, data validations over whole columns, hyperlinks, drawings)
 * is never parsed: the scan stops there.
 */
import type { CellRange } from '../core/grid';
import { RunText } from './shared-strings';
import { WORKSHEET_CHILDREN } from './worksheet-order';
import type { Attributes } from './xml';
import { xmlStream } from './xml';

export interface RawFormula {
  readonly text: string;
  /** "normal", "shared", "array" or "dataTable". */
  readonly type: string;
  readonly ref: string | null;
  /** The shared formula's group. */
  readonly si: string | null;
}

export interface RawCell {
  readonly row: number;
  readonly col: number;
  /** The `t` attribute: "n" (default), "s", "str", "inlineStr", "b", "e", "d". */
  readonly type: string;
  readonly style: number;
  /** The `<v>` text, or an inline string's text; null when the cell holds none. */
  readonly value: string | null;
  readonly formula: RawFormula | null;
}

export interface ColumnSpec {
  /** 0-based, inclusive. */
  readonly min: number;
  readonly max: number;
  readonly width: number | null;
  readonly hidden: boolean;
}

export interface SheetScan {
  readonly cells: readonly RawCell[];
  readonly merges: readonly CellRange[];
  readonly columns: readonly ColumnSpec[];
  /** 0-based indices of hidden rows. */
  readonly hiddenRows: readonly number[];
  /** Where the rows and cells are in the part's text, when the fast reader read it. */
  readonly places?: SheetPlaces;
}

/**
 * Where each row and cell element of a sheetData is in the part's text, as flat lists of
 * numbers (no object per cell: a large sheet has tens of thousands), for the sheet editor to
 * patch the part without searching it again (sheet-editor.ts).
 */
export interface SheetPlaces {
  /**
   * ROW_STRIDE numbers per row, in the part's order: its 0-based row (its `r`, else the
   * previous row's plus one), where its element starts, where its start tag ends, where the
   * element ends, 1 when it is empty (`<row/>`), and its first cell's index in `cells` with
   * its number of cells.
   */
  readonly rows: readonly number[];
  /** CELL_STRIDE numbers per cell: its 0-based column, where its element starts and ends. */
  readonly cells: readonly number[];
  /**
   * The length of the text read and where its sheetData's content starts: an editor handed
   * places for another text (changed since, or another sheetData) searches instead.
   */
  readonly textLength: number;
  readonly dataStart: number;
}

export const ROW_STRIDE = 7;
export const CELL_STRIDE = 3;

/** Children of `worksheet` that come after `mergeCells`: where the scan stops. */
const AFTER_MERGES = new Set(
  WORKSHEET_CHILDREN.slice(WORKSHEET_CHILDREN.indexOf('mergeCells') + 1),
);

const A = 'A'.charCodeAt(0);
const Z = 'Z'.charCodeAt(0);
const LOWER_A = 'a'.charCodeAt(0);
const LOWER_Z = 'z'.charCodeAt(0);
const ZERO = '0'.charCodeAt(0);
const NINE = '9'.charCodeAt(0);

/** "G5" → [4, 6]; `$` signs allowed; null when it is not a cell address. */
export function cellPosition(address: string): [number, number] | null {
  let col = 0;
  let row = 0;
  let i = 0;
  let letters = 0;
  let digits = 0;
  if (address.charCodeAt(i) === 36) i++;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c >= A && c <= Z) col = col * 26 + (c - A + 1);
    else if (c >= LOWER_A && c <= LOWER_Z) col = col * 26 + (c - LOWER_A + 1);
    else break;
    letters++;
  }
  if (address.charCodeAt(i) === 36) i++;
  for (; i < address.length; i++) {
    const c = address.charCodeAt(i);
    if (c < ZERO || c > NINE) return null;
    row = row * 10 + (c - ZERO);
    digits++;
  }
  if (letters === 0 || letters > 3 || digits === 0 || row === 0) return null;
  return [row - 1, col - 1];
}

export function rangePosition(ref: string): CellRange | null {
  const [start, end = start] = ref.split(':');
  const from = cellPosition(start);
  const to = cellPosition(end);
  if (!from || !to) return null;
  return {
    top: Math.min(from[0], to[0]),
    left: Math.min(from[1], to[1]),
    bottom: Math.max(from[0], to[0]),
    right: Math.max(from[1], to[1]),
  };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** The scan as a parser: `feed` hands it the part's text until it returns false. */
export function scanSheet(
  part: string,
  feed: (write: (text: string) => boolean) => void,
): SheetScan {
  const cells: RawCell[] = [];
  const merges: CellRange[] = [];
  const columns: ColumnSpec[] = [];
  const hiddenRows: number[] = [];
  let depth = 0;
  let done = false;
  let inSheetData = false;
  let row = -1;
  let col = -1;
  // The cell being read.
  let inCell = false;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let formula: { type: string; ref: string | null; si: string | null } | null = null;
  let formulaText = '';
  let reading: 'v' | 'f' | 'is' | null = null;
  const inline = new RunText();

  const open = (name: string, attributes: Attributes): void => {
    depth++;
    if (inCell) {
      if (name === 'v') {
        reading = 'v';
        value = '';
      } else if (name === 'f') {
        reading = 'f';
        formulaText = '';
        formula = {
          type: attributes.t ?? 'normal',
          ref: attributes.ref ?? null,
          si: attributes.si ?? null,
        };
      } else if (name === 'is') {
        reading = 'is';
      } else if (reading === 'is') {
        inline.open(name);
      }
      return;
    }
    if (inSheetData) {
      if (name === 'row') {
        const r = attributes.r === undefined ? NaN : Number(attributes.r);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        col = -1;
        if (isTrue(attributes.hidden)) hiddenRows.push(row);
      } else if (name === 'c') {
        const at = attributes.r === undefined ? null : cellPosition(attributes.r);
        if (at) {
          row = at[0];
          col = at[1];
        } else {
          col++;
        }
        inCell = true;
        type = attributes.t ?? 'n';
        style = attributes.s === undefined ? 0 : Number(attributes.s) || 0;
        value = null;
        formula = null;
        formulaText = '';
      }
      return;
    }
    if (depth === 2) {
      if (name === 'sheetData') inSheetData = true;
      else if (AFTER_MERGES.has(name)) done = true;
      return;
    }
    if (name === 'mergeCell') {
      const range = attributes.ref === undefined ? null : rangePosition(attributes.ref);
      if (range) merges.push(range);
    } else if (name === 'col') {
      const min = Number(attributes.min);
      const max = Number(attributes.max);
      if (min >= 1 && max >= min) {
        const width = attributes.width === undefined ? NaN : Number(attributes.width);
        columns.push({
          min: min - 1,
          max: max - 1,
          width: Number.isFinite(width) ? width : null,
          hidden: isTrue(attributes.hidden),
        });
      }
    }
  };

  const close = (name: string): void => {
    depth--;
    if (inCell) {
      if (name === 'c') {
        inCell = false;
        reading = null;
        const f = formula as { type: string; ref: string | null; si: string | null } | null;
        cells.push({
          row,
          col,
          type,
          style,
          value,
          formula: f === null ? null : { ...f, text: formulaText },
        });
      } else if (name === 'is') {
        const inlineText = inline.take();
        value ??= inlineText;
        reading = null;
      } else if (name === 'v' || name === 'f') {
        reading = null;
      } else if (reading === 'is') {
        inline.close(name);
      }
      return;
    }
    if (name === 'sheetData' && depth === 1) inSheetData = false;
  };

  const text = (chunk: string): void => {
    if (reading === 'v') value += chunk;
    else if (reading === 'f') formulaText += chunk;
    else if (reading === 'is') inline.text(chunk);
  };

  const stream = xmlStream(part, { open, close, text });
  feed((chunk) => {
    stream.write(chunk);
    return !done;
  });
  if (!done) stream.end();
  return { cells, merges, columns, hiddenRows };
}
