/**
 * Plans writes on a sheet as few 2-D calls as the cells and the payload budget allow: one per run
 * of adjacent cells of a column for contents and formats, one setCellProperties per band of the
 * block of the filled cells. Each call is measured on the data it sends (payload.ts), and a run
 * or a block too large for one request is cut into bands that fit. Nothing here syncs: the
 * caller packs the calls into as few syncs as the budget allows.
 */
import { parseA1 } from '../core/address';
import type { CellInput, XSyncContext, XWorksheet } from './excel-api';
import type { FillTarget } from './fills';
import { isNoFill, settableFill } from './fills';
import type { PlannedCall } from './payload';
import { PAYLOAD_BUDGET, jsonBytes, packCalls, slices } from './payload';

/** A single call's data stays under a quarter of the budget, so that calls pack well. */
export const CALL_BUDGET = PAYLOAD_BUDGET / 4;

/** Cuts rows of data into bands whose JSON stays within CALL_BUDGET. */
export function bandsOf<T>(rows: readonly T[], bytesOf: (rows: readonly T[]) => number): T[][] {
  const total = bytesOf(rows);
  if (total <= CALL_BUDGET || rows.length <= 1) return [[...rows]];
  const perBand = Math.max(1, Math.floor((rows.length * CALL_BUDGET) / total));
  return slices(rows, perBand);
}

/** One cell's content (a constant or a formula) and number format. */
export interface CellContent {
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
  readonly format: string;
}

interface Placed {
  readonly row: number;
  readonly col: number;
}

/** Groups cells into vertical runs of adjacent cells, left to right, top to bottom. */
export function columnRuns<T extends Placed>(cells: readonly T[]): T[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: T[][] = [];
  for (const cell of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.col === cell.col && last.row + 1 === cell.row) run.push(cell);
    else if (!last || last.col !== cell.col || last.row !== cell.row) runs.push([cell]);
  }
  return runs;
}

/**
 * Reads the values of cells (a call per run); the returned function, called after the sync,
 * gives them in the order of `cells`.
 */
export function queueValueRead(
  sheet: XWorksheet,
  cells: readonly { readonly row: number; readonly col: number }[],
): () => unknown[] {
  const reads = columnRuns(cells).map((run) => ({
    run,
    range: sheet.getRangeByIndexes(run[0].row, run[0].col, run.length, 1).load('values'),
  }));
  return () => {
    const values = new Map<string, unknown>();
    for (const { run, range } of reads)
      run.forEach((cell, i) => values.set(`${cell.row},${cell.col}`, range.values[i][0]));
    return cells.map((cell) => values.get(`${cell.row},${cell.col}`));
  };
}

/**
 * Writes contents with their number formats. The format goes first so that Excel reads the
 * content in it. `formulas` takes constants as well as formulas: undo uses it to give back a
 * formula; the fill writes values only (`values`).
 */
export function contentCalls(
  sheet: () => XWorksheet,
  cells: readonly CellContent[],
  as: 'values' | 'formulas',
): PlannedCall[] {
  const bytes = (run: readonly CellContent[]) =>
    jsonBytes(run.map((cell) => [cell.format])) + jsonBytes(run.map((cell) => [cell.input]));
  return columnRuns(cells)
    .flatMap((run) => bandsOf(run, bytes))
    .map((run) => ({
      bytes: bytes(run),
      queue: () => {
        const range = sheet().getRangeByIndexes(run[0].row, run[0].col, run.length, 1);
        range.numberFormat = run.map((cell) => [cell.format]);
        if (as === 'values') range.values = run.map((cell) => [cell.input]);
        else range.formulas = run.map((cell) => [cell.input]);
      },
    }));
}

/**
 * Gives cells their fills: "no fill" through fill.clear() on runs, any other fill through
 * setCellProperties over the block of those cells, in bands (cells of a band not named keep
 * theirs).
 */
export function fillCalls(sheet: () => XWorksheet, targets: readonly FillTarget[]): PlannedCall[] {
  const placed = targets
    .map((target) => ({ target, place: parseA1(target.cell) }))
    .filter((item): item is { target: FillTarget; place: Placed } => item.place !== null)
    .map(({ target, place }) => ({ row: place.row, col: place.col, fill: target.fill }));
  const clears = placed.filter((cell) => isNoFill(cell.fill));
  const sets = placed.filter((cell) => !isNoFill(cell.fill));
  const calls: PlannedCall[] = columnRuns(clears).map((run) => ({
    bytes: 0,
    queue: () =>
      sheet().getRangeByIndexes(run[0].row, run[0].col, run.length, 1).format.fill.clear(),
  }));
  if (sets.length === 0) return calls;
  const top = sets.reduce((min, cell) => Math.min(min, cell.row), Infinity);
  const left = sets.reduce((min, cell) => Math.min(min, cell.col), Infinity);
  const bottom = sets.reduce((max, cell) => Math.max(max, cell.row), -Infinity);
  const right = sets.reduce((max, cell) => Math.max(max, cell.col), -Infinity);
  const grid: Excel.SettableCellProperties[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array.from({ length: right - left + 1 }, () => ({})),
  );
  for (const cell of sets) grid[cell.row - top][cell.col - left] = settableFill(cell.fill);
  const rows = grid.map((line, r) => ({ line, row: top + r }));
  for (const band of bandsOf(rows, (some) => jsonBytes(some.map((r) => r.line)))) {
    const data = band.map((r) => r.line);
    calls.push({
      bytes: jsonBytes(data),
      queue: () =>
        sheet()
          .getRangeByIndexes(band[0].row, left, data.length, data[0].length)
          .setCellProperties(data),
    });
  }
  return calls;
}

/** Runs planned calls in as few syncs as the budget allows. */
export async function runCalls(ctx: XSyncContext, calls: readonly PlannedCall[]): Promise<void> {
  for (const batch of packCalls(calls)) {
    for (const call of batch) call.queue();
    await ctx.sync();
  }
}
