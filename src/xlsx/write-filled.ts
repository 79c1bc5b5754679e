/**
 * A FillPlan written into a copy of the package: the dashboard's planned cells and flags
 * patched into its sheet part, the styles they need appended, the report sheet written as a
 * part of its own (replacing the previous report), and the flags' record (flag-record.ts), by
 * which a later fill takes off the flags of an earlier one. Every other part is copied as
 * stored.
 */
import { sameSheetName } from '../core/sheet-name';
import type { CellFlag, CellWrite, FillPlan } from '../core/types';
import type { FlaggedCell } from './flag-record';
import { FLAG_RECORD_ID, FLAG_RECORD_NAMESPACE, FlagRecord, restoreOwnStyles } from './flag-record';
import type { XlsxPackage } from './package';
import { reportSheetXml } from './report-part';
import type { CellContent, SheetEditor } from './sheet-editor';
import type { StyleBook } from './style-book';
import { WorkbookError } from './workbook-error';
import { WorkbookPatch } from './workbook-patch';

/** Width, in characters, of a column the plan adds ("Atteinte objectif 2020"). */
export const ADDED_COLUMN_WIDTH = 16;

function contentOf(write: CellWrite): CellContent {
  return typeof write.value === 'number'
    ? { kind: 'number', value: write.value }
    : { kind: 'text', value: write.value };
}

function writeCell(sheet: SheetEditor, styles: StyleBook, write: CellWrite): void {
  let style = sheet.styleAt(write.row, write.col);
  // An added column's header looks like the header beside it.
  if (write.role === 'met_header' && !sheet.hasOwnStyle(write.row, write.col) && write.col > 0) {
    style = sheet.styleAt(write.row, write.col - 1);
  }
  if (write.format !== null) style = styles.withFormat(style, write.format);
  sheet.write(write.row, write.col, contentOf(write), style);
}

function flagCell(sheet: SheetEditor, styles: StyleBook, flag: CellFlag): FlaggedCell {
  const { row, col } = flag;
  const own = sheet.styleAt(row, col);
  const style = styles.withFill(own, flag.color);
  sheet.restyle(row, col, style);
  return {
    row,
    col,
    own,
    flag: style,
    ownPrint: styles.fingerprint(own),
    flagPrint: styles.fingerprint(style),
  };
}

function writeReport(patch: WorkbookPatch, plan: FillPlan): void {
  const { pkg, styles } = patch;
  const previous = pkg.sheets.find((sheet) => sameSheetName(sheet.name, plan.report.name));
  if (previous?.name === plan.sheet) {
    throw new WorkbookError(
      'not_saved',
      `the report would replace the dashboard sheet ${plan.sheet}`,
    );
  }
  const xml = reportSheetXml(
    plan.report,
    plan.sheet,
    { bold: styles.withFont('bold'), link: styles.withFont('link') },
    pkg.strict,
  );
  patch.putSheet(plan.report.name, xml, previous);
}

/**
 * The filled copy of the package, as bytes. The same package and plan always give the same
 * bytes; filling the result again with the plan it then gives changes nothing.
 */
export function writeFilled(pkg: XlsxPackage, plan: FillPlan): Uint8Array {
  const patch = new WorkbookPatch(pkg);
  const record = FlagRecord.of(pkg);
  const sheet = patch.sheet(plan.sheet);
  restoreOwnStyles(sheet, patch.styles, record.cells(plan.sheet));
  for (const write of plan.writes) writeCell(sheet, patch.styles, write);
  if (plan.addedMetColumn !== null)
    sheet.ensureColumnWidth(plan.addedMetColumn, ADDED_COLUMN_WIDTH);
  const flagged = plan.flags.map((flag) => flagCell(sheet, patch.styles, flag));
  writeReport(patch, plan);
  // A workbook never flagged gets no record; one that has a record keeps it up to date.
  if (record.stored || flagged.length > 0)
    patch.putCustomXml(
      FLAG_RECORD_NAMESPACE,
      FLAG_RECORD_ID,
      record.with(plan.sheet, flagged).toXml(),
    );
  return patch.toBytes();
}

/**
 * The package with the flags an earlier fill recorded taken off every sheet that still has
 * them, and its record emptied of those sheets; null when it records no flag.
 */
export function withoutRecordedFlags(pkg: XlsxPackage): Uint8Array | null {
  let record = FlagRecord.of(pkg);
  const sheets = record.sheetNames().filter((name) => pkg.worksheet(name) !== undefined);
  if (sheets.length === 0) return null;
  const patch = new WorkbookPatch(pkg);
  for (const name of sheets) {
    restoreOwnStyles(patch.sheet(name), patch.styles, record.cells(name));
    record = record.with(name, []);
  }
  patch.putCustomXml(FLAG_RECORD_NAMESPACE, FLAG_RECORD_ID, record.toXml());
  return patch.toBytes();
}
