/**
 * A new .xlsx workbook from sheets of plain values (src/core/sheet-table.ts): the smallest
 * SpreadsheetML package Excel, LibreOffice and ExcelJS open without a repair prompt. Content
 * types, relationships, the workbook, styles with the number formats the cells use, shared
 * strings, and one part per sheet (column widths, frozen header rows). Zipped with fflate, with a
 * fixed date: the same sheets always give the same bytes. No DOM, no Node API: the browser
 * preview writes with it too.
 */
import { strToU8, zipSync } from 'fflate';
import { columnLetter } from '../core/address';
import type { SheetTable, TableCell } from '../core/sheet-table';
import { escapeXml } from './xml';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOCUMENT_TYPE = `${REL}/officeDocument`;
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** The first id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;
const ZIP_DATE = new Date(2020, 0, 1);
/** Excel refuses longer sheet names and these characters in them. */
const SHEET_NAME_LIMIT = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** Cell styles: each distinct (number format, bold) pair once, index 0 the default. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['General\u0000false', 0]]);
  private readonly xfList: { numFmtId: number; bold: boolean }[] = [{ numFmtId: 0, bold: false }];

  index(cell: TableCell): number {
    const format = cell.format ?? 'General';
    const bold = cell.bold === true;
    const key = `${format}\u0000${bold}`;
    let index = this.xfs.get(key);
    if (index === undefined) {
      index = this.xfList.length;
      this.xfs.set(key, index);
      this.xfList.push({ numFmtId: this.formatId(format), bold });
    }
    return index;
  }

  private formatId(format: string): number {
    if (format === 'General') return 0;
    let id = this.formats.get(format);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(format, id);
    }
    return id;
  }

  xml(): string {
    const formats = [...this.formats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const xfs = this.xfList
      .map(({ numFmtId, bold }) => {
        const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}`;
        return `<xf numFmtId="${numFmtId}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${applied}/>`;
      })
      .join('');
    const font = (bold: boolean) =>
      `<font>${bold ? '<b/>' : ''}<sz val="11"/><name val="Calibri"/><family val="2"/></font>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
      (this.formats.size ? `<numFmts count="${this.formats.size}">${formats}</numFmts>` : '') +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfList.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

class SharedStrings {
  private readonly indices = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count += 1;
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.indices.size;
      this.indices.set(text, index);
    }
    return index;
  }

  xml(): string {
    const items = [...this.indices.keys()]
      .map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`)
      .join('');
    return `${XML_HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.indices.size}">${items}</sst>`;
  }
}

function cellXml(cell: TableCell, ref: string, styles: Styles, strings: SharedStrings): string {
  const style = styles.index(cell);
  const s = style ? ` s="${style}"` : '';
  const { value } = cell;
  if (typeof value === 'number' && Number.isFinite(value))
    return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'string' && value !== '')
    return `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
  return style ? `<c r="${ref}"${s}/>` : '';
}

function sheetView(sheet: SheetTable, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  if (sheet.frozenRows <= 0)
    return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const top = `A${sheet.frozenRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane ySplit="${sheet.frozenRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    '</sheetView></sheetViews>'
  );
}

function sheetXml(
  sheet: SheetTable,
  selected: boolean,
  styles: Styles,
  strings: SharedStrings,
): string {
  const width = Math.max(1, sheet.widths.length, ...sheet.rows.map((row) => row.length));
  const height = Math.max(1, sheet.rows.length);
  const cols = sheet.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => cellXml(cell, `${columnLetter(c)}${r + 1}`, styles, strings))
        .join('');
      return cells ? `<row r="${r + 1}">${cells}</row>` : '';
    })
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${columnLetter(width - 1)}${height}"/>` +
    sheetView(sheet, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

function checkNames(sheets: readonly SheetTable[]): void {
  if (sheets.length === 0) throw new Error('a workbook needs at least one sheet');
  const seen = new Set<string>();
  for (const { name } of sheets) {
    const folded = name.toLowerCase();
    if (
      !name ||
      name.length > SHEET_NAME_LIMIT ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      seen.has(folded)
    )
      throw new Error(`invalid sheet name "${name}"`);
    seen.add(folded);
  }
}

/** The parts of the package, by path: what `newWorkbook` zips. */
export function newWorkbookParts(sheets: readonly SheetTable[]): Record<string, string> {
  checkNames(sheets);
  const styles = new Styles();
  const strings = new SharedStrings();
  const sheetParts = sheets.map((sheet, i) => sheetXml(sheet, i === 0, styles, strings));
  // [Content_Types].xml first: some readers look for it at the start of the archive.
  const parts: Record<string, string> = {};
  const sheetOverrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  parts['[Content_Types].xml'] =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    `${sheetOverrides}</Types>`;
  parts['_rels/.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">` +
    `<Relationship Id="rId1" Type="${DOCUMENT_TYPE}" Target="xl/workbook.xml"/></Relationships>`;
  const sheetEntries = sheets
    .map(
      (sheet, i) =>
        `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
    )
    .join('');
  parts['xl/workbook.xml'] =
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheetEntries}</sheets></workbook>`;
  const sheetRels = sheets
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
    )
    .join('');
  const n = sheets.length;
  parts['xl/_rels/workbook.xml.rels'] =
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_REL}">${sheetRels}` +
    `<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  sheetParts.forEach((xml, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = xml;
  });
  parts['xl/styles.xml'] = styles.xml();
  parts['xl/sharedStrings.xml'] = strings.xml();
  return parts;
}

/** The .xlsx bytes of a new workbook holding `sheets`, the first one selected. */
export function newWorkbook(sheets: readonly SheetTable[]): Uint8Array {
  const parts = newWorkbookParts(sheets);
  const files = Object.fromEntries(
    Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)] as const),
  );
  return zipSync(files, { level: 6, mtime: ZIP_DATE });
}
