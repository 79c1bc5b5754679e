/**
 * A fast reader of a worksheet's `<sheetData>`, the part's bulk: rows of cells with their
 * values, formulas and inline strings, as Excel, LibreOffice and Google Sheets write them. It
 * reads a strict subset of XML and gives up (null) on anything outside it: a comment, a
 * processing instruction, CDATA, an unknown entity, a rich-text run, a line break inside an
 * attribute, an element that does not belong there, a tag left open. The caller then reads the
 * part with saxes (sheet-scan.ts), which knows all of XML and says what is wrong with it.
 * Whatever this reader accepts, it reads exactly as the saxes scan does: a test compares both.
 *
 * Why: saxes builds a tag and an attribute object for every element and checks every
 * character in script, which made reading a 2,000-row dashboard cost more than the rest of
 * `check`. This reader leaves the characters to the regular expression engine.
 */
import type { RawCell, RawFormula, SheetPlaces } from './sheet-scan';
import { CELL_STRIDE, cellPosition, isTrue } from './sheet-scan';
import { localName } from './xml';
import { ENTITIES } from './xml-edit';

export interface SheetDataRead {
  readonly cells: RawCell[];
  /** 0-based indices of hidden rows. */
  readonly hiddenRows: number[];
  readonly places: SheetPlaces;
  /** Where `</sheetData>` starts. */
  readonly end: number;
}

/** Thrown inside the reader when the text leaves the subset; never escapes it. */
class OutsideSubset extends Error {}

const OUTSIDE = new OutsideSubset();

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const VALUE = `(?:"[^"<]*"|'[^'<]*')`;

/** XML white space; \s would also take the no-break and other Unicode spaces. */
const S = '[ \\t\\n\\r]';
/** A start, end or empty tag at the reading point: slash, name, attributes, slash. */
const TAG = new RegExp(`<(/?)(${NAME})((?:${S}+${NAME}${S}*=${S}*${VALUE})*)${S}*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})${S}*=${S}*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const BLANK = /^[ \t\n\r]*$/;

// A lone surrogate, or U+FFFE / U+FFFF: characters XML does not allow. No lookbehind, which
// older Safari versions cannot compile.
const BAD_CHARACTER =
  '[\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?:^|[^\\ud800-\\udbff])[\\udc00-\\udfff]';
/**
 * In text: control characters but tab and line feed (XML parsers normalise a carriage return:
 * left to saxes), and "]]>".
 */
const TEXT_OUTSIDE = new RegExp(`[\\x00-\\x08\\x0b-\\x1f]|\\]\\]>|${BAD_CHARACTER}`);
/** In an attribute value: every control character (XML turns tabs and line breaks into spaces). */
const ATTRIBUTE_OUTSIDE = new RegExp(`[\\x00-\\x1f]|${BAD_CHARACTER}`);
const REFERENCE = /&([^;&]*);?/g;

/**
 * Text a plain cell may hold as it stands: no markup, reference, control character, "]" (of
 * "]]>") or surrogate, so that it is read the same with no check.
 */
const PLAIN = '[^<&\\]\\x00-\\x1f\\ud800-\\udfff\\ufffe\\uffff]*';
/**
 * The cell most of a sheet is made of, whole, as Excel and our own writer write it: `r`, then
 * `s` and `t` if any, in this order, each once; no value, a value, a formula of its own with
 * its value, or an inline string of one run. Any other cell is read tag by tag, at several
 * times the cost. Groups: column letters, row, style, type, value, formula, formula's value,
 * inline string.
 */
export const PLAIN_CELL = new RegExp(
  `<c r="([A-Z]{1,3})([1-9][0-9]{0,6})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?` +
    `(?:/>|>(?:<v>(${PLAIN})</v>|<f>(${PLAIN})</f><v>(${PLAIN})</v>|<is><t>(${PLAIN})</t></is>)?</c>)`,
  'y',
);

/** "G" → 6. */
function columnIndex(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) - 64);
  return col - 1;
}

/** A character reference XML allows. */
function referenced(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return (code < 0xd800 || code > 0xdfff) && code !== 0xfffe && code !== 0xffff && code <= 0x10ffff;
}

function entity(match: string, name: string): string {
  if (!match.endsWith(';')) throw OUTSIDE;
  if (Object.hasOwn(ENTITIES, name)) return ENTITIES[name];
  const code = /^#x[0-9a-fA-F]{1,6}$/.test(name)
    ? parseInt(name.slice(2), 16)
    : /^#[0-9]{1,7}$/.test(name)
      ? Number(name.slice(1))
      : -1;
  if (code < 0 || !referenced(code)) throw OUTSIDE;
  return String.fromCodePoint(code);
}

function decoded(raw: string, outside: RegExp): string {
  if (outside.test(raw)) throw OUTSIDE;
  return raw.includes('&') ? raw.replace(REFERENCE, entity) : raw;
}

/** The attributes of one start tag that the scan reads; the others are checked and skipped. */
interface TagAttributes {
  r: string | undefined;
  hidden: string | undefined;
  t: string | undefined;
  s: string | undefined;
  ref: string | undefined;
  si: string | undefined;
}

function noAttributes(): TagAttributes {
  return {
    r: undefined,
    hidden: undefined,
    t: undefined,
    s: undefined,
    ref: undefined,
    si: undefined,
  };
}

/**
 * Reads the attribute list of a tag into `into`, emptied first. A large sheet has tens of
 * thousands of tags: the objects are the reader's own, used again for each tag.
 */
function readAttributes(list: string, into: TagAttributes, seen: string[]): void {
  into.r = into.hidden = into.t = into.s = into.ref = into.si = undefined;
  if (list === '') return;
  seen.length = 0;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(list); match !== null; match = ATTRIBUTE.exec(list)) {
    const name = match[1];
    if (seen.includes(name)) throw OUTSIDE;
    seen.push(name);
    const value = decoded(match[2] ?? match[3], ATTRIBUTE_OUTSIDE);
    switch (name) {
      case 'r':
      case 'hidden':
      case 't':
      case 's':
      case 'ref':
      case 'si':
        into[name] = value;
    }
  }
}

/**
 * Reads tags and text from a reading point. The last tag read is in its fields, not in an
 * object of its own: there is one per tag of the sheet.
 */
class Reader {
  /** The reading point. */
  private at: number;
  /** The last tag read: an end tag, its qualified name, its attribute list, empty. */
  closing = false;
  name = '';
  attributes = '';
  empty = false;
  /** Where the last tag started, and where it ended. */
  start = 0;
  end = 0;

  constructor(
    private readonly xml: string,
    from: number,
  ) {
    this.at = from;
  }

  /** A plain cell (PLAIN_CELL) at the reading point, stepped over; else null. */
  plainCell(): RegExpExecArray | null {
    PLAIN_CELL.lastIndex = this.at;
    const match = PLAIN_CELL.exec(this.xml);
    if (match !== null) {
      this.start = this.at;
      this.at = this.end = PLAIN_CELL.lastIndex;
    }
    return match;
  }

  /** Reads the next tag, only spaces before it. */
  tag(): void {
    const { xml } = this;
    const lt = xml.indexOf('<', this.at);
    if (lt < 0 || (lt > this.at && !BLANK.test(xml.slice(this.at, lt)))) throw OUTSIDE;
    this.tagAt(lt);
  }

  private tagAt(lt: number): void {
    TAG.lastIndex = lt;
    const match = TAG.exec(this.xml);
    if (match === null) throw OUTSIDE;
    this.at = TAG.lastIndex;
    this.start = lt;
    this.end = this.at;
    this.closing = match[1] === '/';
    this.name = match[2];
    this.attributes = match[3];
    this.empty = match[4] === '/';
    // An end tag exactly "</name>": the sheet editor takes a row's content to end right before
    // it (sheet-editor.ts), so "</row >" is left to saxes and the editor's own search.
    if (this.closing && this.at - lt !== this.name.length + 3) throw OUTSIDE;
  }

  /** The text of the element `name` just opened, up to its end tag. */
  text(name: string): string {
    const { xml } = this;
    const lt = xml.indexOf('<', this.at);
    if (lt < 0) throw OUTSIDE;
    const text = decoded(xml.slice(this.at, lt), TEXT_OUTSIDE);
    this.tagAt(lt);
    if (!this.closing || this.name !== name) throw OUTSIDE;
    return text;
  }
}

/** Where the reader stands: in sheetData, a row, a cell or a cell's inline string. */
const enum Level {
  SheetData,
  Row,
  Cell,
  Inline,
}

function read(xml: string, from: number, sheetData: string): SheetDataRead {
  const reader = new Reader(xml, from);
  const cells: RawCell[] = [];
  const hiddenRows: number[] = [];
  const attributes = noAttributes();
  const seen: string[] = [];
  let level = Level.SheetData;
  let open = sheetData;
  let rowName = '';
  let row = -1;
  let col = -1;
  // The cell being read.
  let cellName = '';
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let formula: RawFormula | null = null;
  let inline = '';
  // Where the rows and cells are (SheetPlaces): the row being read's offset in rowPlaces, and
  // the row numbering of the sheet editor, which a cell's address does not move.
  const rowPlaces: number[] = [];
  const cellPlaces: number[] = [];
  let rowPlace = -1;
  let placedRow = -1;
  let cellStart = 0;
  const placeCell = (start: number, end: number): void => {
    cellPlaces.push(col, start, end);
    rowPlaces[rowPlace + 6] += 1;
  };

  for (;;) {
    const plain = level === Level.Row ? reader.plainCell() : null;
    if (plain !== null) {
      row = Number(plain[2]) - 1;
      col = columnIndex(plain[1]);
      const text = plain[6];
      cells.push({
        row,
        col,
        type: plain[4] ?? 'n',
        style: plain[3] === undefined ? 0 : Number(plain[3]),
        value: plain[5] ?? plain[7] ?? plain[8] ?? null,
        formula: text === undefined ? null : { type: 'normal', ref: null, si: null, text },
      });
      placeCell(reader.start, reader.end);
      continue;
    }
    reader.tag();
    const { name } = reader;
    if (reader.closing) {
      if (name !== open) throw OUTSIDE;
      switch (level) {
        case Level.SheetData:
          return {
            cells,
            hiddenRows,
            end: reader.start,
            places: {
              rows: rowPlaces,
              cells: cellPlaces,
              textLength: xml.length,
              dataStart: from,
            },
          };
        case Level.Row:
          rowPlaces[rowPlace + 3] = reader.end;
          level = Level.SheetData;
          open = sheetData;
          break;
        case Level.Cell:
          cells.push({ row, col, type, style, value, formula });
          placeCell(cellStart, reader.end);
          level = Level.Row;
          open = rowName;
          break;
        case Level.Inline:
          // An inline string fills a value that no earlier <v> gave, as in the saxes scan.
          value ??= inline;
          level = Level.Cell;
          open = cellName;
      }
      continue;
    }
    readAttributes(reader.attributes, attributes, seen);
    const local = localName(name);
    switch (level) {
      case Level.SheetData: {
        if (local !== 'row') throw OUTSIDE;
        const r = attributes.r === undefined ? NaN : Number(attributes.r);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        col = -1;
        if (isTrue(attributes.hidden)) hiddenRows.push(row);
        placedRow = Number.isInteger(r) && r > 0 ? r - 1 : placedRow + 1;
        rowPlace = rowPlaces.length;
        rowPlaces.push(
          placedRow,
          reader.start,
          reader.end,
          reader.end,
          reader.empty ? 1 : 0,
          cellPlaces.length / CELL_STRIDE,
          0,
        );
        if (!reader.empty) {
          level = Level.Row;
          open = rowName = name;
        }
        break;
      }
      case Level.Row: {
        if (local !== 'c') throw OUTSIDE;
        const at = attributes.r === undefined ? null : cellPosition(attributes.r);
        if (at) {
          row = at[0];
          col = at[1];
        } else col++;
        type = attributes.t ?? 'n';
        style = attributes.s === undefined ? 0 : Number(attributes.s) || 0;
        value = null;
        formula = null;
        cellStart = reader.start;
        if (reader.empty) {
          cells.push({ row, col, type, style, value, formula });
          placeCell(cellStart, reader.end);
        } else {
          level = Level.Cell;
          open = cellName = name;
        }
        break;
      }
      case Level.Cell:
        if (local === 'v') {
          value = reader.empty ? '' : reader.text(name);
        } else if (local === 'f') {
          const { t, ref, si } = attributes;
          formula = {
            type: t ?? 'normal',
            ref: ref ?? null,
            si: si ?? null,
            text: reader.empty ? '' : reader.text(name),
          };
        } else if (local === 'is') {
          inline = '';
          if (reader.empty) value ??= '';
          else {
            level = Level.Inline;
            open = name;
          }
        } else throw OUTSIDE;
        break;
      case Level.Inline:
        // Runs of rich text and phonetic guides are left to the saxes scan.
        if (local !== 't') throw OUTSIDE;
        if (!reader.empty) inline += reader.text(name);
    }
  }
}

/**
 * The content of the `sheetData` element whose start tag ends at `from`, its qualified name
 * `name`; null when it leaves the subset this reader knows.
 */
export function readSheetData(xml: string, from: number, name: string): SheetDataRead | null {
  try {
    return read(xml, from, name);
  } catch (error) {
    if (error instanceof OutsideSubset) return null;
    throw error;
  }
}
