/**
 * Why a file could not be opened or saved as a workbook. The command line and the browser
 * preview turn the code into a sentence in the user's language (src/i18n/cli.ts).
 */
export type WorkbookErrorCode =
  /** Not a zip, or a zip without a workbook in it (a text file, a .docx renamed .xlsx). */
  | 'not_a_workbook'
  /** An OLE compound file: an Excel 97-2003 .xls, or an .xlsx encrypted with a password. */
  | 'legacy_or_encrypted'
  /** ExcelJS could not write the workbook back. */
  | 'not_saved';

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WorkbookError';
  }
}
