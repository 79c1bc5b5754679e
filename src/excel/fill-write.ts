/**
 * Turns a FillPlan into the Excel writes of one batch, and the state that makes them reversible:
 * - the Moyenne and atteinte objectif cells (value and number format), each cell's previous
 *   content kept for undo;
 * - the flags: a flagged cell keeps, as its "own" fill, the fill it had before any flag (a cell
 *   flagged again keeps the first one); a cell no longer flagged gets its own fill back, unless
 *   the agent recoloured it since (then the agent's colour stays);
 * - the report sheet, replaced.
 * Pure: everything it needs was read in the first sync.
 */
import { a1 } from '../core/address';
import type { Cell, CellRange } from '../core/grid';
import { cellAt } from '../core/grid';
import type { FillPlan, ReportSheet } from '../core/types';
import type { CellContent } from './batches';
import { columnRuns } from './batches';
import type { CellInput } from './excel-api';
import type { FillTarget, OwnFill } from './fills';
import { NO_FILL, flagFill, isFlagFill, sameFill } from './fills';
import type { Located } from './locate';
import type { AddinState, FlagMark, FlagRecord, SavedCell, SavedFill, UndoRecord } from './state';

export interface FillWrite {
  readonly sheet: string;
  readonly contents: readonly CellContent[];
  /** Fills to set, by sheet (the flags may have been on another sheet last time). */
  readonly fills: ReadonlyMap<string, readonly FillTarget[]>;
  readonly report: ReportSheet;
  /** The existing sheet of that name (any case), to delete first; null when there is none. */
  readonly replacedReport: string | null;
  readonly flags: FlagRecord | null;
  readonly undo: UndoRecord;
  /** The dashboard blocks the contents occupy, to recognise the change events they cause. */
  readonly written: readonly CellRange[];
}

const ERROR_TEXT = /^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!)$/i;

/** Text Excel would read as something else when typed: a formula, a number, a date, a boolean. */
function readsAsOther(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[=+\-@'].+/.test(text) ||
    /^[-+]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*\s*%?$/.test(trimmed) ||
    /^(vrai|faux|true|false)$/i.test(trimmed) ||
    /^\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?$/.test(trimmed) ||
    /^\d{1,2}:\d{2}/.test(trimmed) ||
    ERROR_TEXT.test(trimmed)
  );
}

/**
 * What to write back to recreate a cell: its formula, its constant, "" for an empty cell; a text
 * that Excel would read as a number (outside a text format) keeps Excel's quote prefix.
 */
export function restoreInput(cell: Cell): CellInput {
  if (cell.formula !== null) return cell.formula;
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'number':
    case 'boolean':
      return cell.value ?? '';
    case 'error':
      return String(cell.value);
    case 'text': {
      const text = String(cell.value ?? '');
      return cell.format === '@' || !readsAsOther(text) ? text : `'${text}`;
    }
  }
}

function sameSheet(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

interface FlagChanges {
  readonly flags: FlagRecord | null;
  readonly targets: Map<string, FillTarget[]>;
  readonly before: Record<string, SavedFill[]>;
}

/**
 * The month cells of the dashboard that show exactly a flag's fill and that no record knows: the
 * flags of a fill whose record was lost (a workbook from before records moved into it, a record
 * removed by hand). They are taken for flags, never for the cells' own fills, so that a flag can
 * never become permanent: their own fill is "no fill".
 */
export function orphanFlags(located: Located, known: FlagRecord | null): Set<string> {
  const sheet = located.snapshot.name;
  const recorded = new Set(
    known && sameSheet(known.sheet, sheet) ? known.marks.map((mark) => mark.cell) : [],
  );
  const orphans = new Set<string>();
  const { columns, rows } = located.dashboard;
  for (const { row } of rows)
    for (const col of columns.months) {
      const cell = a1(row, col);
      if (recorded.has(cell)) continue;
      const fill = located.fills.at(sheet, cell);
      if (fill && isFlagFill(fill)) orphans.add(cell);
    }
  return orphans;
}

function flagChanges(located: Located, plan: FillPlan, previous: FlagRecord | null): FlagChanges {
  const sheet = located.snapshot.name;
  const current = (on: string, cell: string): OwnFill => located.fills.at(on, cell) ?? NO_FILL;
  const previousOn = previous && sameSheet(previous.sheet, sheet) ? previous : null;
  const oldMarks = new Map((previousOn?.marks ?? []).map((mark) => [mark.cell, mark]));
  const orphans = orphanFlags(located, previous);

  const marks: FlagMark[] = plan.flags.map((flag) => {
    const cell = a1(flag.row, flag.col);
    const old = oldMarks.get(cell);
    const now = current(sheet, cell);
    let own = now;
    if (old && sameFill(now, flagFill(old.color))) own = old.own;
    else if (orphans.has(cell)) own = NO_FILL;
    return { cell, color: flag.color, own };
  });
  const flagged = new Set(marks.map((mark) => mark.cell));

  const targets = new Map<string, FillTarget[]>();
  const before: Record<string, SavedFill[]> = {};
  const target = (on: string, cell: string, fill: OwnFill) => {
    const list = targets.get(on) ?? [];
    list.push({ cell, fill });
    targets.set(on, list);
    (before[on] ??= []).push({ cell, fill: current(on, cell) });
  };
  for (const mark of marks) target(sheet, mark.cell, flagFill(mark.color));
  for (const old of previous?.marks ?? []) {
    const on = previous?.sheet ?? sheet;
    if (sameSheet(on, sheet) && flagged.has(old.cell)) continue;
    if (sameFill(current(on, old.cell), flagFill(old.color))) target(on, old.cell, old.own);
  }
  for (const cell of orphans) if (!flagged.has(cell)) target(sheet, cell, NO_FILL);
  return { flags: marks.length > 0 ? { sheet, marks } : null, targets, before };
}

/** The blocks (runs of a column) the contents occupy. */
export function contentBlocks(contents: readonly CellContent[]): CellRange[] {
  return columnRuns(contents).map((run) => ({
    top: run[0].row,
    left: run[0].col,
    bottom: run[run.length - 1].row,
    right: run[0].col,
  }));
}

export function prepareFill(located: Located, plan: FillPlan, previous: AddinState): FillWrite {
  const { grid } = located.snapshot;
  const contents: CellContent[] = plan.writes.map((write) => ({
    row: write.row,
    col: write.col,
    input: write.value,
    format: write.format ?? cellAt(grid, write.row, write.col).format,
  }));
  const saved: SavedCell[] = plan.writes.map((write) => {
    const cell = cellAt(grid, write.row, write.col);
    return { cell: a1(write.row, write.col), input: restoreInput(cell), format: cell.format };
  });
  const changes = flagChanges(located, plan, previous.flags);
  const existing = located.sheets.find((info) => sameSheet(info.name, plan.report.name));
  return {
    sheet: located.snapshot.name,
    contents,
    fills: changes.targets,
    report: plan.report,
    replacedReport: existing?.name ?? null,
    flags: changes.flags,
    undo: {
      sheet: located.snapshot.name,
      report: plan.report.name,
      cells: saved,
      fills: changes.before,
      flagsBefore: previous.flags,
      written: contents.map((cell) => cell.input),
    },
    written: contentBlocks(contents),
  };
}
