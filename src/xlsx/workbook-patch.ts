/**
 * The general way to change a package: edit existing worksheets cell by cell, add a copy of a
 * worksheet, put a sheet or a custom XML part of one's own (replaced on each run), append
 * styles; then write the
 * bytes. Only the parts touched change; the fill (write-filled.ts), the year's rollover and the
 * consolidation all build on it.
 */
import { customXmlPath, customXmlProperties } from './custom-xml';
import type { SheetEntry, XlsxPackage } from './package';
import { PackageEditor } from './package-editor';
import { SheetEditor } from './sheet-editor';
import { StyleBook } from './style-book';
import { WorkbookError } from './workbook-error';
import { attributesOf, elements, firstElement, splice, withAttribute } from './xml-edit';

/**
 * Elements of a worksheet that point at other parts through relationships (drawings, notes,
 * tables, linked hyperlinks, printer settings): a copy made without those parts drops them.
 */
const RELATED_ELEMENTS =
  'drawing legacyDrawing legacyDrawingHF picture oleObjects controls tableParts'.split(' ');

/** A worksheet's XML as a copy of it can stand alone: no relationship to parts it lacks. */
function standalone(xml: string): string {
  let out = xml;
  for (const name of RELATED_ELEMENTS) {
    for (const span of elements(out, name).reverse()) out = splice(out, span.start, span.end, '');
  }
  for (const span of elements(out, 'hyperlink').reverse()) {
    if ([...attributesOf(span.tag).keys()].some((key) => key.endsWith(':id')))
      out = splice(out, span.start, span.end, '');
  }
  const links = firstElement(out, 'hyperlinks');
  if (links && elements(links.inner, 'hyperlink').length === 0)
    out = splice(out, links.start, links.end, '');
  const setup = firstElement(out, 'pageSetup');
  if (setup) {
    const id = [...attributesOf(setup.tag).keys()].find((key) => key.endsWith(':id'));
    if (id) out = splice(out, setup.start, setup.end, withAttribute(setup.tag, id, null));
  }
  for (const view of elements(out, 'sheetView').reverse()) {
    const tag = withAttribute(view.tag, 'tabSelected', null);
    out = splice(out, view.start, view.start + view.tag.length, tag);
  }
  return out;
}

interface EditedSheet {
  readonly path: string;
  readonly editor: SheetEditor;
}

export class WorkbookPatch {
  readonly editor: PackageEditor;
  readonly styles: StyleBook;
  private readonly stylesPath: string;
  private readonly edited = new Map<string, EditedSheet>();
  private readonly copies: { source: SheetEntry; name: string; editor: SheetEditor }[] = [];

  constructor(readonly pkg: XlsxPackage) {
    this.editor = new PackageEditor(pkg);
    const stylesPath = pkg.workbookPart('styles');
    if (stylesPath === null)
      throw new WorkbookError('not_saved', 'the workbook has no styles part');
    this.stylesPath = stylesPath;
    this.styles = new StyleBook(pkg.text(stylesPath));
  }

  /** The worksheet of that exact name. */
  worksheet(name: string): SheetEntry & { path: string } {
    const sheet = this.pkg.worksheet(name);
    if (!sheet?.path) throw new WorkbookError('not_saved', `no worksheet ${name}`);
    return { ...sheet, path: sheet.path };
  }

  /** The editor of an existing worksheet's cells (one per sheet). */
  sheet(name: string): SheetEditor {
    const { path } = this.worksheet(name);
    let edited = this.edited.get(path);
    if (!edited) {
      edited = { path, editor: new SheetEditor(this.pkg.text(path), this.pkg.placesOf(name)) };
      this.edited.set(path, edited);
    }
    return edited.editor;
  }

  /**
   * A new worksheet `name`, a copy of `source` (layout, formats, merges, widths, validations,
   * conditional formats) without the parts it relates to (drawings, notes, tables), placed
   * right after it. Returns the copy's editor.
   */
  addSheetCopy(source: string, name: string): SheetEditor {
    const entry = this.worksheet(source);
    const editor = new SheetEditor(standalone(this.pkg.text(entry.path)));
    this.copies.push({ source: entry, name, editor });
    return editor;
  }

  /** A sheet of one's own (a report): replaces the sheet `previous` when given, else added at the end. */
  putSheet(name: string, xml: string, previous: SheetEntry | undefined): void {
    if (previous?.path) this.editor.replaceWorksheet(previous, name, xml);
    else this.editor.addWorksheet(name, xml, { after: null });
  }

  /** A custom XML part of one's own, found by its namespace: replaced when there, else added. */
  putCustomXml(namespace: string, itemId: string, xml: string): void {
    const path = customXmlPath(this.pkg, namespace);
    if (path !== null) this.editor.set(path, xml);
    else this.editor.addCustomXml(xml, customXmlProperties(itemId, namespace, this.pkg.strict));
  }

  /** The package's new bytes. */
  toBytes(): Uint8Array {
    let removedFormulas = false;
    for (const { path, editor } of this.edited.values()) {
      if (editor.changed) this.editor.set(path, editor.toXml());
      removedFormulas ||= editor.removedFormulas;
    }
    for (const copy of this.copies) {
      this.editor.addWorksheet(copy.name, copy.editor.toXml(), { after: copy.source });
    }
    // The chain must not name cells that lost their formula, and should name every formula:
    // a copied sheet's formulas are in no chain. Excel rebuilds it.
    if (removedFormulas || this.copies.length > 0) this.editor.dropCalcChain();
    const styles = this.styles.toXml();
    if (styles !== null) this.editor.set(this.stylesPath, styles);
    return this.editor.toBytes();
  }
}
