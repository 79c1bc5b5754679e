/**
 * An .xlsx or .xlsm file opened as a package: its parts as stored, the workbook's sheets and
 * date system, read at once; shared strings, styles and each sheet's cells read when first
 * asked for. Nothing here touches a file system: the command line and the browser both hand it
 * bytes.
 */
import type { Grid } from '../core/grid';
import type { Codec } from './codec';
import type { Relationship } from './relationships';
import { parseRelationships, relsPathOf } from './relationships';
import { readSharedStrings } from './shared-strings';
import { gridOf } from './sheet-grid';
import type { SheetPlaces, SheetScan } from './sheet-scan';
import { scanWorksheet } from './worksheet-scan';
import { refuseCompoundFile } from './sniff';
import type { CellStyles } from './styles';
import { NO_STYLES, readStyles } from './styles';
import { WorkbookError } from './workbook-error';
import type { Attributes } from './xml';
import { decodeText, parseXml, prefixedAttribute, textFeed } from './xml';
import type { InflateLimits, ZipEntry } from './zip-read';
import { DEFAULT_LIMITS, readZip, ZipArchive } from './zip-read';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface SheetEntry {
  readonly name: string;
  readonly state: SheetState;
  readonly sheetId: number;
  /** The relationship id of the sheet in the workbook's relationships. */
  readonly rId: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"); null when the relationship is missing. */
  readonly path: string | null;
  /** "worksheet", "chartsheet", "dialogsheet", "xlMacrosheet"... from the relationship type. */
  readonly kind: string;
}

export const CONTENT_TYPES = '[Content_Types].xml';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

export interface OpenOptions {
  readonly limits?: InflateLimits;
  /** How parts are inflated, and the package's new parts deflated (fflate by default). */
  readonly codec?: Codec;
}

/** What `[Content_Types].xml` says: defaults by extension, overrides by part. */
export interface ContentTypes {
  readonly defaults: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
}

function readContentTypes(xml: string): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  parseXml(CONTENT_TYPES, xml, {
    open: (name: string, attributes: Attributes) => {
      if (name === 'Default' && attributes.Extension) {
        defaults.set(attributes.Extension.toLowerCase(), attributes.ContentType ?? '');
      } else if (name === 'Override' && attributes.PartName) {
        overrides.set(
          attributes.PartName.replace(/^\//, '').toLowerCase(),
          attributes.ContentType ?? '',
        );
      }
    },
  });
  return { defaults, overrides };
}

export function contentTypeOf(types: ContentTypes, part: string): string {
  const override = types.overrides.get(part.toLowerCase());
  if (override !== undefined) return override;
  const extension = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
  return types.defaults.get(extension) ?? '';
}

interface WorkbookXml {
  readonly strict: boolean;
  readonly date1904: boolean;
  readonly sheets: readonly { name: string; state: SheetState; sheetId: number; rId: string }[];
}

function readWorkbookXml(part: string, xml: string): WorkbookXml {
  let strict = false;
  let date1904 = false;
  const sheets: { name: string; state: SheetState; sheetId: number; rId: string }[] = [];
  parseXml(part, xml, {
    open: (name: string, attributes: Attributes) => {
      if (name === 'workbook') {
        strict =
          attributes.conformance === 'strict' ||
          Object.values(attributes).some((value) => value === STRICT_MAIN);
      } else if (name === 'workbookPr') {
        date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
      } else if (name === 'sheet') {
        const state =
          attributes.state === 'hidden' || attributes.state === 'veryHidden'
            ? attributes.state
            : 'visible';
        sheets.push({
          name: attributes.name ?? '',
          state,
          sheetId: Number(attributes.sheetId) || 0,
          rId: prefixedAttribute(attributes, 'id') ?? '',
        });
      }
    },
  });
  return { strict, date1904, sheets };
}

/** An OpenDocument or binary workbook given by mistake says so; any other zip is not a workbook. */
function refuseOtherPackages(archive: ZipArchive): never {
  const mimetype = archive.entry('mimetype');
  if (mimetype && decodeText(archive.read(mimetype)).trim() === ODS_MIME) {
    throw new WorkbookError('ods', 'OpenDocument spreadsheet');
  }
  if (archive.entry('xl/workbook.bin')) throw new WorkbookError('xlsb', 'binary workbook');
  throw new WorkbookError('not_a_workbook', 'no workbook part in the archive');
}

export class XlsxPackage {
  readonly archive: ZipArchive;
  readonly contentTypes: ContentTypes;
  /** "xl/workbook.xml", as the package's root relationship names it. */
  readonly workbookPath: string;
  readonly workbookRelationships: readonly Relationship[];
  /** An .xlsm: its workbook part has the macro-enabled content type. */
  readonly macroEnabled: boolean;
  /** Strict OOXML (ISO 29500 strict namespaces), as Excel's "Strict Open XML" writes. */
  readonly strict: boolean;
  readonly date1904: boolean;
  /** Every sheet of the workbook, in tab order. */
  readonly sheets: readonly SheetEntry[];
  private strings: readonly string[] | null = null;
  private cellStyles: CellStyles | null = null;
  private readonly scans = new Map<string, SheetScan>();
  /** The text of each worksheet scanned. */
  private readonly sheetTexts = new Map<string, string>();

  constructor(bytes: Uint8Array, options: OpenOptions = {}) {
    refuseCompoundFile(bytes);
    this.archive = readZip(bytes, options.limits ?? DEFAULT_LIMITS, options.codec);
    const types = this.archive.entry(CONTENT_TYPES);
    if (!types) refuseOtherPackages(this.archive);
    this.contentTypes = readContentTypes(this.text(types.name));
    const root = this.relationshipsOf('');
    const main = root.find((rel) => rel.kind === 'officeDocument' && rel.path !== null);
    const workbookPath = main?.path ?? null;
    if (workbookPath === null || !this.archive.entry(workbookPath))
      refuseOtherPackages(this.archive);
    if (workbookPath.toLowerCase().endsWith('.bin'))
      throw new WorkbookError('xlsb', 'binary workbook');
    this.workbookPath = workbookPath;
    this.macroEnabled = contentTypeOf(this.contentTypes, workbookPath) === MACRO_WORKBOOK;
    const workbook = readWorkbookXml(workbookPath, this.text(workbookPath));
    this.strict = workbook.strict;
    this.date1904 = workbook.date1904;
    this.workbookRelationships = this.relationshipsOf(workbookPath);
    const byId = new Map(this.workbookRelationships.map((rel) => [rel.id, rel]));
    this.sheets = workbook.sheets.map((sheet) => {
      const rel = byId.get(sheet.rId);
      const path = rel?.path && this.archive.entry(rel.path) ? rel.path : null;
      return { ...sheet, path, kind: rel?.kind ?? '' };
    });
    if (!this.sheets.some((sheet) => sheet.kind === 'worksheet' && sheet.path !== null)) {
      throw new WorkbookError('not_a_workbook', 'no worksheet in the workbook');
    }
  }

  /** The stored entry of a part; undefined when the package has none. */
  entry(path: string): ZipEntry | undefined {
    return this.archive.entry(path);
  }

  has(path: string): boolean {
    return this.archive.entry(path) !== undefined;
  }

  /** A part's content, inflated. */
  bytes(path: string): Uint8Array {
    const entry = this.archive.entry(path);
    if (!entry) throw new WorkbookError('damaged', `${path} missing`);
    return this.archive.read(entry);
  }

  text(path: string): string {
    return this.sheetTexts.get(path) ?? decodeText(this.bytes(path));
  }

  /**
   * A part's text, handed to a parser piece by piece until `write` returns false: a reader that
   * has what it needs stops parsing there.
   */
  private feed(path: string): (write: (text: string) => boolean) => void {
    return textFeed(this.text(path));
  }

  /** The relationships of a part ("" for the package's own); none when it has no rels part. */
  relationshipsOf(part: string): Relationship[] {
    const rels = part === '' ? '_rels/.rels' : relsPathOf(part);
    if (!this.has(rels)) return [];
    return parseRelationships(part, this.text(rels));
  }

  /** The workbook part's relationship of a kind ("styles", "sharedStrings", "calcChain"). */
  workbookPart(kind: string): string | null {
    const rel = this.workbookRelationships.find((candidate) => candidate.kind === kind);
    return rel?.path && this.has(rel.path) ? rel.path : null;
  }

  sharedStrings(): readonly string[] {
    if (this.strings === null) {
      const path = this.workbookPart('sharedStrings');
      this.strings = path === null ? [] : readSharedStrings(path, this.feed(path));
    }
    return this.strings;
  }

  styles(): CellStyles {
    if (this.cellStyles === null) {
      const path = this.workbookPart('styles');
      this.cellStyles = path === null ? NO_STYLES : readStyles(path, this.text(path));
    }
    return this.cellStyles;
  }

  /** The worksheets (not chart or dialog sheets), in tab order. */
  worksheets(): SheetEntry[] {
    return this.sheets.filter((sheet) => sheet.kind === 'worksheet' && sheet.path !== null);
  }

  /** The worksheet of that exact name. */
  worksheet(name: string): SheetEntry | undefined {
    return this.worksheets().find((sheet) => sheet.name === name);
  }

  /** A worksheet's cells, merges, columns and hidden rows, scanned once. */
  scan(name: string): SheetScan {
    const sheet = this.worksheet(name);
    if (!sheet?.path) throw new WorkbookError('damaged', `no worksheet ${name}`);
    let scan = this.scans.get(sheet.path);
    if (scan === undefined) {
      const text = this.text(sheet.path);
      scan = scanWorksheet(sheet.path, text);
      this.scans.set(sheet.path, scan);
      // Kept: a fill edits this very text (sheet-editor.ts, with the scan's places) and then
      // compares its result with it, which would otherwise inflate and decode the part twice more.
      this.sheetTexts.set(sheet.path, text);
    }
    return scan;
  }

  /**
   * Where the rows and cells of a worksheet already scanned are in its text, when the fast
   * reader read it; null otherwise (the sheet editor then searches them).
   */
  placesOf(name: string): SheetPlaces | null {
    const sheet = this.worksheet(name);
    const scan = sheet?.path ? this.scans.get(sheet.path) : undefined;
    return scan?.places ?? null;
  }

  readGrid(name: string): Grid {
    return gridOf({
      sheet: name,
      scan: this.scan(name),
      sharedStrings: this.sharedStrings(),
      styles: this.styles(),
      date1904: this.date1904,
    });
  }

  /** Every worksheet's grid, in tab order. */
  readGrids(): Grid[] {
    return this.worksheets().map((sheet) => this.readGrid(sheet.name));
  }
}

/**
 * Opens .xlsx or .xlsm bytes. Throws a WorkbookError for anything else: an encrypted workbook,
 * an .xls, an .ods, a cut or damaged archive, a zip bomb, XML with a document type declaration.
 */
export function openPackage(bytes: Uint8Array, options: OpenOptions = {}): XlsxPackage {
  try {
    return new XlsxPackage(bytes, options);
  } catch (error) {
    throw asWorkbookError(error);
  }
}

/** Any failure while reading a package, as a WorkbookError. */
export function asWorkbookError(error: unknown): WorkbookError {
  if (error instanceof WorkbookError) return error;
  return new WorkbookError('damaged', error instanceof Error ? error.message : String(error));
}
