/**
 * Queues writes on a sheet as few 2-D calls as the cells allow: one per run of adjacent cells of
 * a column for contents and formats, one setCellProperties over the block of the filled cells.
 * Nothing here syncs: the caller syncs once for the whole batch.
 */
import { parseA1 } from '../core/address';
import type { CellInput, XWorksheet } from './excel-api';
import type { FillTarget } from './fills';
import { isNoFill, settableFill } from './fills';

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
export function queueContents(
  sheet: XWorksheet,
  cells: readonly CellContent[],
  as: 'values' | 'formulas',
): void {
  for (const run of columnRuns(cells)) {
    const range = sheet.getRangeByIndexes(run[0].row, run[0].col, run.length, 1);
    range.numberFormat = run.map((cell) => [cell.format]);
    if (as === 'values') range.values = run.map((cell) => [cell.input]);
    else range.formulas = run.map((cell) => [cell.input]);
  }
}

/**
 * Gives cells their fills: "no fill" through fill.clear() on runs, any other fill through one
 * setCellProperties over the block of those cells (cells of the block not named keep theirs).
 */
export function queueFills(sheet: XWorksheet, targets: readonly FillTarget[]): void {
  const placed = targets
    .map((target) => ({ target, place: parseA1(target.cell) }))
    .filter((item): item is { target: FillTarget; place: Placed } => item.place !== null)
    .map(({ target, place }) => ({ row: place.row, col: place.col, fill: target.fill }));
  const clears = placed.filter((cell) => isNoFill(cell.fill));
  const sets = placed.filter((cell) => !isNoFill(cell.fill));
  for (const run of columnRuns(clears))
    sheet.getRangeByIndexes(run[0].row, run[0].col, run.length, 1).format.fill.clear();
  if (sets.length === 0) return;
  const top = Math.min(...sets.map((cell) => cell.row));
  const left = Math.min(...sets.map((cell) => cell.col));
  const bottom = Math.max(...sets.map((cell) => cell.row));
  const right = Math.max(...sets.map((cell) => cell.col));
  const grid: Excel.SettableCellProperties[][] = Array.from({ length: bottom - top + 1 }, () =>
    Array.from({ length: right - left + 1 }, () => ({})),
  );
  for (const cell of sets) grid[cell.row - top][cell.col - left] = settableFill(cell.fill);
  sheet.getRangeByIndexes(top, left, grid.length, grid[0].length).setCellProperties(grid);
}
