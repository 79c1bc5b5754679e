/**
 * "Préparer <N+1>" in Excel: the dashboard sheet copied beside itself (Worksheet.copy), renamed
 * for year N+1, the plan written into the copy, the copy shown with January of its first
 * indicator selected. One sync reads (the usual dashboard read, the sheet names with it), one
 * writes, unless the writes outgrow the request budget (design.md §8): then they go in as few
 * chunks as fit. The add-in's own flags, copied with the cells, are taken off the copy: a flag
 * never becomes a fill of the agent's. "Annuler" deletes the copy while nothing was typed in it.
 */
import { a1 } from '../core/address';
import type { CellRange } from '../core/grid';
import { cellAt } from '../core/grid';
import { planRollover } from '../core/rollover';
import type { RolloverPlan, RolloverWrite } from '../core/rollover-types';
import { sheetTaken } from '../core/rollover-year';
import { sameSheetName } from '../core/sheet-name';
import type { Analysis } from '../core/types';
import { GatewayError } from '../gateway/types';
import { excelMessages } from '../i18n/excel';
import {
  rolloverCopyUnsupportedText,
  rolloverNoYearText,
  rolloverNothingToUndoText,
  rolloverSheetExistsText,
  rolloverUndoStaleText,
} from '../i18n/rollover';
import { columnRuns, fillCalls, queueValueRead } from './batches';
import { isItemNotFound } from './errors';
import type { CellInput, XContext, XWorksheet } from './excel-api';
import type { ExcelHost } from './host';
import type { Located } from './locate';
import type { RequirementSet } from './requirements';
import { supports } from './requirements';
import type { FlagRecord } from './state';

/** Worksheet.copy: ExcelApi 1.7 in the API reference (@types/office-js says the same). */
export const WORKSHEET_COPY: RequirementSet = { name: 'ExcelApi', version: '1.7' };

/** Well under the 5 MB Excel on the web accepts per request (design.md §8). */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** What one call costs in a request besides its values: the object path and the method. */
const CALL_OVERHEAD = 200;

/** What "Annuler" needs: the sheet added, and the cells that must still be empty. */
export interface RolloverRecord {
  readonly sheet: string;
  readonly emptied: readonly { readonly row: number; readonly col: number }[];
}

export function requireCopy(host: ExcelHost): void {
  if (!supports(host, WORKSHEET_COPY))
    throw new GatewayError(
      'unsupported_version',
      rolloverCopyUnsupportedText(`${WORKSHEET_COPY.name} ${WORKSHEET_COPY.version}`, host.lang),
    );
}

/** The plan for the located dashboard; refused without a year or when its sheet exists. */
export function rolloverPlanFor(
  located: Located,
  analysis: Analysis,
  host: ExcelHost,
): RolloverPlan {
  const result = planRollover(located.snapshot.grid, analysis);
  if (!result.ok) throw new GatewayError('unexpected', rolloverNoYearText(host.lang));
  const { plan } = result;
  const names = located.sheets.map((sheet) => sheet.name);
  if (sheetTaken(names, plan.newSheet))
    throw new GatewayError(
      'unexpected',
      rolloverSheetExistsText(plan.newSheet, plan.to, host.lang),
    );
  return plan;
}

export function assertCanAddSheet(located: Located, host: ExcelHost): void {
  const text = excelMessages(host.lang);
  if (located.snapshot.protected)
    throw new GatewayError('protected_sheet', text.protectedSheet(located.snapshot.name));
  if (located.workbookProtected) throw new GatewayError('protected_sheet', text.protectedWorkbook);
}

/** One queued call and its estimated size in the request. */
interface Call {
  readonly size: number;
  readonly queue: (sheet: XWorksheet) => void;
}

function valuesCall(area: CellRange, values: CellInput[][], formats: string[][] | null): Call {
  const size = CALL_OVERHEAD + JSON.stringify(values).length + JSON.stringify(formats ?? []).length;
  return {
    size,
    queue: (sheet) => {
      const range = sheet.getRangeByIndexes(
        area.top,
        area.left,
        area.bottom - area.top + 1,
        area.right - area.left + 1,
      );
      if (formats) range.numberFormat = formats;
      range.values = values;
    },
  };
}

/**
 * A text Excel would read as a number or a date when written ("01/2021") keeps its apostrophe
 * prefix, so that it stays the text it was.
 */
function asInput(value: string | number): CellInput {
  if (typeof value === 'number') return value;
  return /\d/.test(value) && /^[-+]?[\d\s.,/:%]+$/.test(value) ? `'${value}` : value;
}

function planCalls(located: Located, plan: RolloverPlan): Call[] {
  const grid = located.snapshot.grid;
  const calls: Call[] = [];
  const cells: { row: number; col: number }[] = [];
  for (const area of plan.clears) {
    if (area.top === area.bottom && area.left === area.right) {
      cells.push({ row: area.top, col: area.left });
      continue;
    }
    // A merged area is emptied whole: Excel refuses to change part of one.
    const blank = Array.from({ length: area.bottom - area.top + 1 }, () =>
      Array.from({ length: area.right - area.left + 1 }, (): CellInput => ''),
    );
    calls.push(valuesCall(area, blank, null));
  }
  for (const run of columnRuns(cells))
    calls.push(
      valuesCall(
        runArea(run),
        run.map(() => ['']),
        null,
      ),
    );
  for (const run of columnRuns<RolloverWrite>(plan.writes))
    calls.push(
      valuesCall(
        runArea(run),
        run.map((write) => [asInput(write.value)]),
        run.map((write) => [write.format ?? cellAt(grid, write.row, write.col).format]),
      ),
    );
  return calls;
}

function runArea(run: readonly { readonly row: number; readonly col: number }[]): CellRange {
  return { top: run[0].row, left: run[0].col, bottom: run[run.length - 1].row, right: run[0].col };
}

/** The flags of the dashboard, as the copy took them: given back their own fills there. */
function unflagCalls(flags: FlagRecord | null, plan: RolloverPlan): Call[] {
  if (!flags || !sameSheetName(flags.sheet, plan.sheet) || flags.marks.length === 0) return [];
  const targets = flags.marks.map((mark) => ({ cell: mark.cell, fill: mark.own }));
  let target: XWorksheet | null = null;
  const sheet = () => {
    if (!target) throw new Error('fill queued before its sheet');
    return target;
  };
  return fillCalls(sheet, targets).map((call) => ({
    size: CALL_OVERHEAD + call.bytes,
    queue: (copy) => {
      target = copy;
      call.queue();
    },
  }));
}

/**
 * Copies the dashboard and writes the plan into the copy, syncing only when the next call
 * would take the request over the budget, and once at the end. A write Excel refuses half-way
 * takes the copy away again (best effort), so that no half-prepared sheet is left.
 */
export async function writeRollover(
  ctx: XContext,
  located: Located,
  plan: RolloverPlan,
  flags: FlagRecord | null,
  budget = REQUEST_BUDGET,
): Promise<RolloverRecord> {
  try {
    return await queueAndSync(ctx, located, plan, flags, budget);
  } catch (error) {
    ctx.workbook.worksheets.getItem(plan.newSheet).delete();
    await ctx.sync().catch(() => undefined);
    throw error;
  }
}

async function queueAndSync(
  ctx: XContext,
  located: Located,
  plan: RolloverPlan,
  flags: FlagRecord | null,
  budget: number,
): Promise<RolloverRecord> {
  const source = ctx.workbook.worksheets.getItem(located.snapshot.name);
  const copy = source.copy('After', source);
  copy.name = plan.newSheet;
  const calls = [...planCalls(located, plan), ...unflagCalls(flags, plan)];
  let pending = 0;
  for (const call of calls) {
    if (pending > 0 && pending + call.size > budget) {
      await ctx.sync();
      pending = 0;
    }
    call.queue(copy);
    pending += call.size;
  }
  copy.activate();
  const first = plan.rows[0];
  const january = located.dashboard.columns.months[0];
  copy.getRange(first ? a1(first.row, january) : 'A1').select();
  await ctx.sync();
  return {
    sheet: plan.newSheet,
    emptied: plan.clears.map((area) => ({ row: area.top, col: area.left })),
  };
}

/** Deletes the added sheet, unless something was typed into its emptied cells since. */
export async function removeRollover(
  host: ExcelHost,
  record: RolloverRecord | null,
): Promise<void> {
  if (!record) throw new GatewayError('nothing_to_undo', rolloverNothingToUndoText(host.lang));
  await host
    .run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(record.sheet);
      const read = queueValueRead(sheet, record.emptied);
      await ctx.sync();
      if (read().some((value) => value !== '' && value !== null))
        throw new GatewayError('nothing_to_undo', rolloverUndoStaleText(record.sheet, host.lang));
      sheet.delete();
      await ctx.sync();
    })
    .catch((error: unknown) => {
      if (isItemNotFound(error))
        throw new GatewayError('nothing_to_undo', rolloverNothingToUndoText(host.lang));
      throw error;
    });
}
