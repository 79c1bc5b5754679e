/**
 * The file engine: .xlsx and .xlsm packages read into grids, and filled copies written by
 * patching the package (design.md §1). Bytes in, bytes out: no file system, Node or DOM API.
 */
export { openPackage, asWorkbookError, XlsxPackage, contentTypeOf, CONTENT_TYPES } from './package';
export type { ContentTypes, OpenOptions, SheetEntry, SheetState } from './package';
export type { Relationship } from './relationships';
export { relsPathOf, resolveTarget } from './relationships';
export type { ColumnSpec, RawCell, RawFormula, SheetScan } from './sheet-scan';
export { cellPosition, rangePosition } from './sheet-scan';
export type { CellStyles } from './styles';
export { shiftFormula } from './formula-shift';
export { WorkbookError } from './workbook-error';
export type { WorkbookErrorCode } from './workbook-error';
export { DEFAULT_LIMITS } from './zip-read';
export type { InflateLimits, ZipEntry } from './zip-read';
export { escapeXml } from './xml';
export { ADDED_COLUMN_WIDTH, withoutRecordedFlags, writeFilled } from './write-filled';
export { linkFormula } from './report-part';
export { WorkbookPatch } from './workbook-patch';
export type { CellContent, SheetEditor } from './sheet-editor';
export type { StyleBook } from './style-book';
export { WORKSHEET_CHILDREN } from './worksheet-order';
export { crc32, FFLATE_CODEC } from './codec';
export type { Codec } from './codec';
