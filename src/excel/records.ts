/**
 * The add-in's records in the workbook itself: one custom XML part per record (the remembered
 * dashboard, the flags with each cell's own fill, the last fill's undo), under the add-in's own
 * namespaces (workbook.customXmlParts, ExcelApi 1.5). Unlike document settings, which belong to
 * one installation of the add-in, custom XML parts belong to the workbook: they survive a change of
 * platform (Windows, Mac, the web) and of deployment (sideloaded, centrally deployed), and both
 * runtimes of the add-in (the task pane, the ribbon's command) see the same ones.
 * A part holds one element whose text is the record's JSON (state.ts gives its stored form).
 * Reads and writes are queued on the caller's batch: nothing here syncs.
 */
import type { XClientResult, XContext, XCustomXmlPart, XWorkbook } from './excel-api';
import type { PlannedCall } from './payload';
import { utf8Bytes } from './payload';

export type RecordKind = 'dashboard' | 'flags' | 'undo';

export const RECORD_KINDS: readonly RecordKind[] = ['dashboard', 'flags', 'undo'];

/** One namespace per record, so that each is found by getByNamespace alone. */
export const RECORD_NAMESPACES: Readonly<Record<RecordKind, string>> = {
  dashboard: 'urn:qualepref-controle:records:dashboard',
  flags: 'urn:qualepref-controle:records:flags',
  undo: 'urn:qualepref-controle:records:undo',
};

/**
 * The largest record kept, in bytes of XML: a record is read in the first sync of an operation,
 * beside the sheet, so it must leave most of the 4 MB budget to the sheet. A 10,000-row
 * dashboard's undo record is about 1.2 MB; a record over its budget is refused before anything
 * is written.
 */
export const RECORD_BUDGETS: Readonly<Record<RecordKind, number>> = {
  dashboard: 4 * 1024,
  flags: 1024 * 1024,
  undo: 2 * 1024 * 1024,
};

const ROOT = 'record';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/** The part's XML for a record's stored form. */
export function recordXml(kind: RecordKind, stored: unknown): string {
  return `<${ROOT} xmlns="${RECORD_NAMESPACES[kind]}">${escapeXml(JSON.stringify(stored))}</${ROOT}>`;
}

/**
 * The stored form back from a part's XML, as Excel gives it (it may add a declaration or a
 * prefix); null when it is not one of ours or is damaged.
 */
export function recordOf(xml: string): unknown {
  const open = new RegExp(`<(?:[\\w.-]+:)?${ROOT}\\b[^>]*>`).exec(xml);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = xml.lastIndexOf('</');
  if (end < start) return null;
  try {
    return JSON.parse(unescapeXml(xml.slice(start, end))) as unknown;
  } catch {
    return null;
  }
}

export function recordBytes(kind: RecordKind, stored: unknown): number {
  return utf8Bytes(recordXml(kind, stored));
}

function partOf(workbook: XWorkbook, kind: RecordKind): XCustomXmlPart {
  return workbook.customXmlParts.getByNamespace(RECORD_NAMESPACES[kind]).getOnlyItemOrNullObject();
}

interface PendingPart {
  readonly part: XCustomXmlPart;
  readonly xml: XClientResult<string> | null;
}

/** What the workbook holds: which records exist, and the content of those asked for. */
export interface RecordsRead {
  readonly exists: ReadonlySet<RecordKind>;
  /** A record's stored form (not yet checked), or undefined when absent or not asked for. */
  content(kind: RecordKind): unknown;
  /**
   * Records held by two parts or more (two runtimes, the pane's and the ribbon's, adding at
   * once): getOnlyItemOrNullObject sees none of them, so they are merged before anything else.
   */
  readonly duplicated: readonly RecordKind[];
}

/**
 * Queues the read of the records: every part's existence, and the XML of those in `contents`.
 * The returned function, called after the sync, gives what was read.
 */
export function queueRecordsRead(
  workbook: XWorkbook,
  contents: readonly RecordKind[],
): () => RecordsRead {
  const pending = new Map<RecordKind, PendingPart & { count: XClientResult<number> }>(
    RECORD_KINDS.map((kind) => {
      const scoped = workbook.customXmlParts.getByNamespace(RECORD_NAMESPACES[kind]);
      const part = scoped.getOnlyItemOrNullObject().load('id');
      // A null object's methods are no-ops whose results are null: no sync is spent checking.
      const xml = contents.includes(kind) ? part.getXml() : null;
      return [kind, { part, xml, count: scoped.getCount() }];
    }),
  );
  return () => {
    const exists = new Set<RecordKind>();
    const values = new Map<RecordKind, unknown>();
    const duplicated: RecordKind[] = [];
    for (const [kind, { part, xml, count }] of pending) {
      if (part.isNullObject) {
        if (count.value > 1) duplicated.push(kind);
        continue;
      }
      exists.add(kind);
      const text = xml?.value;
      if (typeof text === 'string') values.set(kind, recordOf(text));
    }
    return { exists, content: (kind) => values.get(kind), duplicated };
  };
}

/**
 * Merges each duplicated record into one part: the last added is kept (the newest write), the
 * others are deleted; two syncs, only when a record was found duplicated. Returns `read` with
 * the kept records' contents.
 */
export async function mergeDuplicates(ctx: XContext, read: RecordsRead): Promise<RecordsRead> {
  if (read.duplicated.length === 0) return read;
  const scopes = read.duplicated.map((kind) => ({
    kind,
    scoped: ctx.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACES[kind]).load('items/id'),
  }));
  await ctx.sync();
  const kept = scopes.map(({ kind, scoped }) => {
    const parts = scoped.items;
    for (const extra of parts.slice(0, -1)) extra.delete();
    return { kind, xml: parts[parts.length - 1].getXml() };
  });
  await ctx.sync();
  const exists = new Set(read.exists);
  const values = new Map<RecordKind, unknown>();
  for (const { kind, xml } of kept) {
    exists.add(kind);
    values.set(kind, recordOf(xml.value));
  }
  return {
    exists,
    content: (kind) => (values.has(kind) ? values.get(kind) : read.content(kind)),
    duplicated: [],
  };
}

/** A record to keep (its stored form) or to remove (null). */
export interface RecordChange {
  readonly kind: RecordKind;
  readonly stored: unknown;
}

/**
 * The calls that write records: setXml on an existing part, add for a new one, delete for a
 * record removed. `exists` is what the read of the same operation found.
 */
export function recordCalls(
  workbook: XWorkbook,
  changes: readonly RecordChange[],
  exists: ReadonlySet<RecordKind>,
): PlannedCall[] {
  return changes.flatMap((change): PlannedCall[] => {
    const present = exists.has(change.kind);
    if (change.stored === null)
      return present ? [{ bytes: 0, queue: () => partOf(workbook, change.kind).delete() }] : [];
    const xml = recordXml(change.kind, change.stored);
    return [
      {
        bytes: utf8Bytes(xml),
        queue: () => {
          if (present) partOf(workbook, change.kind).setXml(xml);
          else workbook.customXmlParts.add(xml);
        },
      },
    ];
  });
}
