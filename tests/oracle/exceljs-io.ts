/**
 * Opening and saving workbooks with ExcelJS, for the tests (an independent reader of what the
 * file engine writes) and the sample generator. Saving is deterministic: the same workbook
 * gives the same bytes.
 */
import { Workbook } from 'exceljs';
import { stampZipEntries } from './zip-dates';

/** The date given to a workbook that carries none, so that saving it is deterministic. */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2020, 0, 1));

function isValidDate(date: unknown): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

export async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  // ExcelJS types its input as its own `Buffer`; at run time JSZip reads any Uint8Array.
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook;
}

/**
 * The workbook as .xlsx bytes. Its own created/modified dates are kept (a constant when it has
 * none) and every zip entry carries the modified date.
 */
export async function saveWorkbook(workbook: Workbook): Promise<Uint8Array> {
  if (!isValidDate(workbook.created)) workbook.created = FIXED_WORKBOOK_DATE;
  if (!isValidDate(workbook.modified)) workbook.modified = workbook.created;
  const written: unknown = await workbook.xlsx.writeBuffer();
  const bytes = written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
  return stampZipEntries(bytes, workbook.modified);
}
