/** Which merged area covers a cell, answered in constant time per row. */
import type { CellRange } from './grid';

export class MergeIndex {
  private readonly byRow = new Map<number, CellRange[]>();

  /** Only the rows of `block` are indexed: recognition never looks outside it. */
  constructor(merges: readonly CellRange[], block: CellRange) {
    for (const merge of merges) {
      if (merge.right < block.left || merge.left > block.right) continue;
      const top = Math.max(merge.top, block.top);
      const bottom = Math.min(merge.bottom, block.bottom);
      for (let row = top; row <= bottom; row += 1) {
        const list = this.byRow.get(row);
        if (list) list.push(merge);
        else this.byRow.set(row, [merge]);
      }
    }
  }

  /** The merged area covering (row, col), or null when the cell is not merged. */
  covering(row: number, col: number): CellRange | null {
    const list = this.byRow.get(row);
    if (!list) return null;
    for (const merge of list) if (col >= merge.left && col <= merge.right) return merge;
    return null;
  }

  /** The merged areas crossing `row`. */
  inRow(row: number): readonly CellRange[] {
    return this.byRow.get(row) ?? [];
  }
}
