/**
 * The month header row: twelve cells reading January to December, left to right, in French or
 * English, abbreviated or not, or as dates.
 */
import type { Cell, CellRange, Grid } from './grid';
import { cellAt } from './grid';
import { cellText, isBlank } from './cell-text';
import { normalizeText } from './normalize';

const MONTH_WORDS: readonly (readonly string[])[] = [
  ['janv', 'janvier', 'jan', 'january'],
  ['fevr', 'fevrier', 'fev', 'feb', 'february'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'apr', 'april'],
  ['mai', 'may'],
  ['juin', 'jun', 'june'],
  ['juillet', 'juil', 'jul', 'july'],
  ['aout', 'aug', 'august'],
  ['sept', 'sep', 'septembre', 'september'],
  ['oct', 'octobre', 'october'],
  ['nov', 'novembre', 'november'],
  ['dec', 'decembre', 'december'],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  MONTH_WORDS.flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
);

/** "janv.-20", "Janvier 2020", "jan/21": the month word, then the year. */
const MONTH_WITH_YEAR = /^([a-z]+)\.?(?:[\s.\-/']*(\d{2}|\d{4}))?$/;

/** Excel's day 0 (serial dates count days from 1899-12-30, with its 1900 leap-year quirk). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export interface MonthHeader {
  /** 1 to 12. */
  readonly month: number;
  /** The year the header names ("janv.-20" gives 2020), or null. */
  readonly year: number | null;
}

/** The month a header cell names, or null when it names none. */
export function readMonthHeader(cell: Cell): MonthHeader | null {
  if (cell.kind === 'number' && typeof cell.value === 'number' && isDateFormat(cell.format))
    return monthOfSerial(cell.value);
  if (cell.kind !== 'text') return null;
  const match = MONTH_WITH_YEAR.exec(normalizeText(cellText(cell)));
  if (!match) return null;
  const month = MONTH_BY_WORD.get(match[1]);
  if (month === undefined) return null;
  const digits = match[2];
  const year =
    digits === undefined ? null : digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  return { month, year };
}

/** A date format shows a day, a month name or a year ("mmm-yy", "dd/mm/yyyy", "mmmm"). */
function isDateFormat(format: string): boolean {
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  return /[dy]|mmm/.test(codes);
}

function monthOfSerial(serial: number): MonthHeader | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

export interface MonthRow {
  readonly row: number;
  /** Twelve columns, January to December. */
  readonly columns: readonly number[];
  /** The year the month headers name, when they all name the same one. */
  readonly year: number | null;
}

/** The first row of `block` holding the twelve month headers, or null. */
export function findMonthRow(grid: Grid, block: CellRange): MonthRow | null {
  const hidden = new Set(grid.hiddenColumns);
  for (let row = block.top; row <= block.bottom; row += 1) {
    const found = monthsInRow(grid, row, block, hidden);
    if (found) return found;
  }
  return null;
}

/**
 * Walks the row left to right: empty and hidden columns are spacers, any other cell that is not
 * the next month breaks the sequence (a January starts a new one).
 */
function monthsInRow(
  grid: Grid,
  row: number,
  block: CellRange,
  hidden: ReadonlySet<number>,
): MonthRow | null {
  let columns: number[] = [];
  let years: (number | null)[] = [];
  for (let col = block.left; col <= block.right; col += 1) {
    const cell = cellAt(grid, row, col);
    if (isBlank(cell)) continue;
    const header = readMonthHeader(cell);
    const next = columns.length + 1;
    if (header?.month === next) {
      columns.push(col);
      years.push(header.year);
      if (columns.length === 12) return { row, columns, year: commonYear(years) };
    } else if (hidden.has(col)) {
      continue;
    } else if (header?.month === 1) {
      columns = [col];
      years = [header.year];
    } else {
      columns = [];
      years = [];
    }
  }
  return null;
}

function commonYear(years: readonly (number | null)[]): number | null {
  const first = years[0];
  return first !== null && years.every((year) => year === first) ? first : null;
}
