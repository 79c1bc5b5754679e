/**
 * A FillPlan written into a copy of the package: the dashboard's planned cells and flags
 * patched into its sheet part, the styles they need appended, the report sheet written as a
 * part of its own (replacing the previous report). Every other part is copied as stored.
 */
import { sameSheetName } from '../core/sheet-name';
import type { CellWrite, FillPlan } from '../core/types';
import type { SheetEntry, XlsxPackage } from './package';
import { PackageEditor } from './package-editor';
import { reportSheetXml } from './report-part';
import type { CellContent } from './sheet-editor';
import { SheetEditor } from './sheet-editor';
import { StyleBook } from './style-book';
import { WorkbookError } from './workbook-error';

/** Width, in characters, of a column the plan adds ("Atteinte objectif 2020"). */
export const ADDED_COLUMN_WIDTH = 16;

/** A cell's style: index into the workbook's cell styles (xfs). */
export interface CellStyle {
  readonly row: number;
  readonly col: number;
  readonly style: number;
}

function dashboardOf(pkg: XlsxPackage, name: string): SheetEntry & { path: string } {
  const sheet = pkg.worksheet(name);
  if (!sheet?.path) throw new WorkbookError('not_saved', `no worksheet ${name}`);
  return { ...sheet, path: sheet.path };
}

/** The dashboard's sheet, its styles and the package, edited together. */
class FillEdit {
  readonly editor: PackageEditor;
  readonly sheet: SheetEditor;
  readonly styles: StyleBook;
  private readonly stylesPath: string;

  constructor(
    readonly pkg: XlsxPackage,
    readonly dashboard: SheetEntry & { path: string },
  ) {
    this.editor = new PackageEditor(pkg);
    this.sheet = new SheetEditor(pkg.text(dashboard.path));
    const stylesPath = pkg.workbookPart('styles');
    if (stylesPath === null)
      throw new WorkbookError('not_saved', 'the workbook has no styles part');
    this.stylesPath = stylesPath;
    this.styles = new StyleBook(pkg.text(stylesPath));
  }

  finish(): Uint8Array {
    if (this.sheet.changed) this.editor.set(this.dashboard.path, this.sheet.toXml());
    if (this.sheet.removedFormulas) this.editor.dropCalcChain();
    const styles = this.styles.toXml();
    if (styles !== null) this.editor.set(this.stylesPath, styles);
    return this.editor.toBytes();
  }
}

function contentOf(write: CellWrite): CellContent {
  return typeof write.value === 'number'
    ? { kind: 'number', value: write.value }
    : { kind: 'text', value: write.value };
}

function writeCell(edit: FillEdit, write: CellWrite): void {
  const { sheet, styles } = edit;
  let style = sheet.styleAt(write.row, write.col);
  // An added column's header looks like the header beside it.
  if (write.role === 'met_header' && !sheet.hasOwnStyle(write.row, write.col) && write.col > 0) {
    style = sheet.styleAt(write.row, write.col - 1);
  }
  if (write.format !== null) style = styles.withFormat(style, write.format);
  sheet.write(write.row, write.col, contentOf(write), style);
}

function writeReport(edit: FillEdit, plan: FillPlan): void {
  const { pkg, styles, editor } = edit;
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
  if (previous?.path) editor.replaceWorksheet(previous, plan.report.name, xml);
  else editor.addWorksheet(plan.report.name, xml, edit.dashboard);
}

/**
 * The filled copy of the package, as bytes. The same package and plan always give the same
 * bytes; filling the result again with the plan it then gives changes nothing.
 */
export function writeFilled(pkg: XlsxPackage, plan: FillPlan): Uint8Array {
  const edit = new FillEdit(pkg, dashboardOf(pkg, plan.sheet));
  for (const write of plan.writes) writeCell(edit, write);
  if (plan.addedMetColumn !== null)
    edit.sheet.ensureColumnWidth(plan.addedMetColumn, ADDED_COLUMN_WIDTH);
  for (const flag of plan.flags) {
    const base = edit.sheet.styleAt(flag.row, flag.col);
    edit.sheet.restyle(flag.row, flag.col, edit.styles.withFill(base, flag.color));
  }
  writeReport(edit, plan);
  return edit.finish();
}

/** The style of each cell, as the sheet shows it (its own, its row's or its column's). */
export function cellStyles(
  pkg: XlsxPackage,
  sheet: string,
  cells: readonly { row: number; col: number }[],
): CellStyle[] {
  const editor = new SheetEditor(pkg.text(dashboardOf(pkg, sheet).path));
  return cells.map(({ row, col }) => ({ row, col, style: editor.styleAt(row, col) }));
}

/** The package with some cells of one sheet given other styles (a flag's, or their own back). */
export function restyleCells(
  pkg: XlsxPackage,
  sheet: string,
  styles: readonly CellStyle[],
): Uint8Array {
  const edit = new FillEdit(pkg, dashboardOf(pkg, sheet));
  for (const { row, col, style } of styles) edit.sheet.restyle(row, col, style);
  return edit.finish();
}
