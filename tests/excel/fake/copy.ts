/**
 * Worksheet.copy and renaming in the strict fake, as Excel does them: the copy takes every cell
 * (values, formats, formulas, fills), merges, hidden columns, widths and protection, is named
 * "<name> (2)" until renamed, and goes where it is asked; a protected workbook refuses both.
 */
import { FakeOfficeError } from './api';
import type { FakeSheet, FakeWorkbook } from './workbook';

export type CopyPosition = 'None' | 'Before' | 'After' | 'Beginning' | 'End';

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN = /[\\/?*[\]:]/;
const MAX_NAME = 31;

function refuseOnProtectedWorkbook(book: FakeWorkbook): void {
  if (book.structureProtected) throw new FakeOfficeError('AccessDenied', 'Workbook protected.');
}

function copyName(book: FakeWorkbook, name: string): string {
  for (let n = 2; ; n += 1) {
    const candidate = `${name} (${n})`;
    if (!book.sheet(candidate)) return candidate;
  }
}

export function copySheet(
  book: FakeWorkbook,
  source: FakeSheet,
  position: CopyPosition,
  relativeTo: FakeSheet | null,
): FakeSheet {
  refuseOnProtectedWorkbook(book);
  book.refuse('copySheet');
  if ((position === 'Before' || position === 'After') && relativeTo === null)
    throw new FakeOfficeError('InvalidArgument', 'relativeTo is needed before or after a sheet.');
  const copy = book.addGrid({
    sheet: copyName(book, source.name),
    rowCount: 0,
    colCount: 0,
    cells: [],
    merges: [],
    hiddenColumns: [],
  });
  for (const [key, cell] of source.cells) copy.cells.set(key, cell);
  for (const [key, cell] of source.computed) copy.computed.set(key, cell);
  for (const [col, width] of source.columnWidths) copy.columnWidths.set(col, width);
  copy.merges = source.merges.map((merge) => ({ ...merge }));
  copy.hiddenColumns = new Set(source.hiddenColumns);
  copy.protected = source.protected;
  book.sheets.splice(book.sheets.indexOf(copy), 1);
  const anchor = relativeTo === null ? -1 : book.sheets.indexOf(relativeTo);
  const at =
    position === 'After'
      ? anchor + 1
      : position === 'Before'
        ? anchor
        : position === 'End'
          ? book.sheets.length
          : 0;
  book.sheets.splice(at, 0, copy);
  book.log(copy, null, 'copySheet');
  return copy;
}

export function renameSheet(book: FakeWorkbook, sheet: FakeSheet, name: string): void {
  refuseOnProtectedWorkbook(book);
  if (name.trim() === '' || name.length > MAX_NAME || FORBIDDEN.test(name))
    throw new FakeOfficeError('InvalidArgument', `Bad sheet name ${name}.`);
  const other = book.sheet(name);
  if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', name);
  if (book.active === sheet.name) book.active = name;
  sheet.name = name;
  book.log(sheet, null, 'renameSheet');
}
