/**
 * Several blocks of twelve months side by side (last year's kept on the left of this year's):
 * which one the dashboard is about (design.md §2), and the as-of months that fit it.
 */
import { cellText } from './cell-text';
import type { Grid } from './grid';
import { cellAt } from './grid';
import type { MergeIndex } from './merge-index';
import type { MonthBlock } from './month-headers';
import { normalizeText } from './normalize';
import type { Dashboard, LayoutGuess, YearMonth } from './types';

const YEAR = /(?:^|\D)(20\d{2})(?!\d)/;

export interface BlockChoice {
  readonly block: MonthBlock;
  /** The year of the block read: its month headers', else a header above it ("ANNEE 2021"). */
  readonly year: number | null;
  readonly others: readonly { readonly block: MonthBlock; readonly year: number | null }[];
  /** Null when the row holds a single block: no choice was made. */
  readonly guess: LayoutGuess | null;
}

/** The year a text names ("ANNEE 2021", "Moyenne 2021"), or null. */
export function yearIn(text: string): number | null {
  const match = YEAR.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * The block whose year a Moyenne, Objectifs or Atteinte header names (`namedYears`), else the
 * one with the latest year, else the right-most.
 */
export function chooseBlock(
  grid: Grid,
  merges: MergeIndex,
  headerRows: readonly number[],
  monthRow: number,
  blocks: readonly MonthBlock[],
  namedYears: readonly number[],
): BlockChoice {
  const dated = blocks.map((block) => ({
    block,
    year: plausibleYear(block.year) ?? yearAbove(grid, merges, headerRows, monthRow, block),
  }));
  if (dated.length === 1) return { ...dated[0], others: [], guess: null };
  let index = dated.findIndex((entry) => entry.year !== null && namedYears.includes(entry.year));
  let reason: 'named_by_header' | 'latest_year' | 'right_most' = 'named_by_header';
  if (index === -1) {
    reason = 'latest_year';
    for (let i = 0; i < dated.length; i += 1) {
      const year = dated[i].year;
      if (year !== null && (index === -1 || year >= (dated[index].year ?? 0))) index = i;
    }
  }
  if (index === -1) {
    reason = 'right_most';
    index = dated.length - 1;
  }
  const chosen = dated[index];
  const others = dated.filter((_, i) => i !== index);
  return {
    ...chosen,
    others,
    guess: {
      kind: 'year_block',
      row: monthRow,
      col: chosen.block.columns[0],
      year: chosen.year,
      otherYears: others.map((other) => other.year),
      reason,
    },
  };
}

/** A dashboard's year: a date header showing only a day gives 1900, which is none. */
function plausibleYear(year: number | null): number | null {
  return year !== null && year >= 2000 && year <= 2099 ? year : null;
}

/**
 * A year written in a header row above the block: a cell inside its columns, or a merged cell
 * covering its first month ("ANNEE 2021" merged over the twelve months).
 */
function yearAbove(
  grid: Grid,
  merges: MergeIndex,
  headerRows: readonly number[],
  monthRow: number,
  block: MonthBlock,
): number | null {
  const first = block.columns[0];
  const last = block.columns[block.columns.length - 1];
  for (const row of headerRows) {
    if (row >= monthRow) continue;
    const merge = merges.covering(row, first);
    if (merge) {
      const year = yearIn(normalizeText(cellText(cellAt(grid, merge.top, merge.left))));
      if (year !== null) return year;
    }
    for (let col = first; col <= last; col += 1) {
      const year = yearIn(normalizeText(cellText(cellAt(grid, row, col))));
      if (year !== null) return year;
    }
  }
  return null;
}

/**
 * Whether checking up to `asOf` would mix years: the sheet holds several year blocks and the
 * as-of month is outside the year of the block read, so another block was probably meant.
 */
export function asOfOutsideYear(dashboard: Dashboard, asOf: YearMonth): boolean {
  return (
    (dashboard.otherBlocks?.length ?? 0) > 0 &&
    dashboard.year !== null &&
    asOf.year !== dashboard.year
  );
}
