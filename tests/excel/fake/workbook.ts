/**
 * The workbook behind the strict fake of the Excel JavaScript API: sheets of cells with values,
 * displayed text, number formats, formulas, fills, bold and hyperlinks, merges, hidden columns,
 * protection; the active sheet and the selection; a log of every write; change events.
 */
import { parseRangeA1, rangeA1 } from '../../../src/core/address';
import type { Cell, CellKind, CellRange, Grid } from '../../../src/core/grid';
import type { XChangedArgs } from '../../../src/excel/excel-api';
import type { OwnFill } from '../../../src/excel/fills';

/** A fill as the fake keeps it: every property present, in one order, as Excel reports them. */
export function normalFill(fill: OwnFill): OwnFill {
  const normal: { -readonly [K in keyof OwnFill]: OwnFill[K] } = {
    color: (fill.color ?? '#FFFFFF').toUpperCase(),
    pattern: fill.pattern ?? 'Solid',
  };
  if (fill.patternColor !== undefined) normal.patternColor = fill.patternColor.toUpperCase();
  normal.tintAndShade = fill.tintAndShade ?? 0;
  normal.patternTintAndShade = fill.patternTintAndShade ?? 0;
  return normal;
}

export const NO_FILL: OwnFill = normalFill({ color: '#FFFFFF', pattern: 'None' });

export interface FakeCell {
  readonly value: number | string | boolean | null;
  readonly text: string;
  readonly format: string;
  readonly formula: string | null;
  readonly kind: CellKind;
  readonly fill: OwnFill;
  readonly bold: boolean;
  readonly hyperlink: Excel.RangeHyperlink | null;
}

export const EMPTY: FakeCell = {
  value: null,
  text: '',
  format: 'General',
  formula: null,
  kind: 'empty',
  fill: NO_FILL,
  bold: false,
  hyperlink: null,
};

/** A workbook's cells, "Sheet!G5" to the cell as JSON. */
export type Capture = ReadonlyMap<string, string>;

/** The cells that differ between two captures ("Sheet!G5"), sorted. */
export function differences(a: Capture, b: Capture): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((key) => a.get(key) !== b.get(key)).sort();
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A custom XML part of the workbook (shared by every runtime and installation of the add-in). */
export interface XmlPart {
  readonly id: string;
  readonly namespace: string;
  xml: string;
}

/** What one sync sent and brought back, in bytes. */
export interface Payload {
  readonly sync: number;
  readonly request: number;
  readonly response: number;
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  hiddenColumns = new Set<number>();
  protected = false;
  visibility: Visibility = 'Visible';
  readonly columnWidths = new Map<number, number>();
  /** The formulas the sheet was built with and their results, as a stand-in for recalculation. */
  readonly computed = new Map<string, FakeCell>();

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? EMPTY;
  }

  set(row: number, col: number, cell: FakeCell): void {
    this.cells.set(`${row},${col}`, cell);
    this.used = null;
  }

  /** The used ranges computed since the last change (the fake's own speed, not Excel's). */
  private used: { readonly values: CellRange; readonly all: CellRange } | null = null;

  update(row: number, col: number, change: Partial<FakeCell>): void {
    const cell = { ...this.get(row, col), ...change };
    this.set(row, col, change.fill ? { ...cell, fill: normalFill(change.fill) } : cell);
  }

  /** The block of cells holding something (or, unless valuesOnly, formatted). */
  usedRange(valuesOnly: boolean): CellRange {
    this.used ??= { values: this.scanUsed(true), all: this.scanUsed(false) };
    return valuesOnly ? this.used.values : this.used.all;
  }

  private scanUsed(valuesOnly: boolean): CellRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      const holds =
        cell.kind !== 'empty' ||
        cell.formula !== null ||
        (!valuesOnly && (cell.format !== 'General' || cell.fill.pattern !== 'None' || cell.bold));
      if (!holds) continue;
      const [row, col] = key.split(',').map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

export interface WriteRecord {
  readonly sheet: string;
  readonly address: string;
  readonly what: string;
  /** The number of the sync that ran it (1 for the first sync of the workbook's host). */
  readonly sync: number;
}

type ChangeHandler = (args: XChangedArgs) => Promise<void>;

/** Excel's way of naming a sheet in an address: quoted unless letters, digits and _ only. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function decimals(format: string): number {
  return /0\.(0+)/.exec(format)?.[1].length ?? 0;
}

/** A French display of a value in a number format, close enough to Excel's for the tests. */
export function displayText(value: FakeCell['value'], format: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value === 'string') return value;
  if (format === 'General') return String(value).replace('.', ',');
  if (format.includes('%'))
    return `${(value * 100).toFixed(decimals(format)).replace('.', ',')}${format.includes(' %') ? ' %' : '%'}`;
  const suffix = format.includes('"j"') ? ' j' : '';
  return `${value.toFixed(decimals(format)).replace('.', ',')}${suffix}`;
}

const ERROR_VALUES = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!']);

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active = '';
  selection: { sheet: string; address: string } | null = null;
  structureProtected = false;
  cellEditMode = false;
  readonly writes: WriteRecord[] = [];
  readonly xmlParts: XmlPart[] = [];
  readonly payloads: Payload[] = [];
  /** A sync queued suspendApiCalculationUntilNextSync. */
  calculationSuspended = false;
  /** Formulas left stale by writes under a suspended calculation, until a recalculation. */
  staleFormulas = false;
  private nextPart = 1;

  addXmlPart(xml: string): XmlPart {
    const namespace = /xmlns(?::\w+)?="([^"]*)"/.exec(xml)?.[1] ?? '';
    const part = { id: `{part-${this.nextPart++}}`, namespace, xml };
    this.xmlParts.push(part);
    return part;
  }
  private readonly handlers: { sheet: FakeSheet; handler: ChangeHandler; id: number }[] = [];
  private nextHandler = 1;
  private pending: { sheet: FakeSheet; args: XChangedArgs }[] = [];

  static fromGrids(grids: readonly Grid[], active?: string): FakeWorkbook {
    const book = new FakeWorkbook();
    for (const grid of grids) book.addGrid(grid);
    book.active = active ?? grids[0]?.sheet ?? '';
    return book;
  }

  addGrid(grid: Grid): FakeSheet {
    const sheet = new FakeSheet(grid.sheet);
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.kind === 'empty' && cell.format === 'General') return;
        const fake: FakeCell = { ...EMPTY, ...cell };
        sheet.set(r, c, fake);
        if (cell.formula !== null) sheet.computed.set(`${r},${c}`, fake);
      }),
    );
    sheet.merges = [...grid.merges];
    sheet.hiddenColumns = new Set(grid.hiddenColumns);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase());
  }

  mustSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  /** A cell by "Sheet" and "G5". */
  cell(sheet: string, address: string): FakeCell {
    const range = parseRangeA1(address);
    if (!range) throw new Error(`fake: bad address ${address}`);
    return this.mustSheet(sheet).get(range.top, range.left);
  }

  /** The sheet as a Grid, as the engine would see it. */
  grid(name: string): Grid {
    const sheet = this.mustSheet(name);
    const used = sheet.usedRange(false);
    const cells: Cell[][] = [];
    for (let r = 0; r <= used.bottom; r += 1) {
      const row: Cell[] = [];
      for (let c = 0; c <= used.right; c += 1) {
        const { value, text, format, formula, kind } = sheet.get(r, c);
        row.push({ value, text, format, formula, kind });
      }
      cells.push(row);
    }
    return {
      sheet: sheet.name,
      rowCount: cells.length,
      colCount: used.right + 1,
      cells,
      merges: sheet.merges,
      hiddenColumns: [...sheet.hiddenColumns],
    };
  }

  /** Everything the agent could see (of one sheet, or all), to compare two states. */
  capture(only?: string): Capture {
    const sheets = only === undefined ? this.sheets : [this.mustSheet(only)];
    const cells = new Map<string, string>();
    for (const sheet of sheets) {
      cells.set(`${sheet.name}!widths`, JSON.stringify([...sheet.columnWidths.entries()].sort()));
      for (const [key, cell] of sheet.cells) {
        const text = JSON.stringify(cell);
        if (text === JSON.stringify(EMPTY)) continue;
        const [row, col] = key.split(',').map(Number);
        cells.set(
          `${sheet.name}!${rangeA1({ top: row, left: col, bottom: row, right: col })}`,
          text,
        );
      }
    }
    return cells;
  }

  /** A write Excel will refuse (once), to test a batch failing half-way. */
  failOn: { readonly what: string; readonly error: Error } | null = null;

  /** Throws the planned refusal when this write comes. */
  refuse(what: string): void {
    if (this.failOn?.what !== what) return;
    const { error } = this.failOn;
    this.failOn = null;
    throw error;
  }

  /** The sync running now, set by the fake context. */
  currentSync = 0;

  log(sheet: FakeSheet | null, range: CellRange | null, what: string): void {
    this.writes.push({
      sheet: sheet?.name ?? '',
      address: range ? rangeA1(range) : '',
      what,
      sync: this.currentSync,
    });
  }

  /** Excel's reading of a value typed or written: formulas, quote prefix, error literals. */
  static interpret(input: unknown, format: string): Partial<FakeCell> {
    if (input === null || input === undefined || input === '')
      return { value: null, text: '', formula: null, kind: 'empty' };
    if (typeof input === 'number')
      return { value: input, text: displayText(input, format), formula: null, kind: 'number' };
    if (typeof input === 'boolean')
      return { value: input, text: displayText(input, format), formula: null, kind: 'boolean' };
    const text = String(input);
    if (text.startsWith("'"))
      return { value: text.slice(1), text: text.slice(1), formula: null, kind: 'text' };
    if (ERROR_VALUES.has(text)) return { value: text, text, formula: null, kind: 'error' };
    return { value: text, text, formula: null, kind: 'text' };
  }

  /** A formula written back: its result as the sheet was built, else an empty result. */
  static withFormula(
    sheet: FakeSheet,
    row: number,
    col: number,
    formula: string,
  ): Partial<FakeCell> {
    const known = sheet.computed.get(`${row},${col}`);
    if (known && known.formula === formula)
      return { value: known.value, text: known.text, kind: known.kind, formula };
    return { value: null, text: '', kind: 'empty', formula };
  }

  // Events -----------------------------------------------------------------

  addHandler(sheet: FakeSheet, handler: ChangeHandler): number {
    const id = this.nextHandler++;
    this.handlers.push({ sheet, handler, id });
    return id;
  }

  removeHandler(id: number): void {
    const index = this.handlers.findIndex((h) => h.id === id);
    if (index >= 0) this.handlers.splice(index, 1);
  }

  get handlerCount(): number {
    return this.handlers.length;
  }

  queueEvent(sheet: FakeSheet, args: XChangedArgs): void {
    this.pending.push({ sheet, args });
  }

  /** Delivers the change events of a sync, after it, as Excel does. */
  async deliverEvents(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const { sheet, args } of pending)
      for (const { handler } of this.handlers.filter((h) => h.sheet === sheet)) await handler(args);
  }

  /** The agent types into a cell. */
  async edit(sheetName: string, address: string, input: string | number, triggerSource: boolean) {
    const sheet = this.mustSheet(sheetName);
    const range = parseRangeA1(address);
    if (!range) throw new Error(`fake: bad address ${address}`);
    const cell = sheet.get(range.top, range.left);
    sheet.set(range.top, range.left, { ...cell, ...FakeWorkbook.interpret(input, cell.format) });
    this.queueEvent(sheet, triggerSource ? { address, triggerSource: 'Unknown' } : { address });
    await this.deliverEvents();
  }
}
