/**
 * What the add-in keeps in the workbook between runs, in its document settings
 * (Office.context.document.settings):
 * - the dashboard it recognised (sheet and, when the agent pointed at it, the table's range), so
 *   that the next opening reads that sheet straight away;
 * - the flags it set, each with the cell's own fill, so that "Effacer les marques" gives it back;
 * - the previous content (value or formula, number format) of every cell the last fill
 *   overwrote, and the fills it changed, so that "Annuler le dernier calcul" restores them.
 *
 * Why settings rather than a very hidden sheet or a custom XML part: they are read without any
 * Excel sync (they are loaded with the add-in), which keeps "Calculer" at one read and one write;
 * they belong to this add-in only (other add-ins and the agent do not see them); they are saved
 * inside the workbook file with it; sheet and workbook protection do not block them; and they add
 * no sheet to the agent's workbook. Their limit is size (a few megabytes): the state of a
 * 2,000-row dashboard is a few hundred kilobytes; past MAX_STATE_CHARS the fill refuses to run
 * rather than run without a way back.
 */
import type { CellInput } from './excel-api';
import type { OwnFill } from './fills';
import { isFillPattern } from './fills';
import type { SettingsStore } from './host';

export const STATE_KEYS = {
  dashboard: 'qualepref.dashboard',
  flags: 'qualepref.flags',
  undo: 'qualepref.undo',
} as const;

/** Well under the settings' limit, for the flags and undo records together. */
export const MAX_STATE_CHARS = 1_500_000;

export interface Binding {
  readonly sheet: string;
  /** The table's range ("A1:T24") when the agent pointed at it, else null. */
  readonly within: string | null;
}

export interface FlagMark {
  readonly cell: string;
  /** The flag colour set ("#FFC7CE"). */
  readonly color: string;
  /** The cell's fill before it was flagged. */
  readonly own: OwnFill;
}

export interface FlagRecord {
  readonly sheet: string;
  readonly marks: readonly FlagMark[];
}

/** A cell as it was: what to write back (formulas accept constants) and its number format. */
export interface SavedCell {
  readonly cell: string;
  readonly input: CellInput;
  readonly format: string;
}

export interface SavedFill {
  readonly cell: string;
  readonly fill: OwnFill;
}

export interface UndoRecord {
  readonly sheet: string;
  /** The report sheet the fill wrote. */
  readonly report: string;
  readonly cells: readonly SavedCell[];
  /** Fills before the fill, by sheet. */
  readonly fills: Readonly<Record<string, readonly SavedFill[]>>;
  /** The flags as they were before the fill. */
  readonly flagsBefore: FlagRecord | null;
  /**
   * A fingerprint of what the fill wrote into `cells`: undo gives them back only while they still
   * hold it (rows inserted or a cell retyped since would make it write in the wrong place).
   */
  readonly written: string;
}

export interface AddinState {
  readonly binding: Binding | null;
  readonly flags: FlagRecord | null;
  readonly undo: UndoRecord | null;
}

const VERSION = 1;
/** Cells of a group, joined: "G5,H5,N6". */
const SEPARATOR = ',';

/*
 * Stored forms: the cells sharing a fill (and flag colour) are grouped, and a saved cell is a
 * [cell, input, format] triple, so that a 2,000-row dashboard's state stays a few hundred
 * kilobytes.
 */
interface StoredFlagGroup {
  readonly color: string;
  readonly own: OwnFill;
  readonly cells: string;
}

interface StoredFlags {
  readonly v: number;
  readonly sheet: string;
  readonly groups: readonly StoredFlagGroup[];
}

interface StoredFillGroup {
  readonly fill: OwnFill;
  readonly cells: string;
}

type StoredCell = readonly [string, CellInput, string];

interface StoredUndo {
  readonly v: number;
  readonly sheet: string;
  readonly report: string;
  readonly cells: readonly StoredCell[];
  readonly fills: Readonly<Record<string, readonly StoredFillGroup[]>>;
  readonly flagsBefore: StoredFlags | null;
  readonly written: string;
}

interface StoredBinding {
  readonly v: number;
  readonly sheet: string;
  readonly within: string | null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isFill(value: unknown): value is OwnFill {
  return (
    isObject(value) &&
    ['color', 'patternColor'].every((key) => value[key] === undefined || isString(value[key])) &&
    (value.pattern === undefined || isFillPattern(value.pattern)) &&
    ['tintAndShade', 'patternTintAndShade'].every(
      (key) => value[key] === undefined || typeof value[key] === 'number',
    )
  );
}

function isInput(value: unknown): value is CellInput {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function isStoredBinding(value: unknown): value is StoredBinding {
  return (
    isObject(value) &&
    value.v === VERSION &&
    isString(value.sheet) &&
    (value.within === null || isString(value.within))
  );
}

function isStoredFlags(value: unknown): value is StoredFlags {
  return (
    isObject(value) &&
    value.v === VERSION &&
    isString(value.sheet) &&
    Array.isArray(value.groups) &&
    value.groups.every(
      (group: unknown) =>
        isObject(group) && isString(group.color) && isFill(group.own) && isString(group.cells),
    )
  );
}

function isStoredCell(value: unknown): value is StoredCell {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    isString(value[0]) &&
    isInput(value[1]) &&
    isString(value[2])
  );
}

function isStoredUndo(value: unknown): value is StoredUndo {
  return (
    isObject(value) &&
    value.v === VERSION &&
    isString(value.sheet) &&
    isString(value.report) &&
    Array.isArray(value.cells) &&
    value.cells.every(isStoredCell) &&
    isObject(value.fills) &&
    Object.values(value.fills).every(
      (groups) =>
        Array.isArray(groups) &&
        groups.every(
          (group: unknown) => isObject(group) && isFill(group.fill) && isString(group.cells),
        ),
    ) &&
    (value.flagsBefore === null || isStoredFlags(value.flagsBefore)) &&
    isString(value.written)
  );
}

function cellsOf(joined: string): string[] {
  return joined === '' ? [] : joined.split(SEPARATOR);
}

/** Groups items by a key, keeping the first item of each group as its representative. */
function grouped<T>(items: readonly T[], key: (item: T) => string, cell: (item: T) => string) {
  const groups = new Map<string, { first: T; cells: string[] }>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k) ?? { first: item, cells: [] };
    group.cells.push(cell(item));
    groups.set(k, group);
  }
  return [...groups.values()];
}

function encodeFlags(flags: FlagRecord): StoredFlags {
  return {
    v: VERSION,
    sheet: flags.sheet,
    groups: grouped(
      flags.marks,
      (mark) => JSON.stringify([mark.color, mark.own]),
      (mark) => mark.cell,
    ).map(({ first, cells }) => ({
      color: first.color,
      own: first.own,
      cells: cells.join(SEPARATOR),
    })),
  };
}

function decodeFlags(stored: StoredFlags): FlagRecord {
  return {
    sheet: stored.sheet,
    marks: stored.groups.flatMap((group) =>
      cellsOf(group.cells).map((cell) => ({ cell, color: group.color, own: group.own })),
    ),
  };
}

function encodeUndo(undo: UndoRecord): StoredUndo {
  return {
    v: VERSION,
    sheet: undo.sheet,
    report: undo.report,
    cells: undo.cells.map((saved) => [saved.cell, saved.input, saved.format] as const),
    fills: Object.fromEntries(
      Object.entries(undo.fills).map(([sheet, fills]) => [
        sheet,
        grouped(
          fills,
          (saved) => JSON.stringify(saved.fill),
          (saved) => saved.cell,
        ).map(({ first, cells }) => ({ fill: first.fill, cells: cells.join(SEPARATOR) })),
      ]),
    ),
    flagsBefore: undo.flagsBefore ? encodeFlags(undo.flagsBefore) : null,
    written: undo.written,
  };
}

function decodeUndo(stored: StoredUndo): UndoRecord {
  return {
    sheet: stored.sheet,
    report: stored.report,
    cells: stored.cells.map(([cell, input, format]) => ({ cell, input, format })),
    fills: Object.fromEntries(
      Object.entries(stored.fills).map(([sheet, groups]) => [
        sheet,
        groups.flatMap((group) => cellsOf(group.cells).map((cell) => ({ cell, fill: group.fill }))),
      ]),
    ),
    flagsBefore: stored.flagsBefore ? decodeFlags(stored.flagsBefore) : null,
    written: stored.written,
  };
}

/** A stored record of this version that passes its check, decoded; null when older or damaged. */
function read<S, T>(
  store: SettingsStore,
  key: string,
  check: (value: unknown) => value is S,
  decode: (stored: S) => T,
): T | null {
  const value = store.get(key);
  return check(value) ? decode(value) : null;
}

function write<T>(
  store: SettingsStore,
  key: string,
  value: T | null,
  encode: (value: T) => unknown,
) {
  if (value === null) store.remove(key);
  else store.set(key, encode(value));
}

export function readState(store: SettingsStore): AddinState {
  return {
    binding: read(store, STATE_KEYS.dashboard, isStoredBinding, (b) => ({
      sheet: b.sheet,
      within: b.within,
    })),
    flags: read(store, STATE_KEYS.flags, isStoredFlags, decodeFlags),
    undo: read(store, STATE_KEYS.undo, isStoredUndo, decodeUndo),
  };
}

/** Sets the records in memory; `store.save()` writes them into the workbook. */
export function writeState(store: SettingsStore, state: AddinState): void {
  write(store, STATE_KEYS.dashboard, state.binding, (b): StoredBinding => ({ v: VERSION, ...b }));
  write(store, STATE_KEYS.flags, state.flags, encodeFlags);
  write(store, STATE_KEYS.undo, state.undo, encodeUndo);
}

/** The size of the records as stored. */
export function stateSize(state: AddinState): number {
  const flags = state.flags ? JSON.stringify(encodeFlags(state.flags)).length : 0;
  const undo = state.undo ? JSON.stringify(encodeUndo(state.undo)).length : 0;
  return flags + undo;
}

export function sameBinding(a: Binding | null, b: Binding | null): boolean {
  return a?.sheet === b?.sheet && a?.within === b?.within;
}
