/**
 * The rows of the table below its headers (design.md §2): blank spacer rows and section or
 * module title rows are skipped, not the end of the table; the table ends at two empty rows, a
 * footer, or another table's month headers. Rows holding month data that are not read as
 * indicators are kept as unread rows, so that analysis can refuse them out loud; a row holding
 * only a label is a title only on evidence (label-only-rows.ts).
 */
import { readCell } from './cell-reader';
import { cellText, isBlank } from './cell-text';
import type { CellRange, Grid } from './grid';
import { cellAt } from './grid';
import { labelOnlyReading } from './label-only-rows';
import type { MergeIndex } from './merge-index';
import { isMonthRow } from './month-headers';
import { normalizeText } from './normalize';
import type { IndicatorRow, LayoutGuess, UnreadRow } from './types';

/** A note, a source, a signature under the table: the table ends there. */
const FOOTER =
  /^(?:\*|(?:notes?|nota|sources?|n\.? ?b\.?|legende|signatures?|visa|fait (?:a|le)|mise? a jour|date de mise a jour|(?:le|la) (?:referente?|responsable|chef|directeu?r(?:ice)?|sous-prefete?|prefete?))\b)/;

/** What a row of the table holds, told from its cells before the label column is known. */
export interface TableRows {
  /** The table's non-blank, visible rows, top to bottom. */
  readonly rows: readonly number[];
  /** Rows right below the table's end holding month data (numbers, markers, errors). */
  readonly below: readonly UnreadRow[];
}

/**
 * From `top` down: blank and hidden rows are passed over, two blank rows in a row, a footer or
 * another table's month header row end the table; `right` is the table's last column.
 */
export function tableRows(
  grid: Grid,
  block: CellRange,
  top: number,
  right: number,
  months: readonly number[],
): TableRows {
  const hidden = new Set(grid.hiddenRows ?? []);
  const rows: number[] = [];
  let blanks = 0;
  let row = top;
  for (; row <= block.bottom; row += 1) {
    // A hidden row is passed over only when it holds nothing in the months: hiding a row must
    // never hide its missing months from the check (an auditor reads the values, not the view).
    if (hidden.has(row) && !holdsMonthData(grid, row, months)) continue;
    if (blankRow(grid, row, block.left, right)) {
      blanks += rows.length > 0 ? 1 : 0;
      if (blanks >= 2) break;
      continue;
    }
    if (isFooter(grid, row, block, months) || isMonthRow(grid, row, block, months[0])) break;
    blanks = 0;
    rows.push(row);
  }
  return { rows, below: unreadBelow(grid, block, row, right, months, hidden) };
}

/**
 * The rows of the first group of non-blank rows after the table's end that hold month data:
 * what an agent typed after a gap or under a note belongs to the table as far as anyone
 * reading the sheet can tell.
 */
function unreadBelow(
  grid: Grid,
  block: CellRange,
  end: number,
  right: number,
  months: readonly number[],
  hidden: ReadonlySet<number>,
): UnreadRow[] {
  const unread: UnreadRow[] = [];
  let row = end;
  while (
    row <= block.bottom &&
    ((hidden.has(row) && !holdsMonthData(grid, row, months)) ||
      blankRow(grid, row, block.left, right))
  )
    row += 1;
  for (; row <= block.bottom; row += 1) {
    if (hidden.has(row) && !holdsMonthData(grid, row, months)) continue;
    if (blankRow(grid, row, block.left, right) || isMonthRow(grid, row, block, months[0])) break;
    const found = monthData(grid, row, months, 'below_table');
    if (found) unread.push(found);
  }
  return unread;
}

function holdsMonthData(grid: Grid, row: number, months: readonly number[]): boolean {
  return monthData(grid, row, months, 'no_label') !== null;
}

function blankRow(grid: Grid, row: number, left: number, right: number): boolean {
  for (let col = left; col <= right; col += 1) if (!isBlank(cellAt(grid, row, col))) return false;
  return true;
}

/** A row whose first cell reads as a note or signature and whose months are empty. */
function isFooter(grid: Grid, row: number, block: CellRange, months: readonly number[]): boolean {
  for (const col of months) if (!isBlank(cellAt(grid, row, col))) return false;
  for (let col = block.left; col <= block.right; col += 1) {
    const cell = cellAt(grid, row, col);
    if (!isBlank(cell)) return cell.kind === 'text' && FOOTER.test(normalizeText(cellText(cell)));
  }
  return false;
}

/** The row's first month cell holding a number, a marker or an error, as an unread row. */
export function monthData(
  grid: Grid,
  row: number,
  months: readonly number[],
  reason: UnreadRow['reason'],
): UnreadRow | null {
  for (let index = 0; index < months.length; index += 1) {
    const cell = cellAt(grid, row, months[index]);
    const kind = readCell(cell).kind;
    if (kind === 'number' || kind === 'marker' || kind === 'error')
      return { row, col: months[index], month: index + 1, reason, text: cellText(cell) };
  }
  return null;
}

/** The columns that make a labelled row an indicator rather than a title. */
export interface RowLayout {
  /** The table's first column. */
  readonly left: number;
  readonly label: number;
  readonly section: number | null;
  /** Months, engagement, N-1, objective and Moyenne columns. */
  readonly valueColumns: readonly number[];
  readonly months: readonly number[];
}

export interface ReadRows {
  readonly indicators: IndicatorRow[];
  readonly unread: UnreadRow[];
  /** The label-only rows read as indicators though they could be titles. */
  readonly guesses: LayoutGuess[];
}

/**
 * The indicator rows, sections carried down. A row with nothing in the value columns is a
 * title, naming the section of the rows below it, when its label cell is blank, merged over the
 * months or reads as a heading; else an indicator nobody filled. A row with month data and no
 * label is unread.
 */
export function readRows(
  grid: Grid,
  merges: MergeIndex,
  rows: readonly number[],
  layout: RowLayout,
): ReadRows {
  const indicators: IndicatorRow[] = [];
  const unread: UnreadRow[] = [];
  const guesses: LayoutGuess[] = [];
  let section: string | null = null;
  let filled = false;
  for (const row of rows) {
    const labelCell = cellAt(grid, row, layout.label);
    if (allBlank(grid, row, layout.valueColumns)) {
      const reading =
        isBlank(labelCell) || mergedOverMonths(merges, row, layout)
          ? 'title'
          : labelOnlyReading(labelCell);
      if (reading === 'title') {
        section = titleOf(grid, merges, row, layout) ?? section;
        continue;
      }
      if (reading === 'unsure')
        guesses.push({
          kind: 'label_only_row',
          row,
          col: layout.label,
          label: cellText(labelCell),
        });
    } else filled = true;
    if (layout.section !== null) section = sectionAt(grid, merges, row, layout.section) ?? section;
    if (isBlank(labelCell)) {
      const found = monthData(grid, row, layout.months, 'no_label');
      if (found) unread.push(found);
      continue;
    }
    indicators.push({ row, section, label: cellText(labelCell) });
  }
  // A table none of whose rows holds a value is a blank template, not a dashboard whose
  // indicators nobody filled: it has no indicator, and another sheet may be the dashboard.
  return filled ? { indicators, unread, guesses } : { indicators: [], unread, guesses: [] };
}

/** The label cell is merged over the month cells: no month of the row can be typed. */
function mergedOverMonths(merges: MergeIndex, row: number, layout: RowLayout): boolean {
  const merge = merges.covering(row, layout.label);
  return merge !== null && merge.right >= layout.months[0];
}

/** A loop rather than an inline callback: it runs for every row of the table. */
function allBlank(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (!isBlank(cellAt(grid, row, col))) return false;
  return true;
}

/**
 * A title row's text: with a section column, its section cell's; without, its first text left
 * of the months (a title merged across the table starts left of the labels).
 */
function titleOf(grid: Grid, merges: MergeIndex, row: number, layout: RowLayout): string | null {
  if (layout.section !== null) return sectionAt(grid, merges, row, layout.section);
  for (let col = layout.left; col < layout.months[0]; col += 1) {
    const text = cellText(cellAt(grid, row, col));
    if (text !== '') return text;
  }
  return null;
}

/** The section cell's text, through a merged area; null when the cell is blank. */
function sectionAt(grid: Grid, merges: MergeIndex, row: number, col: number): string | null {
  const merge = merges.covering(row, col);
  const text = cellText(cellAt(grid, merge?.top ?? row, merge?.left ?? col));
  return text === '' ? null : text;
}
