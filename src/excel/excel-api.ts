/**
 * The part of the Excel JavaScript API the gateway uses, with the types of @types/office-js.
 * The gateway is written against these interfaces only: Excel's own objects satisfy them (host.ts
 * hands an Excel.RequestContext over as an XContext, which the compiler checks), and so does the
 * strict fake of tests/excel/fake. A member missing here is a member the gateway does not use.
 *
 * Requirement sets, checked against the API reference (each member's "API set" remark):
 * - ExcelApi 1.1: Excel.run, context.sync, worksheets.getItem / getActiveWorksheet / add / items,
 *   worksheet.name / visibility (read) / activate / delete / getRange, range.address / rowIndex /
 *   columnIndex / rowCount / columnCount / values / text / numberFormat / formulas / valueTypes /
 *   select, format.fill.clear, format.font.bold.
 * - ExcelApi 1.2: worksheet.getUsedRange(valuesOnly), worksheet.protection.protected,
 *   format.columnWidth, range.getResizedRange.
 * - ExcelApi 1.4: range.getIntersectionOrNullObject, isNullObject.
 * - ExcelApi 1.5: workbook.customXmlParts (add, getByNamespace with its getCount, items and
 *   getOnlyItemOrNullObject; customXmlPart.getXml, setXml, delete): the add-in's records,
 *   saved in the workbook file.
 * - ExcelApi 1.7: worksheet.getRangeByIndexes, worksheet.onChanged (WorksheetChangedEventArgs
 *   .address), workbook.protection.protected.
 * - ExcelApi 1.9 (the manifest's minimum): range.getCellProperties and setCellProperties (fills,
 *   hyperlinks), range.getColumnProperties (hidden columns), RangeAreas.address,
 *   workbook.getSelectedRanges (a selection of several areas, where getSelectedRange throws).
 * - Not used: application.suspendApiCalculationUntilNextSync (ExcelApi 1.6). Formulas that
 *   depend on the Moyenne would stay stale after the write until a recalculation, and the
 *   write is a handful of 2-D calls, so suspending calculation gains nothing.
 * - Not used: workbook.use1904DateSystem, which is only in Excel's preview API (no requirement
 *   set yet): the grid's date1904 is left unset (1900 dates) in Excel.
 * - ExcelApi 1.7, gated with isSetSupported for "Préparer <N+1>": worksheet.copy (the reference
 *   gives 1.7, not 1.10); worksheet.name is settable since 1.1.
 * - Gated with isSetSupported: ExcelApi 1.13 range.getMergedAreasOrNullObject (without it,
 *   recognition reads section names carried down blank cells); ExcelApi 1.14
 *   WorksheetChangedEventArgs.triggerSource (without it, the gateway recognises its own writes by
 *   their addresses).
 * - Office common API: document.settings (Settings 1.1: get, set, remove, saveAsync,
 *   refreshAsync), context.requirements.isSetSupported, context.displayLanguage, and, for the
 *   ribbon command's notice, ui.displayDialogAsync and ui.messageParent (DialogApi 1.1).
 */

export interface XClientResult<T> {
  readonly value: T;
}

/** What can be synced: the context, or an event handler's context. */
export interface XSyncContext {
  sync(): Promise<void>;
}

export interface XContext extends XSyncContext {
  readonly workbook: XWorkbook;
}

export interface XWorkbook {
  readonly worksheets: XWorksheetCollection;
  readonly protection: XWorkbookProtection;
  readonly customXmlParts: XCustomXmlPartCollection;
  getSelectedRanges(): XRangeAreas;
}

export interface XCustomXmlPartCollection {
  add(xml: string): XCustomXmlPart;
  getByNamespace(namespaceUri: string): XCustomXmlPartScopedCollection;
}

export interface XCustomXmlPartScopedCollection {
  readonly items: XCustomXmlPart[];
  load(propertyNames: string): XCustomXmlPartScopedCollection;
  getCount(): XClientResult<number>;
  getOnlyItemOrNullObject(): XCustomXmlPart;
}

export interface XCustomXmlPart {
  readonly isNullObject: boolean;
  load(propertyNames: string): XCustomXmlPart;
  getXml(): XClientResult<string>;
  setXml(xml: string): void;
  delete(): void;
}

export interface XWorkbookProtection {
  readonly protected: boolean;
  load(propertyNames: string): XWorkbookProtection;
}

export interface XWorksheetCollection {
  readonly items: XWorksheet[];
  load(propertyNames: string): XWorksheetCollection;
  getItem(key: string): XWorksheet;
  getActiveWorksheet(): XWorksheet;
  add(name?: string): XWorksheet;
}

export type SheetVisibility = Excel.Worksheet['visibility'];

export interface XWorksheet {
  name: string;
  readonly visibility: SheetVisibility;
  readonly protection: XWorksheetProtection;
  readonly onChanged: XEventHandlers;
  load(propertyNames: string): XWorksheet;
  activate(): void;
  delete(): void;
  getRange(address?: string): XRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): XRange;
  getUsedRange(valuesOnly?: boolean): XRange;
  copy(
    positionType?: 'None' | 'Before' | 'After' | 'Beginning' | 'End',
    relativeTo?: XWorksheet,
  ): XWorksheet;
}

export interface XWorksheetProtection {
  readonly protected: boolean;
  load(propertyNames: string): XWorksheetProtection;
}

/** A value Excel accepts in a 2-D `values` or `formulas` write. */
export type CellInput = string | number | boolean;

export interface XRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: Excel.Range['values'];
  readonly text: Excel.Range['text'];
  numberFormat: Excel.Range['numberFormat'];
  formulas: Excel.Range['formulas'];
  readonly valueTypes: Excel.Range['valueTypes'];
  readonly format: XRangeFormat;
  load(propertyNames: string): XRange;
  select(): void;
  getCellProperties(
    options: Excel.CellPropertiesLoadOptions,
  ): XClientResult<Excel.CellProperties[][]>;
  setCellProperties(data: Excel.SettableCellProperties[][]): void;
  getColumnProperties(
    options: Excel.ColumnPropertiesLoadOptions,
  ): XClientResult<Excel.ColumnProperties[]>;
  getMergedAreasOrNullObject(): XRangeAreas;
  getResizedRange(deltaRows: number, deltaColumns: number): XRange;
  getIntersectionOrNullObject(anotherRange: string): XRange;
  readonly isNullObject: boolean;
}

export interface XRangeAreas {
  readonly address: string;
  readonly isNullObject: boolean;
  load(propertyNames: string): XRangeAreas;
}

export interface XRangeFormat {
  readonly fill: XRangeFill;
  readonly font: XRangeFont;
  columnWidth: number;
}

export interface XRangeFill {
  clear(): void;
}

export interface XRangeFont {
  bold: boolean;
}

/** The part of WorksheetChangedEventArgs the gateway reads; triggerSource is ExcelApi 1.14. */
export interface XChangedArgs {
  readonly address: string;
  readonly triggerSource?: Excel.WorksheetChangedEventArgs['triggerSource'];
}

export interface XEventHandlers {
  add(handler: (args: XChangedArgs) => Promise<void>): XEventHandlerResult;
}

export interface XEventHandlerResult {
  readonly context: XSyncContext;
  remove(): void;
}
