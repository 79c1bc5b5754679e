/**
 * A strict fake of the Excel JavaScript API subset the gateway uses (src/excel/excel-api.ts),
 * behaving as Office.js does where the gateway could go wrong:
 * - calls are queued and run, in order, only at context.sync(); every sync is counted;
 * - a property can be read only once it was load()ed and a sync ran (else PropertyNotLoaded);
 *   a ClientResult's value, a null object's isNullObject, a collection's items likewise;
 * - getItem of a missing sheet fails the sync (ItemNotFound); writing to a protected sheet fails
 *   it (AccessDenied) after the calls queued before it have run, as Excel's batches are not
 *   transactions; adding or deleting a sheet of a protected workbook fails; a sync while a cell
 *   is being edited fails before anything runs (InvalidOperationInCellEditMode);
 * - 2-D writes must have the range's dimensions (InvalidArgument);
 * - every write is recorded in the workbook's log; data writes raise change events, with
 *   triggerSource "ThisLocalAddin" (ExcelApi 1.14) whichever runtime of the add-in wrote;
 * - Excel on the web's limits: a request or a response over 5 MB fails the sync
 *   (RequestPayloadSizeLimitExceeded before anything runs, ResponsePayloadSizeLimitExceeded after);
 *   every sync's payloads are measured (book.payloads); values, texts and formats of a range over
 *   5 million cells come back null; getMergedAreasOrNullObject over more than 512 areas fails
 *   the sync; getSelectedRange throws on a selection of several areas (getSelectedRanges gives
 *   them); writes after suspendApiCalculationUntilNextSync leave formulas stale until
 *   application.calculate;
 * - workbook.customXmlParts, shared by every runtime and every installation of the add-in.
 * Extension points: new proxies extend FakeObject (loaded properties) and queue their calls on
 * the Batch; a write goes through FakeRange.write (protection, refusal, log) and
 * Batch.request (payload); workbook-level state lives on FakeWorkbook.
 */
import { columnLetter, parseRangeA1 } from '../../../src/core/address';
import type { CellRange } from '../../../src/core/grid';
import type {
  SheetVisibility,
  XChangedArgs,
  XClientResult,
  XContext,
  XCustomXmlPart,
  XCustomXmlPartCollection,
  XCustomXmlPartScopedCollection,
  XEventHandlerResult,
  XEventHandlers,
  XRange,
  XRangeAreas,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XWorkbook,
  XWorkbookProtection,
  XWorksheet,
  XWorksheetCollection,
  XWorksheetProtection,
} from '../../../src/excel/excel-api';
import type { CopyPosition } from './copy';
import { copySheet, renameSheet } from './copy';
import type { FakeSheet, XmlPart } from './workbook';
import { FakeWorkbook, NO_FILL, quoteSheet } from './workbook';

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Above this many cells, Excel gives null for a range's values, texts and formats. */
export const CELL_LIMIT = 5_000_000;
/** getMergedAreasOrNullObject fails above this many areas. */
export const MERGED_AREAS_LIMIT = 512;
/** What a call costs in a request besides its data. */
const CALL_BYTES = 100;

function bytesOf(data: unknown): number {
  return Buffer.byteLength(JSON.stringify(data) ?? '', 'utf8');
}

/** The fake's application: calculation suspended by a sync, formulas stale until calculate. */
export interface FakeApplication {
  suspendApiCalculationUntilNextSync(): void;
  calculate(type: 'Recalculate' | 'Full' | 'FullRebuild'): void;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export interface SyncCounter {
  syncs: number;
}

export interface FakeFeatures {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
  readonly mergedAreas: boolean;
  /** WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14). */
  readonly triggerSource: boolean;
  /** Excel on the web's 5 MB payload limits (desktop Excel has none). */
  readonly payloadLimits: boolean;
}

function notLoaded(type: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' of ${type} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

class Batch implements XContext {
  private operations: (() => void)[] = [];
  private requestBytes = 0;
  private responseBytes = 0;
  readonly workbook: FakeWorkbookApi;
  readonly application: FakeApplication;

  constructor(
    readonly book: FakeWorkbook,
    private readonly counter: SyncCounter,
    readonly features: FakeFeatures,
  ) {
    this.workbook = new FakeWorkbookApi(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () =>
        this.queue(() => {
          this.book.calculationSuspended = true;
          this.book.log(null, null, 'suspendCalculation');
        }),
      calculate: () =>
        this.queue(() => {
          this.book.staleFormulas = false;
          this.book.log(null, null, 'calculate');
        }),
    };
  }

  queue(operation: () => void, requestBytes = 0): void {
    this.operations.push(operation);
    this.requestBytes += CALL_BYTES + requestBytes;
  }

  /** Counts what a call sends (its data). */
  request(bytes: number): void {
    this.requestBytes += bytes;
  }

  /** Counts what a sync brings back. */
  respond(data: unknown): void {
    this.responseBytes += bytesOf(data);
  }

  async sync(): Promise<void> {
    this.counter.syncs += 1;
    this.book.currentSync = this.counter.syncs;
    const operations = this.operations;
    const request = this.requestBytes;
    this.operations = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    try {
      if (this.book.cellEditMode)
        throw new FakeOfficeError(
          'InvalidOperationInCellEditMode',
          'Excel is in cell-editing mode.',
        );
      if (this.features.payloadLimits && request > PAYLOAD_LIMIT)
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${request} bytes) has exceeded the limit.`,
        );
      for (const operation of operations) operation();
      const response = this.responseBytes;
      this.book.payloads.push({ sync: this.counter.syncs, request, response });
      if (this.features.payloadLimits && response > PAYLOAD_LIMIT)
        throw new FakeOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${response} bytes) has exceeded the limit.`,
        );
    } finally {
      // Writes under a suspended calculation leave dependent formulas stale.
      if (
        this.book.calculationSuspended &&
        this.book.writes.some((w) => w.sync === this.counter.syncs && isDataWrite(w.what))
      )
        this.book.staleFormulas = true;
      this.book.calculationSuspended = false;
      await this.book.deliverEvents();
    }
  }
}

function isDataWrite(what: string): boolean {
  return what === 'values' || what === 'formulas';
}

/** Loaded properties of a proxy: readable only after load + sync. */
abstract class FakeObject {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(
    protected readonly batch: Batch,
    private readonly type: string,
    private readonly loadable: readonly string[],
  ) {}

  protected loaded<T>(property: string): T {
    if (!this.loadedValues.has(property)) throw notLoaded(this.type, property);
    return this.loadedValues.get(property) as T;
  }

  setLoaded(property: string, value: unknown): void {
    this.loadedValues.set(property, value);
  }

  protected queueLoad(propertyNames: string, read: (property: string) => unknown): void {
    const names = propertyNames
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    for (const name of names)
      if (!this.loadable.includes(name))
        throw new Error(`fake: ${this.type}.${name} cannot be loaded`);
    this.batch.queue(() => {
      if (this.isNull()) {
        this.loadedValues.set('isNullObject', true);
        return;
      }
      for (const name of names) {
        const value = read(name);
        this.batch.respond(value);
        this.loadedValues.set(name, value);
      }
    });
  }

  /** A null object (from an *OrNullObject call) loads nothing but isNullObject. */
  protected isNull(): boolean {
    return false;
  }
}

class FakeClientResult<T> implements XClientResult<T> {
  private ready = false;
  private result: T | undefined;

  constructor(private readonly batch?: Batch) {}

  set(value: T): void {
    this.batch?.respond(value);
    this.result = value;
    this.ready = true;
  }

  get value(): T {
    if (!this.ready) throw notLoaded('ClientResult', 'value');
    return this.result as T;
  }
}

/** A worksheet proxy's sheet, known once the call that names it has run. */
class SheetRef {
  private sheet: FakeSheet | null = null;

  static of(sheet: FakeSheet): SheetRef {
    const ref = new SheetRef();
    ref.resolve(sheet);
    return ref;
  }

  resolve(sheet: FakeSheet): void {
    this.sheet = sheet;
  }

  get(): FakeSheet {
    if (!this.sheet) throw new Error('fake: worksheet used before the call creating it ran');
    return this.sheet;
  }
}

class FakeWorkbookApi implements XWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly protection: FakeWorkbookProtection;
  readonly customXmlParts: FakeCustomXmlParts;

  constructor(private readonly batch: Batch) {
    this.worksheets = new FakeWorksheets(batch);
    this.protection = new FakeWorkbookProtection(batch);
    this.customXmlParts = new FakeCustomXmlParts(batch);
  }

  /** ExcelApi 1.1's single area: Excel throws when the selection has several. */
  getSelectedRange(): XRange {
    const ref = new SheetRef();
    const range = new FakeRange(this.batch, ref, () => {
      const selection = this.batch.book.selection;
      if (!selection) throw new FakeOfficeError('InvalidSelection', 'No selection.');
      if (selection.address.includes(','))
        throw new FakeOfficeError(
          'InvalidSelection',
          'The current selection is invalid for this operation.',
        );
      ref.resolve(this.batch.book.mustSheet(selection.sheet));
      const block = parseRangeA1(selection.address);
      if (!block) throw new FakeOfficeError('InvalidSelection', 'Bad selection.');
      return block;
    });
    return range;
  }

  /** ExcelApi 1.9: every area, whole columns and rows as Excel writes them ("A:T"). */
  getSelectedRanges(): XRangeAreas {
    return new FakeRangeAreas(this.batch, () => {
      const selection = this.batch.book.selection;
      if (!selection) throw new FakeOfficeError('InvalidSelection', 'No selection.');
      const name = quoteSheet(selection.sheet);
      return selection.address
        .split(',')
        .map((area) => `${name}!${area.trim()}`)
        .join(',');
    });
  }
}

class FakeCustomXmlParts implements XCustomXmlPartCollection {
  constructor(private readonly batch: Batch) {}

  add(xml: string): XCustomXmlPart {
    const part = new FakeCustomXmlPart(this.batch, () => null);
    this.batch.queue(
      () => {
        this.batch.book.refuse('addXmlPart');
        const added = this.batch.book.addXmlPart(xml);
        part.resolveTo(added);
        this.batch.book.log(null, null, 'addXmlPart');
      },
      Buffer.byteLength(xml, 'utf8'),
    );
    return part;
  }

  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection {
    return new FakeScopedXmlParts(this.batch, namespaceUri);
  }
}

/** The parts of one namespace; getOnlyItemOrNullObject is null when there are two or more. */
class FakeScopedXmlParts extends FakeObject implements XCustomXmlPartScopedCollection {
  constructor(
    batch: Batch,
    private readonly namespaceUri: string,
  ) {
    super(batch, 'CustomXmlPartScopedCollection', ['items', 'items/id']);
  }

  private parts(): XmlPart[] {
    return this.batch.book.xmlParts.filter((p) => p.namespace === this.namespaceUri);
  }

  get items(): XCustomXmlPart[] {
    return this.loaded('items');
  }

  load(propertyNames: string): XCustomXmlPartScopedCollection {
    this.queueLoad(propertyNames, () => null);
    this.batch.queue(() => {
      const items = this.parts().map((part) => {
        const item = new FakeCustomXmlPart(this.batch, () => part);
        item.setLoaded('id', part.id);
        return item;
      });
      this.setLoaded('items', items);
    });
    return this;
  }

  getCount(): XClientResult<number> {
    const result = new FakeClientResult<number>(this.batch);
    this.batch.queue(() => result.set(this.parts().length));
    return result;
  }

  getOnlyItemOrNullObject(): XCustomXmlPart {
    return new FakeCustomXmlPart(this.batch, () => {
      const parts = this.parts();
      return parts.length === 1 ? parts[0] : null;
    });
  }
}

class FakeCustomXmlPart extends FakeObject implements XCustomXmlPart {
  private part: XmlPart | null = null;
  private resolved = false;

  constructor(batch: Batch, resolve: () => XmlPart | null) {
    super(batch, 'CustomXmlPart', ['id']);
    batch.queue(() => {
      this.resolveTo(resolve());
    });
  }

  resolveTo(part: XmlPart | null): void {
    this.part = part;
    this.resolved = true;
    this.setLoaded('isNullObject', part === null);
  }

  protected override isNull(): boolean {
    return this.resolved && this.part === null;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  load(propertyNames: string): XCustomXmlPart {
    this.queueLoad(propertyNames, () => this.part?.id);
    return this;
  }

  /** On a null object, a no-op whose result is null, as Office.js does. */
  getXml(): XClientResult<string> {
    const result = new FakeClientResult<string>(this.batch);
    this.batch.queue(() => result.set(this.part ? this.part.xml : (null as unknown as string)));
    return result;
  }

  setXml(xml: string): void {
    this.batch.queue(
      () => {
        if (!this.part) return;
        this.part.xml = xml;
        this.batch.book.log(null, null, 'setXml');
      },
      Buffer.byteLength(xml, 'utf8'),
    );
  }

  delete(): void {
    this.batch.queue(() => {
      const part = this.part;
      if (!part) return;
      this.batch.book.xmlParts.splice(this.batch.book.xmlParts.indexOf(part), 1);
      this.batch.book.log(null, null, 'deleteXmlPart');
    });
  }
}

class FakeWorkbookProtection extends FakeObject implements XWorkbookProtection {
  constructor(batch: Batch) {
    super(batch, 'WorkbookProtection', ['protected']);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }

  load(propertyNames: string): XWorkbookProtection {
    this.queueLoad(propertyNames, () => this.batch.book.structureProtected);
    return this;
  }
}

class FakeWorksheets extends FakeObject implements XWorksheetCollection {
  constructor(batch: Batch) {
    super(batch, 'WorksheetCollection', ['items', 'items/name', 'items/visibility']);
  }

  get items(): XWorksheet[] {
    return this.loaded('items');
  }

  load(propertyNames: string): XWorksheetCollection {
    const names = propertyNames.split(',').map((name) => name.trim());
    this.queueLoad(propertyNames, () => null);
    this.batch.queue(() => {
      const items = this.batch.book.sheets.map((sheet) => {
        const item = new FakeWorksheet(this.batch, SheetRef.of(sheet));
        if (names.includes('items/name')) item.setLoaded('name', sheet.name);
        if (names.includes('items/visibility')) item.setLoaded('visibility', sheet.visibility);
        return item;
      });
      this.setLoaded('items', items);
    });
    return this;
  }

  getItem(key: string): XWorksheet {
    const ref = new SheetRef();
    this.batch.queue(() => {
      const sheet = this.batch.book.sheet(key);
      if (!sheet)
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${key}.`);
      ref.resolve(sheet);
    });
    return new FakeWorksheet(this.batch, ref);
  }

  getActiveWorksheet(): XWorksheet {
    const ref = new SheetRef();
    this.batch.queue(() => ref.resolve(this.batch.book.mustSheet(this.batch.book.active)));
    return new FakeWorksheet(this.batch, ref);
  }

  add(name?: string): XWorksheet {
    const ref = new SheetRef();
    this.batch.queue(() => {
      const book = this.batch.book;
      if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'Workbook protected.');
      book.refuse('addSheet');
      const sheetName = name ?? `Feuil${book.sheets.length + 1}`;
      if (book.sheet(sheetName)) throw new FakeOfficeError('ItemAlreadyExists', sheetName);
      const sheet = book.addGrid({
        sheet: sheetName,
        rowCount: 0,
        colCount: 0,
        cells: [],
        merges: [],
        hiddenColumns: [],
      });
      book.log(sheet, null, 'addSheet');
      ref.resolve(sheet);
    });
    return new FakeWorksheet(this.batch, ref);
  }
}

class FakeWorksheetProtection extends FakeObject implements XWorksheetProtection {
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
  ) {
    super(batch, 'WorksheetProtection', ['protected']);
  }

  get protected(): boolean {
    return this.loaded('protected');
  }

  load(propertyNames: string): XWorksheetProtection {
    this.queueLoad(propertyNames, () => this.ref.get().protected);
    return this;
  }
}

class FakeEvents implements XEventHandlers {
  constructor(
    private readonly batch: Batch,
    private readonly ref: SheetRef,
  ) {}

  add(handler: (args: XChangedArgs) => Promise<void>): XEventHandlerResult {
    let id = 0;
    this.batch.queue(() => {
      id = this.batch.book.addHandler(this.ref.get(), handler);
    });
    return {
      context: this.batch,
      remove: () => this.batch.queue(() => this.batch.book.removeHandler(id)),
    };
  }
}

class FakeWorksheet extends FakeObject implements XWorksheet {
  readonly protection: FakeWorksheetProtection;
  readonly onChanged: FakeEvents;

  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
  ) {
    super(batch, 'Worksheet', ['name', 'visibility']);
    this.protection = new FakeWorksheetProtection(batch, ref);
    this.onChanged = new FakeEvents(batch, ref);
  }

  get name(): string {
    return this.loaded('name');
  }
  set name(value: string) {
    this.batch.queue(() => renameSheet(this.batch.book, this.ref.get(), value));
  }

  get visibility(): SheetVisibility {
    return this.loaded('visibility');
  }

  load(propertyNames: string): XWorksheet {
    this.queueLoad(propertyNames, (name) =>
      name === 'name' ? this.ref.get().name : this.ref.get().visibility,
    );
    return this;
  }

  activate(): void {
    this.batch.queue(() => {
      this.batch.book.active = this.ref.get().name;
      this.batch.book.log(this.ref.get(), null, 'activate');
    });
  }

  delete(): void {
    this.batch.queue(() => {
      const book = this.batch.book;
      if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'Workbook protected.');
      book.refuse('deleteSheet');
      const sheet = this.ref.get();
      book.sheets.splice(book.sheets.indexOf(sheet), 1);
      if (book.active === sheet.name) book.active = book.sheets[0]?.name ?? '';
      book.log(sheet, null, 'deleteSheet');
    });
  }

  getRange(address?: string): XRange {
    if (address === undefined) throw new Error('fake: getRange() without an address is not faked');
    return new FakeRange(this.batch, this.ref, () => {
      const block = parseRangeA1(address);
      if (!block) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
      return block;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): XRange {
    if (rows < 1 || cols < 1) throw new Error('fake: empty range');
    return new FakeRange(this.batch, this.ref, () => ({
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    }));
  }

  getUsedRange(valuesOnly?: boolean): XRange {
    return new FakeRange(this.batch, this.ref, () => this.ref.get().usedRange(valuesOnly === true));
  }

  copy(position: CopyPosition = 'None', relativeTo?: XWorksheet): XWorksheet {
    const ref = new SheetRef();
    const anchor = relativeTo instanceof FakeWorksheet ? relativeTo.ref : null;
    this.batch.queue(() =>
      ref.resolve(copySheet(this.batch.book, this.ref.get(), position, anchor?.get() ?? null)),
    );
    return new FakeWorksheet(this.batch, ref);
  }
}

const RANGE_PROPERTIES = [
  'address',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'values',
  'text',
  'numberFormat',
  'formulas',
  'valueTypes',
];

const VALUE_TYPES: Readonly<Record<string, Excel.RangeValueType>> = {
  empty: 'Empty' as Excel.RangeValueType,
  text: 'String' as Excel.RangeValueType,
  number: 'Double' as Excel.RangeValueType,
  boolean: 'Boolean' as Excel.RangeValueType,
  error: 'Error' as Excel.RangeValueType,
};

class FakeRange extends FakeObject implements XRange {
  private block: CellRange | null = null;
  private nullObject = false;
  readonly format: XRangeFormat;

  /** `resolve` gives null for a null object (getIntersectionOrNullObject without overlap). */
  constructor(
    batch: Batch,
    private readonly ref: SheetRef,
    resolve: () => CellRange | null,
  ) {
    super(batch, 'Range', RANGE_PROPERTIES);
    batch.queue(() => {
      this.block = resolve();
      this.nullObject = this.block === null;
      this.setLoaded('isNullObject', this.nullObject);
    });
    this.format = new FakeRangeFormat(this);
  }

  protected override isNull(): boolean {
    return this.nullObject;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  getIntersectionOrNullObject(anotherRange: string): XRange {
    return new FakeRange(this.batch, this.ref, () => {
      if (this.nullObject) return null;
      const other = parseRangeA1(anotherRange);
      if (!other) throw new FakeOfficeError('InvalidArgument', `Bad address ${anotherRange}`);
      const { top, left, bottom, right } = this.box;
      const cut = {
        top: Math.max(top, other.top),
        left: Math.max(left, other.left),
        bottom: Math.min(bottom, other.bottom),
        right: Math.min(right, other.right),
      };
      return cut.top <= cut.bottom && cut.left <= cut.right ? cut : null;
    });
  }

  private get cellCount(): number {
    const { top, left, bottom, right } = this.box;
    return (bottom - top + 1) * (right - left + 1);
  }

  get sheet(): FakeSheet {
    return this.ref.get();
  }

  get box(): CellRange {
    if (!this.block) throw new Error('fake: range used before the call creating it ran');
    return this.block;
  }

  /** Queues a write: refused on a protected sheet, logged otherwise. */
  write(what: string, change: () => void): void {
    this.batch.queue(() => {
      if (this.sheet.protected)
        throw new FakeOfficeError('AccessDenied', `Sheet ${this.sheet.name} is protected.`);
      this.batch.book.refuse(what);
      change();
      this.batch.book.log(this.sheet, this.box, what);
    });
  }

  private map<T>(read: (row: number, col: number) => T): T[][] {
    const { top, left, bottom, right } = this.box;
    return Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => read(top + r, left + c)),
    );
  }

  private each(
    data: readonly (readonly unknown[])[],
    apply: (row: number, col: number, value: unknown) => void,
  ): void {
    const { top, left, bottom, right } = this.box;
    if (data.length !== bottom - top + 1 || data.some((row) => row.length !== right - left + 1))
      throw new FakeOfficeError('InvalidArgument', 'The 2-D array does not match the range.');
    data.forEach((row, r) => row.forEach((value, c) => apply(top + r, left + c, value)));
  }

  private read(property: string): unknown {
    const { top, left, bottom, right } = this.box;
    const cells = ['values', 'text', 'numberFormat', 'formulas', 'valueTypes'];
    if (cells.includes(property) && this.cellCount > CELL_LIMIT) return null;
    switch (property) {
      case 'address':
        return `${quoteSheet(this.sheet.name)}!${this.blockText()}`;
      case 'rowIndex':
        return top;
      case 'columnIndex':
        return left;
      case 'rowCount':
        return bottom - top + 1;
      case 'columnCount':
        return right - left + 1;
      case 'values':
        return this.map((r, c) => this.sheet.get(r, c).value ?? '');
      case 'text':
        return this.map((r, c) => this.sheet.get(r, c).text);
      case 'numberFormat':
        return this.map((r, c) => this.sheet.get(r, c).format);
      case 'formulas':
        return this.map((r, c) => this.sheet.get(r, c).formula ?? this.sheet.get(r, c).value ?? '');
      default:
        return this.map((r, c) => VALUE_TYPES[this.sheet.get(r, c).kind]);
    }
  }

  private blockText(): string {
    const { top, left, bottom, right } = this.box;
    const start = `${columnLetter(left)}${top + 1}`;
    return top === bottom && left === right
      ? start
      : `${start}:${columnLetter(right)}${bottom + 1}`;
  }

  private changed(): void {
    const address = this.blockText();
    this.batch.book.queueEvent(
      this.sheet,
      this.batch.features.triggerSource
        ? { address, triggerSource: 'ThisLocalAddin' }
        : { address },
    );
  }

  get address(): string {
    return this.loaded('address');
  }
  get rowIndex(): number {
    return this.loaded('rowIndex');
  }
  get columnIndex(): number {
    return this.loaded('columnIndex');
  }
  get rowCount(): number {
    return this.loaded('rowCount');
  }
  get columnCount(): number {
    return this.loaded('columnCount');
  }
  get text(): string[][] {
    return this.loaded('text');
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.loaded('valueTypes');
  }

  get values(): unknown[][] {
    return this.loaded('values');
  }
  set values(data: unknown[][]) {
    this.batch.request(bytesOf(data));
    this.write('values', () => {
      this.each(data, (r, c, value) => {
        const cell = this.sheet.get(r, c);
        const input = typeof value === 'string' && value.startsWith('=') ? null : value;
        this.sheet.update(
          r,
          c,
          input === null && typeof value === 'string'
            ? FakeWorkbook.withFormula(this.sheet, r, c, value)
            : FakeWorkbook.interpret(input, cell.format),
        );
      });
      this.changed();
    });
  }

  get formulas(): unknown[][] {
    return this.loaded('formulas');
  }
  set formulas(data: unknown[][]) {
    this.batch.request(bytesOf(data));
    this.write('formulas', () => {
      this.each(data, (r, c, value) => {
        const cell = this.sheet.get(r, c);
        this.sheet.update(
          r,
          c,
          typeof value === 'string' && value.startsWith('=')
            ? FakeWorkbook.withFormula(this.sheet, r, c, value)
            : FakeWorkbook.interpret(value, cell.format),
        );
      });
      this.changed();
    });
  }

  get numberFormat(): unknown[][] {
    return this.loaded('numberFormat');
  }
  set numberFormat(data: unknown[][]) {
    this.batch.request(bytesOf(data));
    this.write('numberFormat', () =>
      this.each(data, (r, c, format) => this.sheet.update(r, c, { format: String(format) })),
    );
  }

  load(propertyNames: string): XRange {
    this.queueLoad(propertyNames, (property) => this.read(property));
    return this;
  }

  select(): void {
    this.batch.queue(() => {
      this.batch.book.selection = { sheet: this.sheet.name, address: this.blockText() };
      this.batch.book.log(this.sheet, this.box, 'select');
    });
  }

  getCellProperties(
    options: Excel.CellPropertiesLoadOptions,
  ): XClientResult<Excel.CellProperties[][]> {
    const wanted = options.format?.fill;
    if (!wanted || Object.keys(options).some((key) => key !== 'format'))
      throw new Error('fake: getCellProperties fakes format.fill only');
    const result = new FakeClientResult<Excel.CellProperties[][]>(this.batch);
    this.batch.queue(() =>
      result.set(
        this.nullObject
          ? []
          : this.map((r, c) => {
              const fill = this.sheet.get(r, c).fill;
              const out: Excel.CellPropertiesFill = {};
              if (wanted.color) out.color = fill.color;
              if (wanted.pattern) out.pattern = fill.pattern;
              if (wanted.patternColor && fill.patternColor !== undefined)
                out.patternColor = fill.patternColor;
              if (wanted.tintAndShade) out.tintAndShade = fill.tintAndShade;
              if (wanted.patternTintAndShade) out.patternTintAndShade = fill.patternTintAndShade;
              return { format: { fill: out } };
            }),
      ),
    );
    return result;
  }

  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.batch.request(bytesOf(data));
    this.write('cellProperties', () =>
      this.each(data, (r, c, value) => {
        const properties = value as Excel.SettableCellProperties;
        const fill = properties.format?.fill;
        if (fill)
          this.sheet.update(r, c, {
            fill: { ...this.sheet.get(r, c).fill, pattern: 'Solid', ...fill },
          });
        if (properties.hyperlink) this.sheet.update(r, c, { hyperlink: properties.hyperlink });
      }),
    );
  }

  getColumnProperties(
    options: Excel.ColumnPropertiesLoadOptions,
  ): XClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>(this.batch);
    this.batch.queue(() => {
      const { left, right } = this.box;
      result.set(
        Array.from({ length: right - left + 1 }, (_, i) => {
          const column: Excel.ColumnProperties = {};
          if (options.columnIndex) column.columnIndex = left + i;
          if (options.columnHidden) column.columnHidden = this.sheet.hiddenColumns.has(left + i);
          return column;
        }),
      );
    });
    return result;
  }

  getResizedRange(deltaRows: number, deltaColumns: number): XRange {
    return new FakeRange(this.batch, this.ref, () => {
      const { top, left, bottom, right } = this.box;
      return { top, left, bottom: bottom + deltaRows, right: right + deltaColumns };
    });
  }

  getMergedAreasOrNullObject(): XRangeAreas {
    return new FakeRangeAreas(this.batch, () => {
      if (!this.batch.features.mergedAreas)
        throw new FakeOfficeError('ApiNotFound', 'getMergedAreasOrNullObject is ExcelApi 1.13.');
      const { top, left, bottom, right } = this.box;
      const inside = this.sheet.merges.filter(
        (m) => m.top >= top && m.top <= bottom && m.left >= left && m.left <= right,
      );
      if (inside.length === 0) return null;
      if (inside.length > MERGED_AREAS_LIMIT)
        throw new FakeOfficeError(
          'GeneralException',
          `The range holds ${inside.length} merged areas, more than ${MERGED_AREAS_LIMIT}.`,
        );
      const name = quoteSheet(this.sheet.name);
      return inside
        .map(
          (m) =>
            `${name}!${columnLetter(m.left)}${m.top + 1}:${columnLetter(m.right)}${m.bottom + 1}`,
        )
        .join(',');
    });
  }
}

class FakeRangeAreas extends FakeObject implements XRangeAreas {
  private address_: string | null | undefined;

  constructor(batch: Batch, resolve: () => string | null) {
    super(batch, 'RangeAreas', ['address']);
    batch.queue(() => {
      this.address_ = resolve();
      this.setLoaded('isNullObject', this.address_ === null);
    });
  }

  protected override isNull(): boolean {
    return this.address_ === null;
  }

  get isNullObject(): boolean {
    return this.loaded('isNullObject');
  }

  get address(): string {
    if (this.isNullObject) throw new FakeOfficeError('InvalidObjectPath', 'Null object.');
    return this.loaded('address');
  }

  load(propertyNames: string): XRangeAreas {
    this.queueLoad(propertyNames, () => this.address_ ?? '');
    return this;
  }
}

class FakeRangeFormat implements XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;

  constructor(private readonly range: FakeRange) {
    this.fill = {
      clear: () =>
        range.write('clearFill', () =>
          this.eachCell((r, c) => range.sheet.update(r, c, { fill: NO_FILL })),
        ),
    };
    const eachCell = (apply: (r: number, c: number) => void) => this.eachCell(apply);
    this.font = {
      get bold(): boolean {
        throw notLoaded('RangeFont', 'bold');
      },
      set bold(value: boolean) {
        range.write('bold', () => eachCell((r, c) => range.sheet.update(r, c, { bold: value })));
      },
    };
  }

  private eachCell(apply: (row: number, col: number) => void): void {
    const { top, left, bottom, right } = this.range.box;
    for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) apply(r, c);
  }

  get columnWidth(): number {
    throw notLoaded('RangeFormat', 'columnWidth');
  }

  set columnWidth(points: number) {
    this.range.write('columnWidth', () => {
      const { left, right } = this.range.box;
      for (let c = left; c <= right; c += 1) this.range.sheet.columnWidths.set(c, points);
    });
  }
}

export function fakeContext(
  book: FakeWorkbook,
  counter: SyncCounter,
  features: FakeFeatures,
): XContext {
  return new Batch(book, counter, features);
}
