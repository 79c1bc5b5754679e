/**
 * The label and section columns when no header names them (design.md §2), read from the rows
 * that hold month data only: spacer and title rows added to the table change nothing.
 */
import { cellText, isBlank } from './cell-text';
import type { Grid } from './grid';
import { cellAt } from './grid';
import type { MergeIndex } from './merge-index';

export interface LabelChoice {
  readonly label: number;
  /** Another column whose texts could be the labels too: the choice was a guess. */
  readonly other: number | null;
}

/**
 * Among `candidates`, the column whose cells in `rows` hold the most distinct text: a section
 * repeated on every row loses to the labels. A cell merged across columns (a title) counts for
 * none. Another column is a plausible reading when its texts are distinct on half the rows.
 */
export function labelByContent(
  grid: Grid,
  merges: MergeIndex,
  rows: readonly number[],
  candidates: readonly number[],
): LabelChoice | null {
  let best: number | null = null;
  let bestScore = 0;
  const plausible: number[] = [];
  for (const col of candidates) {
    const texts = new Set<string>();
    for (const row of rows) {
      const cell = cellAt(grid, row, col);
      if (cell.kind !== 'text' || isBlank(cell)) continue;
      const merge = merges.covering(row, col);
      if (merge && merge.right > merge.left) continue;
      texts.add(cellText(cell));
    }
    let score = 0;
    for (const text of texts) score += text.length;
    if (texts.size * 2 >= rows.length && texts.size > 1) plausible.push(col);
    if (score > bestScore) {
      best = col;
      bestScore = score;
    }
  }
  if (best === null) return null;
  return { label: best, other: plausible.find((col) => col !== best) ?? null };
}

/** The column closest to the left of the labels, among `candidates`, holding text in `rows`. */
export function sectionColumn(
  grid: Grid,
  rows: readonly number[],
  label: number,
  candidates: readonly number[],
): number | null {
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const col = candidates[i];
    if (col >= label) continue;
    for (const row of rows) {
      const cell = cellAt(grid, row, col);
      if (cell.kind === 'text' && !isBlank(cell)) return col;
    }
  }
  return null;
}
