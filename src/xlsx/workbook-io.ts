/** Opening and saving .xlsx bytes with ExcelJS; no file system here (the browser uses it too). */
import { Workbook } from 'exceljs';
import { WorkbookError } from './workbook-error';
import { stampZipEntries } from './zip-dates';

/** The date given to a workbook that carries none, so that saving it is deterministic. */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2020, 0, 1));

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOleFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function asBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

function isValidDate(date: unknown): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = asBytes(data);
  if (isOleFile(bytes)) throw new WorkbookError('legacy_xls', 'OLE compound file');
  const workbook = new Workbook();
  try {
    // ExcelJS types its input as its own `Buffer` (an ArrayBuffer); at run time it hands the
    // bytes to JSZip, which reads any Uint8Array (the browser preview has no Node Buffer).
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookError(
      'not_a_workbook',
      error instanceof Error ? error.message : String(error),
    );
  }
  if (workbook.worksheets.length === 0) {
    throw new WorkbookError('not_a_workbook', 'no worksheet in the archive');
  }
  return workbook;
}

/**
 * The workbook as .xlsx bytes. Its own created/modified dates are kept (a constant when it has
 * none) and every zip entry carries the modified date: the same workbook gives the same bytes.
 */
export async function saveWorkbook(workbook: Workbook): Promise<Uint8Array> {
  if (!isValidDate(workbook.created)) workbook.created = FIXED_WORKBOOK_DATE;
  if (!isValidDate(workbook.modified)) workbook.modified = workbook.created;
  let written: unknown;
  try {
    written = await workbook.xlsx.writeBuffer();
  } catch (error) {
    throw new WorkbookError('not_saved', error instanceof Error ? error.message : String(error));
  }
  // A Node Buffer under Node, the `buffer` package's Uint8Array in the browser.
  const bytes = written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
  return stampZipEntries(bytes, workbook.modified);
}
