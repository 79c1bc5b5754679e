/**
 * Changes to a package, kept as part texts until written: parts replaced, added or removed,
 * and the few entries that tie a sheet part in (its `<sheet>` in the workbook, its
 * relationship, its content type, its title in `docProps/app.xml`). Every part not changed is
 * copied as stored.
 */
import type { SheetEntry, XlsxPackage } from './package';
import { CONTENT_TYPES, contentTypeOf } from './package';
import { relsPathOf } from './relationships';
import { escapeXml } from './xml';
import { attributesOf, elements, firstElement, prefixOf, splice, withAttribute } from './xml-edit';
import type { OutEntry } from './zip-write';
import { writeZip } from './zip-write';
import { WorkbookError } from './workbook-error';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const XML_TYPE = 'application/xml';
const CUSTOM_XML_PROPERTIES_TYPE =
  'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const PACKAGE_RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RELATIONSHIPS_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** The target of a relationship from `source` to `path`: relative to the source's folder. */
function relativeTarget(source: string, path: string): string {
  const from = source.split('/').slice(0, -1);
  const to = path.split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/');
}

/** `xml` with `text` inserted right before the closing tag of its first `name` element. */
function appendTo(xml: string, name: string, text: string): string {
  const span = firstElement(xml, name);
  if (!span) throw new WorkbookError('damaged', `no ${name} element`);
  if (span.selfClosing) {
    const close = `</${prefixOf(span.tag)}${name}>`;
    return splice(xml, span.start, span.end, `${span.tag.replace(/\/>$/, '>')}${text}${close}`);
  }
  const at = span.end - `</${prefixOf(span.tag)}${name}>`.length;
  return splice(xml, at, at, text);
}

/** `xml` without the first `name` element whose attribute `key` is `value`. */
function removeWhere(
  xml: string,
  name: string,
  key: string,
  value: (v: string) => boolean,
): string {
  const span = elements(xml, name).find((candidate) =>
    value(attributesOf(candidate.tag).get(key) ?? ''),
  );
  return span ? splice(xml, span.start, span.end, '') : xml;
}

/**
 * The workbook with a `<sheet>` element inserted after the one of `after` (at the end when
 * null); indices that count sheets (localSheetId, activeTab, firstSheet) move past it.
 */
function insertSheet(workbook: string, element: string, after: SheetEntry | null): string {
  const sheets = elements(workbook, 'sheet');
  const index =
    after === null ? -1 : sheets.findIndex((s) => attributesOf(s.tag).get('name') === after.name);
  if (index < 0 || index === sheets.length - 1) return appendTo(workbook, 'sheets', element);
  const position = index + 1;
  let out = splice(workbook, sheets[index].end, sheets[index].end, element);
  out = out.replace(
    /(\s(?:localSheetId|activeTab|firstSheet)=")(\d+)"/g,
    (match, lead: string, value: string) =>
      Number(value) >= position ? `${lead}${Number(value) + 1}"` : match,
  );
  return out;
}

export class PackageEditor {
  private readonly texts = new Map<string, string>();
  private readonly removed = new Set<string>();
  /** Parts added, in the order they were added. */
  private readonly added: string[] = [];

  constructor(readonly pkg: XlsxPackage) {}

  private key(path: string): string {
    return path.toLowerCase();
  }

  exists(path: string): boolean {
    const key = this.key(path);
    if (this.removed.has(key)) return false;
    return this.texts.has(key) || this.pkg.has(path);
  }

  text(path: string): string {
    return this.texts.get(this.key(path)) ?? this.pkg.text(path);
  }

  set(path: string, text: string): void {
    const key = this.key(path);
    if (!this.pkg.has(path) && !this.texts.has(key)) this.added.push(path);
    this.removed.delete(key);
    this.texts.set(key, text);
  }

  remove(path: string): void {
    const key = this.key(path);
    this.texts.delete(key);
    this.removed.add(key);
  }

  private get workbookRels(): string {
    return relsPathOf(this.pkg.workbookPath);
  }

  /** The package's part of a root relationship kind ("extended-properties" is docProps/app.xml). */
  private rootPart(kind: string): string | null {
    const rel = this.pkg.relationshipsOf('').find((candidate) => candidate.kind === kind);
    return rel?.path && this.pkg.has(rel.path) ? rel.path : null;
  }

  /** Replaces a sheet's part with a worksheet, renaming the sheet when its name differs. */
  replaceWorksheet(sheet: SheetEntry, name: string, xml: string): void {
    if (!sheet.path) throw new WorkbookError('damaged', `sheet ${sheet.name} has no part`);
    this.set(sheet.path, xml);
    const rels = relsPathOf(sheet.path);
    if (this.exists(rels)) this.remove(rels);
    if (sheet.kind !== 'worksheet') {
      this.setWorksheetType(sheet);
    }
    if (sheet.name !== name) this.renameSheet(sheet, name);
  }

  private setWorksheetType(sheet: SheetEntry): void {
    const type = this.worksheetRelationshipType();
    let rels = this.text(this.workbookRels);
    const span = elements(rels, 'Relationship').find(
      (rel) => attributesOf(rel.tag).get('Id') === sheet.rId,
    );
    if (span) rels = splice(rels, span.start, span.end, withAttribute(span.tag, 'Type', type));
    this.set(this.workbookRels, rels);
    this.setContentType(sheet.path ?? '', WORKSHEET_TYPE);
  }

  private renameSheet(sheet: SheetEntry, name: string): void {
    let workbook = this.text(this.pkg.workbookPath);
    const span = elements(workbook, 'sheet').find(
      (candidate) => attributesOf(candidate.tag).get('name') === sheet.name,
    );
    if (span)
      workbook = splice(workbook, span.start, span.end, withAttribute(span.tag, 'name', name));
    this.set(this.pkg.workbookPath, workbook);
    const app = this.rootPart('extended-properties');
    if (!app) return;
    const xml = this.text(app);
    const titles = firstElement(xml, 'TitlesOfParts');
    const title = titles
      ? elements(xml, 'lpstr', titles.innerStart, titles.end).find(
          (t) => t.inner === escapeXml(sheet.name),
        )
      : undefined;
    if (title)
      this.set(
        app,
        splice(xml, title.innerStart, title.innerStart + title.inner.length, escapeXml(name)),
      );
  }

  private worksheetRelationshipType(): string {
    const rel = this.pkg.workbookRelationships.find((candidate) => candidate.kind === 'worksheet');
    return (
      rel?.type ?? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet'
    );
  }

  private setContentType(path: string, type: string): void {
    let types = this.text(CONTENT_TYPES);
    const partName = `/${path}`;
    types = removeWhere(
      types,
      'Override',
      'PartName',
      (value) => value.toLowerCase() === partName.toLowerCase(),
    );
    const p = prefixOf(firstElement(types, 'Types')?.tag ?? '');
    this.set(
      CONTENT_TYPES,
      appendTo(
        types,
        'Types',
        `<${p}Override PartName="${escapeXml(partName)}" ContentType="${type}"/>`,
      ),
    );
  }

  /**
   * Adds a worksheet in a part of its own, right after the sheet `after`, or at the end of the
   * tabs when null. Sheet-scoped names and the active tab of later sheets follow their sheet.
   */
  addWorksheet(name: string, xml: string, placement: { readonly after: SheetEntry | null }): void {
    const { after } = placement;
    const model = after?.path ?? this.pkg.worksheets()[0]?.path ?? 'xl/worksheets/sheet1.xml';
    const folder = model.replace(/[^/]*$/, '');
    let n = 1;
    while (this.exists(`${folder}sheet${n}.xml`)) n++;
    const path = `${folder}sheet${n}.xml`;
    this.set(path, xml);
    this.setContentType(path, WORKSHEET_TYPE);
    const base = this.pkg.workbookPath.replace(/[^/]*$/, '');
    const target = path.startsWith(base) ? path.slice(base.length) : `/${path}`;
    const rId = this.addRelationship(
      this.pkg.workbookPath,
      this.worksheetRelationshipType(),
      target,
    );

    const workbook = this.text(this.pkg.workbookPath);
    const root = firstElement(workbook, 'workbook');
    const rootAttributes = root ? attributesOf(root.tag) : new Map<string, string>();
    const declared = [...rootAttributes.entries()].find(
      ([key, value]) => key.startsWith('xmlns:') && RELATIONSHIPS_NS.includes(value),
    );
    const r = declared ? declared[0].slice('xmlns:'.length) : 'r';
    const declaration = declared
      ? ''
      : ` xmlns:r="${this.pkg.strict ? RELATIONSHIPS_NS[1] : RELATIONSHIPS_NS[0]}"`;
    const sheetId = Math.max(0, ...this.pkg.sheets.map((sheet) => sheet.sheetId)) + 1;
    const p = prefixOf(root?.tag ?? '');
    const element = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${declaration} ${r}:id="${rId}"/>`;
    this.set(this.pkg.workbookPath, insertSheet(workbook, element, after));
    this.addTitle(name, after);
  }

  /**
   * Adds a relationship of `type` from the part `source` to `target` (the rels part is made when
   * the source has none); returns its id.
   */
  private addRelationship(source: string, type: string, target: string): string {
    const relsPath = relsPathOf(source);
    let rels = this.exists(relsPath)
      ? this.text(relsPath)
      : `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NS}"></Relationships>`;
    const ids = new Set(
      elements(rels, 'Relationship').map((rel) => attributesOf(rel.tag).get('Id')),
    );
    let k = 1;
    while (ids.has(`rId${k}`)) k++;
    const rId = `rId${k}`;
    const relPrefix = prefixOf(firstElement(rels, 'Relationships')?.tag ?? '');
    rels = appendTo(
      rels,
      'Relationships',
      `<${relPrefix}Relationship Id="${rId}" Type="${type}" Target="${escapeXml(target)}"/>`,
    );
    this.set(relsPath, rels);
    return rId;
  }

  /**
   * Adds a custom XML part (`customXml/itemN.xml`, the first free N) with its properties part,
   * related from the workbook part as Excel relates them.
   */
  addCustomXml(item: string, properties: string): void {
    let n = 1;
    while (this.exists(`customXml/item${n}.xml`) || this.exists(`customXml/itemProps${n}.xml`)) n++;
    const path = `customXml/item${n}.xml`;
    const propertiesPath = `customXml/itemProps${n}.xml`;
    const base = this.worksheetRelationshipType().replace(/[^/]*$/, '');
    this.set(path, item);
    this.set(propertiesPath, properties);
    if (contentTypeOf(this.pkg.contentTypes, path) === '') this.setContentType(path, XML_TYPE);
    this.setContentType(propertiesPath, CUSTOM_XML_PROPERTIES_TYPE);
    this.addRelationship(path, `${base}customXmlProps`, `itemProps${n}.xml`);
    this.addRelationship(
      this.pkg.workbookPath,
      `${base}customXml`,
      relativeTarget(this.pkg.workbookPath, path),
    );
  }

  /** The new sheet's name among the worksheets' titles of docProps/app.xml, when it lists them. */
  private addTitle(name: string, after: SheetEntry | null): void {
    const app = this.rootPart('extended-properties');
    if (!app) return;
    let xml = this.text(app);
    const headings = firstElement(xml, 'HeadingPairs');
    const titles = firstElement(xml, 'TitlesOfParts');
    if (!headings || !titles) return;
    const count = firstElement(xml, 'i4', headings.innerStart, headings.end);
    const titleVector = firstElement(xml, 'vector', titles.innerStart, titles.end);
    if (!count || !titleVector) return;
    const worksheets = Number(count.inner);
    const existing = elements(xml, 'lpstr', titleVector.innerStart, titleVector.end);
    if (!Number.isInteger(worksheets) || existing.length < worksheets) return;
    const p = prefixOf(titleVector.tag);
    const afterTitle =
      after === null
        ? -1
        : existing.slice(0, worksheets).findIndex((t) => t.inner === escapeXml(after.name));
    const last = afterTitle >= 0 ? afterTitle : worksheets - 1;
    const at = last < 0 ? titleVector.innerStart : existing[last].end;
    // From the end of the part back, so that earlier positions stay valid.
    xml = splice(xml, at, at, `<${p}lpstr>${escapeXml(name)}</${p}lpstr>`);
    xml = splice(
      xml,
      titleVector.start,
      titleVector.start + titleVector.tag.length,
      withAttribute(titleVector.tag, 'size', String(existing.length + 1)),
    );
    xml = splice(
      xml,
      count.innerStart,
      count.innerStart + count.inner.length,
      String(worksheets + 1),
    );
    this.set(app, xml);
  }

  /** Drops the calculation chain: Excel rebuilds it, and it must not name cells without formulas. */
  dropCalcChain(): void {
    const path = this.pkg.workbookPart('calcChain');
    if (!path) return;
    this.remove(path);
    this.set(
      this.workbookRels,
      removeWhere(this.text(this.workbookRels), 'Relationship', 'Type', (type) =>
        type.endsWith('/calcChain'),
      ),
    );
    this.set(
      CONTENT_TYPES,
      removeWhere(
        this.text(CONTENT_TYPES),
        'Override',
        'PartName',
        (name) => name.toLowerCase() === `/${path}`.toLowerCase(),
      ),
    );
  }

  /** The package's bytes: changed parts deflated, the others copied as stored. */
  toBytes(): Uint8Array {
    const encoder = new TextEncoder();
    const workbookEntry = this.pkg.entry(this.pkg.workbookPath);
    const dosTime = workbookEntry?.dosTime ?? 0;
    const dosDate = workbookEntry?.dosDate ?? 0x21;
    const out: OutEntry[] = [];
    for (const entry of this.pkg.archive.entries) {
      const key = this.key(entry.name);
      if (this.removed.has(key)) continue;
      const text = this.texts.get(key);
      if (text === undefined || text === this.pkg.text(entry.name))
        out.push({ kind: 'copy', entry });
      else
        out.push({
          kind: 'new',
          name: entry.name,
          content: encoder.encode(text),
          dosTime,
          dosDate,
        });
    }
    for (const path of this.added) {
      const text = this.texts.get(this.key(path));
      if (text === undefined) continue;
      out.push({ kind: 'new', name: path, content: encoder.encode(text), dosTime, dosDate });
    }
    return writeZip(out, this.pkg.archive.codec);
  }
}
