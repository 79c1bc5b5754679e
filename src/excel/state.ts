/**
 * What the add-in keeps in the workbook between runs (records.ts puts it in custom XML parts):
 * - the dashboard it recognised (sheet and, when the agent pointed at it, the table's range), so
 *   that the next opening reads that sheet first;
 * - the flags it set, each with the cell's own fill, so that "Effacer les marques" gives it back;
 * - the previous content (value or formula, number format) of every cell the last fill
 *   overwrote, what it wrote there, and the fills it changed, so that "Annuler le dernier calcul"
 *   restores them.
 * Earlier versions kept them in the add-in's document settings, which belong to one installation
 * of the add-in: records found there are read once and moved into the workbook's parts. The
 * settings keep only a hint of the dashboard sheet, which spares the first sync a guess.
 * This module gives the records' stored forms (grouped cells, triples) and checks them on reading.
 */
import { parseRangeA1, rangeA1 } from '../core/address';
import type { CellRange } from '../core/grid';
import type { CellInput } from './excel-api';
import type { OwnFill } from './fills';
import { isFillPattern } from './fills';
import type { SettingsStore } from './host';
import type { RecordChange, RecordKind } from './records';
import { RECORD_BUDGETS, RECORD_KINDS, recordBytes } from './records';

/** The document settings' keys: the dashboard hint, and the records of earlier versions. */
export const STATE_KEYS = {
  dashboard: 'qualepref.dashboard',
  flags: 'qualepref.flags',
  undo: 'qualepref.undo',
} as const;

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
   * What the fill wrote into `cells`, in their order: undo gives them back only while they still
   * hold it (rows inserted or a cell retyped since would make it write in the wrong place).
   * Records of version 1 (document settings) kept a fingerprint of it instead.
   */
  readonly written: string | readonly CellInput[];
}

export interface AddinState {
  readonly binding: Binding | null;
  readonly flags: FlagRecord | null;
  readonly undo: UndoRecord | null;
}

const VERSION = 1;
/** Undo records that keep what the fill wrote (version 1 kept a fingerprint). */
const UNDO_VERSION = 2;
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
  readonly written: string | readonly CellInput[];
}

interface StoredBinding {
  readonly v: number;
  readonly sheet: string;
  readonly within: string | null;
  /** In the settings' hint only: the sheet's used range last read ("A1:U2004"). */
  readonly used?: string;
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
    (value.within === null || isString(value.within)) &&
    (value.used === undefined || isString(value.used))
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

function isWritten(value: unknown, version: unknown): value is StoredUndo['written'] {
  if (version === VERSION) return isString(value);
  return version === UNDO_VERSION && Array.isArray(value) && value.every(isInput);
}

function isStoredUndo(value: unknown): value is StoredUndo {
  return (
    isObject(value) &&
    isWritten(value.written, value.v) &&
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
    (value.flagsBefore === null || isStoredFlags(value.flagsBefore))
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
    v: typeof undo.written === 'string' ? VERSION : UNDO_VERSION,
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

/** A stored record that passes its check, decoded; null when absent, unknown or damaged. */
function decoded<S, T>(
  value: unknown,
  check: (value: unknown) => value is S,
  decode: (stored: S) => T,
): T | null {
  return check(value) ? decode(value) : null;
}

function decodeBinding(stored: StoredBinding): Binding {
  return { sheet: stored.sheet, within: stored.within };
}

function encodeBinding(binding: Binding): StoredBinding {
  return { v: VERSION, sheet: binding.sheet, within: binding.within };
}

/** The state from each record's stored form (as read from the workbook or the settings). */
export function stateFrom(stored: (kind: RecordKind) => unknown): AddinState {
  return {
    binding: decoded(stored('dashboard'), isStoredBinding, decodeBinding),
    flags: decoded(stored('flags'), isStoredFlags, decodeFlags),
    undo: decoded(stored('undo'), isStoredUndo, decodeUndo),
  };
}

/** The records an earlier version left in the document settings. */
export function settingsState(store: SettingsStore): AddinState {
  return stateFrom((kind) => store.get(STATE_KEYS[kind]));
}

/** Each record's stored form, null for a record to remove. */
export function recordChanges(state: AddinState): RecordChange[] {
  return RECORD_KINDS.map((kind) => ({ kind, stored: storedForm(state, kind) }));
}

function storedForm(state: AddinState, kind: RecordKind): unknown {
  switch (kind) {
    case 'dashboard':
      return state.binding ? encodeBinding(state.binding) : null;
    case 'flags':
      return state.flags ? encodeFlags(state.flags) : null;
    case 'undo':
      return state.undo ? encodeUndo(state.undo) : null;
  }
}

/** The first record larger than its budget, or null when every one fits. */
export function recordOverBudget(state: AddinState): RecordKind | null {
  return (
    RECORD_KINDS.find((kind) => {
      const stored = storedForm(state, kind);
      return stored !== null && recordBytes(kind, stored) > RECORD_BUDGETS[kind];
    }) ?? null
  );
}

/**
 * The dashboard hint in the settings, known without a sync: which sheet to read first, and its
 * used range last time (which shapes the first read to the payload budget).
 */
export interface SettingsHint {
  readonly binding: Binding;
  readonly used: CellRange | null;
}

export function settingsHint(store: SettingsStore): SettingsHint | null {
  const value = store.get(STATE_KEYS.dashboard);
  if (!isStoredBinding(value)) return null;
  return {
    binding: decodeBinding(value),
    used: value.used === undefined ? null : parseRangeA1(value.used),
  };
}

export function setSettingsHint(store: SettingsStore, hint: SettingsHint): void {
  const stored: StoredBinding = encodeBinding(hint.binding);
  store.set(STATE_KEYS.dashboard, hint.used ? { ...stored, used: rangeA1(hint.used) } : stored);
}

/** Removes the records an earlier version kept in the settings (they are in the workbook now). */
export function forgetSettingsRecords(store: SettingsStore): boolean {
  const had = store.get(STATE_KEYS.flags) !== null || store.get(STATE_KEYS.undo) !== null;
  store.remove(STATE_KEYS.flags);
  store.remove(STATE_KEYS.undo);
  return had;
}

export function sameHint(a: SettingsHint | null, b: SettingsHint): boolean {
  return (
    a?.binding.sheet === b.binding.sheet &&
    a.binding.within === b.binding.within &&
    (a.used ? rangeA1(a.used) : null) === (b.used ? rangeA1(b.used) : null)
  );
}
