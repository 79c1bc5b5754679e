/**
 * Why a file could not be opened or written as a workbook. The file engine (src/xlsx) raises
 * these codes; the engine names them too, because a consolidation row carries the reason its
 * file was unusable. The command line and the browser preview turn the code into a sentence in
 * the user's language (src/i18n).
 */
export type WorkbookErrorCode =
  /** Not a zip, or a zip without a workbook in it (a text file, a .docx renamed .xlsx). */
  | 'not_a_workbook'
  /** An OLE compound file holding an encrypted package: a workbook protected by a password. */
  | 'encrypted'
  /** An OLE compound file without an encrypted package: an Excel 97-2003 .xls. */
  | 'legacy_xls'
  /** An OpenDocument spreadsheet (.ods), from LibreOffice or OpenOffice. */
  | 'ods'
  /** An Excel binary workbook (.xlsb). */
  | 'xlsb'
  /** A cut or damaged archive, or a part whose XML is not well formed. */
  | 'damaged'
  /** A part that inflates beyond the engine's limits (a zip bomb, or a workbook far too large). */
  | 'too_large'
  /** XML with a document type declaration or entities: refused, never expanded. */
  | 'unsafe_xml'
  /** The filled or rolled-over copy could not be produced. */
  | 'not_saved';
