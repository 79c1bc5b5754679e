/**
 * Values merged over several cells of the table (design.md §2): "COVID" typed once over
 * Mars–Juin suspends each of those months, "Fermés" merged over a block closes every month it
 * covers, an objective or engagement merged over two rows applies to both. A title merged
 * across the table is not such a value: it spans more than the month columns.
 */
import type { Cell, CellRange, Grid } from './grid';
import { EMPTY_CELL, cellAt } from './grid';

/** The columns of the table a merged value may cover. */
export interface ValueColumns {
  /** The first and last month columns of the block read. */
  readonly firstMonth: number;
  readonly lastMonth: number;
  /** Columns whose merges over several rows give each row the value (objective, engagement). */
  readonly perRow: readonly (number | null)[];
}

/** The merged areas below `headerRow` whose value applies to each cell they cover. */
export function valueMerges(
  merges: readonly CellRange[],
  headerRow: number,
  columns: ValueColumns,
): CellRange[] {
  const perRow = new Set(columns.perRow.filter((col): col is number => col !== null));
  return merges.filter(
    (merge) =>
      merge.top > headerRow &&
      ((merge.left >= columns.firstMonth && merge.right <= columns.lastMonth) ||
        (merge.left === merge.right && perRow.has(merge.left))),
  );
}

/**
 * The grid with each cell covered by one of `merges` reading as the merged area's first cell.
 * Only the rows the merges cross are copied; the others are shared with `grid`.
 */
export function withMergedValues(grid: Grid, merges: readonly CellRange[]): Grid {
  if (merges.length === 0) return grid;
  const cells: (readonly Cell[])[] = [...grid.cells];
  const copied = new Set<number>();
  for (const merge of merges) {
    const value = cellAt(grid, merge.top, merge.left);
    for (let row = merge.top; row <= merge.bottom && row < grid.rowCount; row += 1) {
      let copy = cells[row] as Cell[];
      if (!copied.has(row)) {
        copy = [...(grid.cells[row] ?? [])];
        cells[row] = copy;
        copied.add(row);
      }
      while (copy.length <= merge.right) copy.push(EMPTY_CELL);
      for (let col = merge.left; col <= merge.right; col += 1) copy[col] = value;
    }
  }
  return { ...grid, cells };
}
