/**
 * `qualepref rollover` in a file (design.md §7b): the year N+1 sheet is a copy of the year-N
 * sheet part with the plan's cells changed, added beside it with its relationship, content type,
 * app.xml title and the year-N sheet's own defined names (print area, print titles). Every other
 * part keeps its content as written; the year-N sheet is not touched.
 * Parts a sheet cannot share with its copy (drawings and charts, comments, tables, controls) are
 * not copied: `dropped` says which, so that the command can say so.
 */
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import type { RolloverPlan } from '../core/rollover-types';
import { patchSheetXml } from './rollover-sheet';
import { StyleBook } from './rollover-styles';
import {
  attributes,
  elements,
  escapeXml,
  prefixedAttribute,
  startTag,
  withAttribute,
  withoutAttribute,
} from './rollover-xml';
import { WorkbookError } from './workbook-error';

export type DroppedPart = 'drawing' | 'comments' | 'table' | 'control' | 'other';

export interface RolloverFile {
  readonly bytes: Uint8Array;
  /** What the year-N sheet had that its copy does not. */
  readonly dropped: readonly DroppedPart[];
}

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const APP = 'docProps/app.xml';
const STYLES = 'xl/styles.xml';
/** Every entry of the written archive carries this date: the same input gives the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));
const WORKSHEET_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const WORKSHEET_CONTENT =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

/** Elements of a sheet that point at a part the copy does not get, by relationship type. */
const REFERRING: Readonly<Record<string, { tags: readonly string[]; dropped: DroppedPart }>> = {
  drawing: { tags: ['drawing'], dropped: 'drawing' },
  vmlDrawing: { tags: ['legacyDrawing', 'legacyDrawingHF'], dropped: 'comments' },
  comments: { tags: [], dropped: 'comments' },
  threadedComment: { tags: [], dropped: 'comments' },
  table: { tags: ['tableParts'], dropped: 'table' },
  ctrlProp: { tags: ['controls'], dropped: 'control' },
  oleObject: { tags: ['oleObjects'], dropped: 'control' },
  image: { tags: ['picture'], dropped: 'drawing' },
};

interface SheetEntry {
  readonly element: string;
  readonly name: string;
  readonly rid: string;
  readonly index: number;
}

function fail(detail: string, code: 'not_a_workbook' | 'damaged' = 'damaged'): never {
  throw new WorkbookError(code, detail);
}

function text(files: Record<string, Uint8Array>, path: string): string {
  const bytes = files[path];
  if (!bytes) fail(`${path} missing`);
  return strFromU8(bytes);
}

/** "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/..." target, as a zip path. */
function partPath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.') parts.push(piece);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function sheetEntries(workbook: string): SheetEntry[] {
  const sheets = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbook);
  if (!sheets) fail('no sheets in workbook.xml');
  return elements(sheets[1], 'sheet').map((match, index) => {
    const attrs = attributes(startTag(match[0]));
    return {
      element: match[0],
      name: attrs.get('name') ?? '',
      rid: prefixedAttribute(attrs, 'id') ?? '',
      index,
    };
  });
}

/** Writes the rolled-over copy of a workbook; throws WorkbookError when it cannot be read. */
export function writeRolloverFile(input: Uint8Array, plan: RolloverPlan): RolloverFile {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(input);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error), 'not_a_workbook');
  }
  const workbook = text(files, WORKBOOK);
  const rels = text(files, WORKBOOK_RELS);
  const sheets = sheetEntries(workbook);
  const source = sheets.find((sheet) => sheet.name === plan.sheet);
  if (!source) fail(`no sheet ${plan.sheet}`);
  const relationships = elements(rels, 'Relationship').map((m) => attributes(startTag(m[0])));
  const sourceRel = relationships.find((rel) => rel.get('Id') === source.rid);
  if (!sourceRel) fail(`no relationship ${source.rid}`);
  const sourcePart = partPath(WORKBOOK, sourceRel.get('Target') ?? '');
  const sheetXml = text(files, sourcePart);

  const newPart = freePartName(files, sourcePart);
  const newRid = freeId(relationships.map((rel) => rel.get('Id') ?? ''));
  const styles = new StyleBook(files[STYLES] ? strFromU8(files[STYLES]) : '');
  const copied = copiedSheetRels(files, sourcePart, sheetXml);
  const patched = patchSheetXml(copied.xml, plan, styles);

  files[newPart] = strToU8(patched);
  if (copied.rels !== null) files[relsPathOf(newPart)] = strToU8(copied.rels);
  if (files[STYLES]) files[STYLES] = strToU8(styles.text);
  files[WORKBOOK] = strToU8(addSheetToWorkbook(workbook, sheets, source, plan.newSheet, newRid));
  files[WORKBOOK_RELS] = strToU8(
    rels.replace(
      /<\/Relationships>\s*$/,
      `<Relationship Id="${newRid}" Type="${WORKSHEET_TYPE}" Target="${escapeXml(
        newPart.replace(/^xl\//, ''),
      )}"/></Relationships>`,
    ),
  );
  files[CONTENT_TYPES] = strToU8(
    text(files, CONTENT_TYPES).replace(
      /<\/Types>\s*$/,
      `<Override PartName="/${newPart}" ContentType="${WORKSHEET_CONTENT}"/></Types>`,
    ),
  );
  if (files[APP]) files[APP] = strToU8(addTitle(strFromU8(files[APP]), plan.sheet, plan.newSheet));
  const bytes = zipSync(files, { mtime: ENTRY_DATE });
  return { bytes, dropped: copied.dropped };
}

function freePartName(files: Record<string, Uint8Array>, source: string): string {
  const folder = source.slice(0, source.lastIndexOf('/') + 1);
  for (let n = 1; ; n += 1) {
    const path = `${folder}sheet${n}.xml`;
    if (!files[path]) return path;
  }
}

function freeId(ids: readonly string[]): string {
  const taken = new Set(ids);
  for (let n = ids.length + 1; ; n += 1) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/**
 * The copy's relationships: external hyperlinks and printer settings are shared safely; any
 * other related part is left to the year-N sheet, and the elements pointing at it removed.
 */
function copiedSheetRels(
  files: Record<string, Uint8Array>,
  sourcePart: string,
  sheetXml: string,
): { xml: string; rels: string | null; dropped: DroppedPart[] } {
  let xml = sheetXml.replace(/<sheetView\b[^>]*>/g, (tag) => withoutAttribute(tag, 'tabSelected'));
  const relsPath = relsPathOf(sourcePart);
  if (!files[relsPath]) return { xml, rels: null, dropped: [] };
  const rels = strFromU8(files[relsPath]);
  const kept: string[] = [];
  const dropped = new Set<DroppedPart>();
  for (const match of elements(rels, 'Relationship')) {
    const attrs = attributes(startTag(match[0]));
    const type = (attrs.get('Type') ?? '').split('/').pop() ?? '';
    const external = attrs.get('TargetMode') === 'External';
    if (type === 'hyperlink' || external) {
      kept.push(match[0]);
      continue;
    }
    if (type === 'printerSettings') {
      xml = xml.replace(/<pageSetup\b[^>]*>/, (tag) => withoutAttribute(tag, 'r:id'));
      continue;
    }
    const referring = REFERRING[type];
    dropped.add(referring?.dropped ?? 'other');
    for (const tag of referring?.tags ?? [])
      xml = xml.replace(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`, 'g'), '');
  }
  const open = rels.slice(0, rels.indexOf('>', rels.indexOf('<Relationships')) + 1);
  const head = rels.slice(0, rels.indexOf('<Relationships'));
  const relsXml = kept.length === 0 ? null : `${head}${open}${kept.join('')}</Relationships>`;
  return { xml, rels: relsXml, dropped: [...dropped] };
}

/**
 * The new sheet right after the year-N one. Defined names scoped to a sheet count sheets by
 * position: those after the insertion move one on, and the year-N sheet's own are copied.
 */
function addSheetToWorkbook(
  workbook: string,
  sheets: readonly SheetEntry[],
  source: SheetEntry,
  name: string,
  rid: string,
): string {
  const ids = sheets.map((sheet) => Number(attributes(startTag(sheet.element)).get('sheetId')));
  const sheetId = Math.max(0, ...ids.filter(Number.isFinite)) + 1;
  const prefix = /\s([\w]+):id\s*=/.exec(source.element)?.[1] ?? 'r';
  const element = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${rid}"/>`;
  const at = source.index + 1;
  let xml = workbook.replace(source.element, `${source.element}${element}`);
  xml = xml.replace(/<workbookView\b[^>]*>/g, (tag) => {
    const active = Number(attributes(tag).get('activeTab') ?? '0');
    return active >= at ? withAttribute(tag, 'activeTab', String(active + 1)) : tag;
  });
  return xml.replace(/<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/, (block, inner: string) => {
    const names = elements(inner, 'definedName').map((m) => m[0]);
    const moved = names.map((defined) => {
      const local = attributes(startTag(defined)).get('localSheetId');
      return local !== undefined && Number(local) >= at
        ? defined.replace(
            startTag(defined),
            withAttribute(startTag(defined), 'localSheetId', String(Number(local) + 1)),
          )
        : defined;
    });
    const copies = names
      .filter(
        (defined) => attributes(startTag(defined)).get('localSheetId') === String(source.index),
      )
      .map((defined) =>
        renameSheetIn(defined, source.name, name).replace(
          startTag(defined),
          withAttribute(startTag(defined), 'localSheetId', String(at)),
        ),
      );
    return `${startTag(block)}${[...moved, ...copies].join('')}</definedNames>`;
  });
}

/** 'Tableau de bord 2020'!$A$1:$T$24 → 'Tableau de bord 2021'!$A$1:$T$24 in a defined name. */
function renameSheetIn(defined: string, from: string, to: string): string {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const body = defined.slice(startTag(defined).length);
  // Excel writes the quotes as they are, other writers as &apos;.
  let renamed = body
    .split(escapeXml(quoted(from)))
    .join(escapeXml(quoted(to)))
    .split(quoted(from).replace(/&/g, '&amp;'))
    .join(escapeXml(quoted(to)));
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(from))
    renamed = renamed.replace(
      new RegExp(`(^|[^\\w.'])${from}!`, 'g'),
      `$1${escapeXml(quoted(to))}!`,
    );
  return `${startTag(defined)}${renamed}`;
}

/** docProps/app.xml: the new sheet's title after the year-N one, and one more worksheet. */
function addTitle(app: string, after: string, name: string): string {
  const titles = /<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(app);
  const pairs = /<HeadingPairs>([\s\S]*?)<\/HeadingPairs>/.exec(app);
  if (!titles || !pairs) return app;
  const entries = [...titles[1].matchAll(/<vt:lpstr>([\s\S]*?)<\/vt:lpstr>/g)];
  const position = entries.findIndex((entry) => entry[1] === escapeXml(after));
  if (position < 0) return app;
  const counts = [...pairs[1].matchAll(/<vt:i4>(\d+)<\/vt:i4>/g)];
  let seen = 0;
  const pair = counts.findIndex((count) => (seen += Number(count[1])) > position);
  if (pair < 0) return app;
  let index = 0;
  const newPairs = pairs[0].replace(/<vt:i4>(\d+)<\/vt:i4>/g, (whole, n: string) =>
    index++ === pair ? `<vt:i4>${Number(n) + 1}</vt:i4>` : whole,
  );
  const entry = entries[position];
  const newTitles = titles[0]
    .replace(
      /(<vt:vector\b[^>]*\bsize=")(\d+)/,
      (_, head: string, size: string) => `${head}${Number(size) + 1}`,
    )
    .replace(entry[0], `${entry[0]}<vt:lpstr>${escapeXml(name)}</vt:lpstr>`);
  return app.replace(pairs[0], newPairs).replace(titles[0], newTitles);
}
