/**
 * Patches a worksheet part: whole `<c>` elements replaced or added for the cells written, the
 * `s` attribute for the cells restyled, a `<col>` for an added column and the `<dimension>`
 * widened; every other byte of the part is kept. A shared formula whose first cell is
 * overwritten is written out in each of its other cells, so that they keep working.
 */
import { a1, columnLetter } from '../core/address';
import { shiftFormula } from './formula-shift';
import type { SheetPlaces } from './sheet-scan';
import { CELL_STRIDE, ROW_STRIDE, cellPosition, rangePosition } from './sheet-scan';
import { escapeText } from './xml';
import type { Span } from './xml-edit';
import {
  attributeAtStart,
  attributesOf,
  elementPattern,
  elements,
  firstElement,
  prefixOf,
  splice,
  START_TAG,
  unescapeXml,
  withAttribute,
} from './xml-edit';
import { WorkbookError } from './workbook-error';

export type CellContent =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string };

interface CellAt {
  readonly col: number;
  /** The cell element's place in the part: [start, end). */
  readonly start: number;
  readonly end: number;
}

/** A row element: where it and its start tag are, and the tag itself. */
interface RowSpan {
  readonly start: number;
  readonly end: number;
  readonly tag: string;
  readonly innerStart: number;
  readonly selfClosing: boolean;
}

interface RowAt {
  readonly row: number;
  readonly span: RowSpan;
  readonly cells: readonly CellAt[];
}

function textXml(p: string, text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<${p}is><${p}t${space}>${escapeText(text)}</${p}t></${p}is>`;
}

/** A cell element as this engine writes it. */
export function cellXml(
  p: string,
  row: number,
  col: number,
  style: number,
  content: CellContent | null,
): string {
  const s = style === 0 ? '' : ` s="${style}"`;
  const ref = a1(row, col);
  if (content === null) return `<${p}c r="${ref}"${s}/>`;
  if (content.kind === 'number')
    return `<${p}c r="${ref}"${s}><${p}v>${String(content.value)}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr">${textXml(p, content.value)}</${p}c>`;
}

/** The `r` and `s` attributes of a cell element's start tag (attributeAtStart's groups). */
const CELL_REFERENCE = attributeAtStart('r');
const CELL_STYLE = attributeAtStart('s');
const STYLE_NUMBER = /^\d+$/;

/** A cell element's start tag, any prefix: its name, and "/" when it is empty. */
const CELL_TAG = elementPattern('c');

/**
 * The cell elements of a row's content [from, to), with their columns. Only their places are
 * kept: a large sheet has tens of thousands of cells, and most are never looked at again.
 */
function cellsOfRow(xml: string, from: number, to: number): CellAt[] {
  const cells: CellAt[] = [];
  let lastCol = -1;
  CELL_TAG.lastIndex = from;
  for (
    let match = CELL_TAG.exec(xml);
    match !== null && match.index < to;
    match = CELL_TAG.exec(xml)
  ) {
    let end = CELL_TAG.lastIndex;
    if (match[2] !== '/') {
      const close = match[1] === 'c' ? '</c>' : `</${match[1]}>`;
      const at = xml.indexOf(close, end);
      if (at < 0) break;
      end = at + close.length;
      CELL_TAG.lastIndex = end;
    }
    const position = cellPosition(attributeValue(CELL_REFERENCE.exec(match[0])) ?? '');
    lastCol = position ? position[1] : lastCol + 1;
    cells.push({ col: lastCol, start: match.index, end });
  }
  return cells;
}

/** The value attributeAtStart found, its references decoded as the scan decodes them. */
function attributeValue(match: RegExpExecArray | null): string | undefined {
  const raw = match?.[3] ?? match?.[4];
  return raw !== undefined && raw.includes('&') ? unescapeXml(raw) : raw;
}

/** The style number of a cell element, read as the scan reads it; 0 when it has none. */
function styleOfCell(cell: string): number {
  const value = attributeValue(CELL_STYLE.exec(cell));
  const style = value === undefined ? 0 : Number(value);
  return Number.isInteger(style) && style > 0 ? style : 0;
}

export class SheetEditor {
  readonly prefix: string;
  private rowIndex: RowAt[] | null = null;
  private columnIndex: { min: number; max: number; style: number }[] | null = null;
  private readonly rowsByNumber = new Map<number, RowAt>();
  /** New cell elements, by row then column. */
  private readonly edits = new Map<number, Map<number, string>>();
  private readonly columnsAdded: { col: number; width: number }[] = [];
  private formulasRemoved = false;
  private readonly sheetData: Span | null;

  /**
   * `places`, when given, are where the rows and cells of `xml` are, as the fast reader found
   * them reading this very text (sheet-data-fast.ts): the editor then need not search them.
   */
  private readonly places: SheetPlaces | null;

  constructor(
    private readonly xml: string,
    places: SheetPlaces | null = null,
  ) {
    const root = firstElement(xml, 'worksheet');
    this.prefix = root ? prefixOf(root.tag) : '';
    this.sheetData = firstElement(xml, 'sheetData');
    const data = this.sheetData;
    this.places =
      places !== null &&
      places.textLength === xml.length &&
      data !== null &&
      !data.selfClosing &&
      data.innerStart === places.dataStart
        ? places
        : null;
  }

  private rows(): RowAt[] {
    if (this.rowIndex !== null) return this.rowIndex;
    const rows: RowAt[] = this.places ? this.placedRows(this.places) : this.searchedRows();
    for (const rowAt of rows) this.rowsByNumber.set(rowAt.row, rowAt);
    this.rowIndex = rows;
    return rows;
  }

  /** The rows and cells at the places the fast reader gave. */
  private placedRows(places: SheetPlaces): RowAt[] {
    const rows: RowAt[] = [];
    const { rows: rowPlaces, cells: cellPlaces } = places;
    for (let r = 0; r < rowPlaces.length; r += ROW_STRIDE) {
      const row = rowPlaces[r];
      const start = rowPlaces[r + 1];
      const innerStart = rowPlaces[r + 2];
      const end = rowPlaces[r + 3];
      const empty = rowPlaces[r + 4];
      const first = rowPlaces[r + 5];
      const count = rowPlaces[r + 6];
      const cells: CellAt[] = [];
      for (let c = first * CELL_STRIDE; c < (first + count) * CELL_STRIDE; c += CELL_STRIDE)
        cells.push({ col: cellPlaces[c], start: cellPlaces[c + 1], end: cellPlaces[c + 2] });
      const tag = this.xml.slice(start, innerStart);
      rows.push({ row, span: { start, end, tag, innerStart, selfClosing: empty === 1 }, cells });
    }
    return rows;
  }

  /** The rows and cells, searched in the text. */
  private searchedRows(): RowAt[] {
    const rows: RowAt[] = [];
    const data = this.sheetData;
    if (data && !data.selfClosing) {
      let last = -1;
      for (const span of elements(this.xml, 'row', data.innerStart, data.end)) {
        const r = Number(attributesOf(span.tag).get('r'));
        const row = Number.isInteger(r) && r > 0 ? r - 1 : last + 1;
        last = row;
        const cells = span.selfClosing ? [] : cellsOfRow(this.xml, span.innerStart, span.end);
        rows.push({ row, span, cells });
      }
    }
    return rows;
  }

  private original(row: number, col: number): string | null {
    this.rows();
    const cells = this.rowsByNumber.get(row)?.cells;
    if (cells)
      for (const cell of cells) if (cell.col === col) return this.xml.slice(cell.start, cell.end);
    return null;
  }

  /** The cell's element as it now stands (edited or original); null when there is none. */
  private current(row: number, col: number): string | null {
    return this.edits.get(row)?.get(col) ?? this.original(row, col);
  }

  private put(row: number, col: number, xml: string): void {
    let byCol = this.edits.get(row);
    if (!byCol) {
      byCol = new Map();
      this.edits.set(row, byCol);
    }
    byCol.set(col, xml);
  }

  /** The style a cell shows: its own, else its row's (when custom), else its column's. */
  styleAt(row: number, col: number): number {
    const cell = this.current(row, col);
    if (cell !== null) return styleOfCell(cell);
    const rowTag = this.rowsByNumber.get(row)?.span.tag;
    if (rowTag) {
      const attributes = attributesOf(rowTag);
      if (attributes.get('customFormat') === '1' || attributes.get('customFormat') === 'true') {
        return Number(attributes.get('s') ?? 0) || 0;
      }
    }
    const column = this.columns().find(({ min, max }) => min <= col + 1 && col + 1 <= max);
    return column?.style ?? 0;
  }

  /** Whether the cell has its own element with a style of its own. */
  hasOwnStyle(row: number, col: number): boolean {
    const cell = this.current(row, col);
    return cell !== null && styleOfCell(cell) > 0;
  }

  /** Replaces the cell with a value in a style; null content leaves it empty, in that style. */
  write(row: number, col: number, content: CellContent | null, style: number): void {
    const before = this.original(row, col);
    if (before !== null && /<([\w.-]+:)?f[\s/>]/.test(before)) {
      this.formulasRemoved = true;
      this.detachSharedFormula(row, col, before);
    }
    this.put(row, col, cellXml(this.prefix, row, col, style, content));
  }

  /** Gives the cell another style, its content kept. */
  restyle(row: number, col: number, style: number): void {
    const cell = this.current(row, col);
    if (cell === null) {
      this.put(row, col, cellXml(this.prefix, row, col, style, null));
      return;
    }
    // Most cells restyled have a style already, its digits as they stand: they are replaced
    // there. Any other value goes through withAttribute, which rewrites the whole attribute.
    const current = style === 0 ? null : CELL_STYLE.exec(cell);
    const value = current?.[3] ?? current?.[4];
    if (current && value !== undefined && STYLE_NUMBER.test(value)) {
      // The value ends right before the match's closing quote.
      const end = current[0].length - 1;
      this.put(row, col, `${cell.slice(0, end - value.length)}${style}${cell.slice(end)}`);
      return;
    }
    const open = START_TAG.exec(cell)?.[0] ?? cell;
    const tag = withAttribute(open, 's', style === 0 ? null : String(style));
    this.put(row, col, tag + cell.slice(open.length));
  }

  /** Every other cell of a shared formula whose first cell is `before` gets the formula itself. */
  private detachSharedFormula(row: number, col: number, before: string): void {
    const f = firstElement(before, 'f');
    if (!f || f.selfClosing) return;
    const attributes = attributesOf(f.tag);
    const si = attributes.get('si');
    const range = rangePosition(attributes.get('ref') ?? '');
    if (attributes.get('t') !== 'shared' || si === undefined || !range) return;
    const formula = unescapeXml(f.inner);
    for (const rowAt of this.rows()) {
      if (rowAt.row < range.top || rowAt.row > range.bottom) continue;
      for (const cell of rowAt.cells) {
        if (
          cell.col < range.left ||
          cell.col > range.right ||
          (rowAt.row === row && cell.col === col)
        )
          continue;
        const xml = this.current(rowAt.row, cell.col);
        const child = xml === null ? null : firstElement(xml, 'f');
        if (xml === null || !child || attributesOf(child.tag).get('si') !== si) continue;
        const moved = shiftFormula(formula, rowAt.row - row, cell.col - col);
        const p = prefixOf(child.tag);
        const own = `<${p}f>${escapeText(moved)}</${p}f>`;
        this.put(rowAt.row, cell.col, splice(xml, child.start, child.end, own));
      }
    }
  }

  /** A width for a column that has none defined. */
  ensureColumnWidth(col: number, width: number): void {
    this.columnsAdded.push({ col, width });
  }

  /** Whether a formula cell was overwritten (the calculation chain then names a cell without one). */
  get removedFormulas(): boolean {
    return this.formulasRemoved;
  }

  get changed(): boolean {
    return this.edits.size > 0 || this.columnsAdded.length > 0;
  }

  toXml(): string {
    let xml = this.xml;
    const data = this.sheetData;
    if (this.edits.size > 0) {
      if (!data) throw new WorkbookError('damaged', 'worksheet without sheetData');
      xml = splice(xml, data.start, data.end, this.sheetDataXml(data));
    }
    xml = this.withColumns(xml);
    return this.withDimension(xml);
  }

  private sheetDataXml(data: Span): string {
    const p = this.prefix;
    const open = data.selfClosing ? data.tag.replace(/\/>$/, '>') : data.tag;
    const pending = [...this.edits.keys()]
      .filter((row) => !this.rowsByNumber.has(row))
      .sort((a, b) => a - b);
    let out = open;
    let at = data.innerStart;
    const flushNewRows = (before: number) => {
      while (pending.length > 0 && pending[0] < before) {
        const row = pending.shift() as number;
        const cells = [...(this.edits.get(row) ?? new Map<number, string>()).entries()].sort(
          ([a], [b]) => a - b,
        );
        out += `<${p}row r="${row + 1}">${cells.map(([, cell]) => cell).join('')}</${p}row>`;
      }
    };
    for (const rowAt of this.rows()) {
      flushNewRows(rowAt.row);
      const edits = this.edits.get(rowAt.row);
      if (!edits) continue;
      out += this.xml.slice(at, rowAt.span.start) + this.rowXml(rowAt, edits);
      at = rowAt.span.end;
    }
    const end = data.selfClosing ? data.end : data.end - `</${prefixOf(data.tag)}sheetData>`.length;
    out += data.selfClosing ? '' : this.xml.slice(at, end);
    flushNewRows(Infinity);
    return `${out}</${p}sheetData>`;
  }

  private rowXml(rowAt: RowAt, edits: ReadonlyMap<number, string>): string {
    const { span } = rowAt;
    const p = prefixOf(span.tag);
    const added = [...edits.keys()]
      .filter((col) => !rowAt.cells.some((cell) => cell.col === col))
      .sort((a, b) => a - b);
    let out = '';
    let at = span.innerStart;
    for (const cell of rowAt.cells) {
      while (added.length > 0 && added[0] < cell.col) out += edits.get(added.shift() as number);
      const edit = edits.get(cell.col);
      if (edit === undefined) continue;
      out += this.xml.slice(at, cell.start) + edit;
      at = cell.end;
    }
    const closeTag = `</${p}row>`;
    const innerEnd = span.selfClosing ? span.end : span.end - closeTag.length;
    if (!span.selfClosing) out += this.xml.slice(at, innerEnd);
    for (const col of added) out += edits.get(col);
    const last = Math.max(...edits.keys());
    return `${this.widenSpans(span.selfClosing ? span.tag.replace(/\/>$/, '>') : span.tag, last)}${out}${closeTag}`;
  }

  /** A row's `spans` hint ("1:20") widened to a column written beyond it. */
  private widenSpans(tag: string, col: number): string {
    const spans = attributesOf(tag).get('spans');
    const match = spans === undefined ? null : /^(\d+):(\d+)$/.exec(spans);
    if (!match || Number(match[2]) >= col + 1) return tag;
    return withAttribute(tag, 'spans', `${match[1]}:${col + 1}`);
  }

  private withColumns(xml: string): string {
    const missing = this.columnsAdded.filter(({ col }) => !this.columnDefined(col));
    if (missing.length === 0) return xml;
    const p = this.prefix;
    const added = missing.map(({ col, width }) => ({
      col,
      xml: `<${p}col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`,
    }));
    const cols = firstElement(xml, 'cols');
    if (!cols) {
      const data = firstElement(xml, 'sheetData');
      const at = data ? data.start : xml.length;
      return splice(xml, at, at, `<${p}cols>${added.map((c) => c.xml).join('')}</${p}cols>`);
    }
    const close = `</${prefixOf(cols.tag)}cols>`;
    if (cols.selfClosing) {
      const open = cols.tag.replace(/\/>$/, '>');
      return splice(
        xml,
        cols.start,
        cols.end,
        `${open}${added.map((c) => c.xml).join('')}${close}`,
      );
    }
    const existing = elements(xml, 'col', cols.innerStart, cols.end);
    const innerEnd = cols.end - close.length;
    // Each added column before the first defined one to its right, from the last insertion back.
    const inserts = added.map((column) => ({
      at:
        existing.find((c) => Number(attributesOf(c.tag).get('min')) - 1 > column.col)?.start ??
        innerEnd,
      xml: column.xml,
    }));
    let out = xml;
    for (const insert of inserts.reverse()) out = splice(out, insert.at, insert.at, insert.xml);
    return out;
  }

  private columnDefined(col: number): boolean {
    return this.columns().some(({ min, max }) => min <= col + 1 && col + 1 <= max);
  }

  /** The `<col>` definitions (1-based, inclusive), read once. */
  private columns(): readonly { min: number; max: number; style: number }[] {
    if (this.columnIndex === null) {
      const head = this.xml.slice(0, this.sheetData?.start ?? this.xml.length);
      this.columnIndex = elements(head, 'col').map((column) => {
        const attributes = attributesOf(column.tag);
        return {
          min: Number(attributes.get('min')),
          max: Number(attributes.get('max')),
          style: Number(attributes.get('style') ?? 0) || 0,
        };
      });
    }
    return this.columnIndex;
  }

  private withDimension(xml: string): string {
    const dimension = firstElement(xml, 'dimension');
    if (!dimension) return xml;
    const range = rangePosition(attributesOf(dimension.tag).get('ref') ?? '');
    if (!range) return xml;
    let { bottom, right } = range;
    for (const [row, byCol] of this.edits) {
      bottom = Math.max(bottom, row);
      for (const col of byCol.keys()) right = Math.max(right, col);
    }
    if (bottom === range.bottom && right === range.right) return xml;
    const ref = `${columnLetter(range.left)}${range.top + 1}:${columnLetter(right)}${bottom + 1}`;
    return splice(xml, dimension.start, dimension.end, withAttribute(dimension.tag, 'ref', ref));
  }
}
