/**
 * The month header row: twelve cells reading January to December, left to right, in French or
 * English, abbreviated or not, with or without their year ("janv.-21", "Janvier 2021",
 * "01/2021", "2021-01"), or as dates in either of Excel's date systems. Quarter, semester, Total
 * and Cumul columns between the months are passed over; a row may hold several year blocks.
 */
import type { Cell, CellRange, Grid } from './grid';
import { cellAt } from './grid';
import { markerStatus } from './cell-reader';
import { cellText, isBlank } from './cell-text';
import { memoizeText } from './memo';
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
/** "01/2021", "1-21", "01.2021": the month's number, then the year (a year is required). */
const NUMBER_THEN_YEAR = /^(0?[1-9]|1[0-2])\s*[/.-]\s*(\d{4}|\d{2})$/;
/** "2021-01", "2021/1": the year, then the month's number. */
const YEAR_THEN_NUMBER = /^(\d{4})\s*[/.-]\s*(0?[1-9]|1[0-2])$/;

/**
 * Subtotal columns agents put between or after the months: quarters ("T1", "1er trimestre",
 * "Q2"), semesters ("S1", "2e semestre"), "Total", "Cumul", "Sous-total", and their averages
 * ("Moy. T1", "Moyenne S1").
 */
const SUBTOTAL =
  /^(?:(?:moy(?:enne)?\.?|total|cumul)\s*)?(?:[tqs][1-4]|(?:[1-4]\s*(?:er|e|eme|nd)?\s*)?(?:trim(?:estre)?|sem(?:estre)?)\.?(?:\s*[1-4])?)$|^(?:sous-?\s?)?total\b|^cumul\b/;

const MAX_HEADER_LENGTH = 24;

/** Excel's day 0 (serial dates count days from 1899-12-30, with its 1900 leap-year quirk). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** A serial of the 1904 system names the day 1,462 days later than the same serial in 1900's. */
const DATE_1904_OFFSET = 1_462;

export interface MonthHeader {
  /** 1 to 12. */
  readonly month: number;
  /** The year the header names ("janv.-20" gives 2020), or null. */
  readonly year: number | null;
}

/** The month a header cell names, or null when it names none. */
export function readMonthHeader(cell: Cell, date1904 = false): MonthHeader | null {
  if (cell.kind === 'number' && typeof cell.value === 'number' && isDateFormat(cell.format))
    return monthOfSerial(cell.value + (date1904 ? DATE_1904_OFFSET : 0));
  if (cell.kind !== 'text') return null;
  const shown = cellText(cell);
  // "Septembre 2021" is the longest header: a label or a comment is not normalised for nothing.
  if (shown.length > MAX_HEADER_LENGTH) return null;
  const text = normalizeText(shown);
  const numeric = NUMBER_THEN_YEAR.exec(text);
  if (numeric) return { month: Number(numeric[1]), year: fullYear(numeric[2]) };
  const reversed = YEAR_THEN_NUMBER.exec(text);
  if (reversed) return { month: Number(reversed[2]), year: Number(reversed[1]) };
  const match = MONTH_WITH_YEAR.exec(text);
  if (!match) return null;
  const month = MONTH_BY_WORD.get(match[1]);
  if (month === undefined) return null;
  return { month, year: match[2] === undefined ? null : fullYear(match[2]) };
}

function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** A quarter, semester, Total or Cumul header: a column the months may step over. */
export function isSubtotalHeader(cell: Cell): boolean {
  return cell.kind === 'text' && SUBTOTAL.test(normalizeText(cellText(cell)));
}

/**
 * A date format shows a day, a month name or a year ("mmm-yy", "dd/mm/yyyy", "mmmm").
 * A sheet uses a handful of formats, asked about for every number cell of a header search.
 */
const isDateFormat = memoizeText((format: string): boolean => {
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').toLowerCase();
  return /[dy]|mmm/.test(codes);
});

function monthOfSerial(serial: number): MonthHeader | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { month: date.getUTCMonth() + 1, year: date.getUTCFullYear() };
}

/** Twelve month columns of one year, January to December. */
export interface MonthBlock {
  /** Twelve columns, January to December. */
  readonly columns: readonly number[];
  /** The year the month headers name, when they all name the same one. */
  readonly year: number | null;
  /** The subtotal columns passed over between January and December. */
  readonly skipped: readonly number[];
}

export interface MonthRow {
  readonly row: number;
  /** The blocks of twelve months of the row, left to right (last year's, then this year's). */
  readonly blocks: readonly MonthBlock[];
}

/** The first row of `block` holding the twelve month headers, or null. */
export function findMonthRow(grid: Grid, block: CellRange): MonthRow | null {
  const hidden = new Set(grid.hiddenColumns);
  for (let row = block.top; row <= block.bottom; row += 1) {
    const blocks = monthBlocksInRow(grid, row, block, hidden);
    if (blocks.length > 0) return { row, blocks };
  }
  return null;
}

/**
 * Whether `row` holds twelve month headers (another table starting below the first). Asked of
 * every row of the table, so a row whose cell in `firstMonth` (the table's January column)
 * holds a number or a marker, as indicator rows do, is answered without reading the rest: a
 * whole row read per row costs more on a large sheet than on a small one, once the sheet no
 * longer fits in the processor's cache.
 */
export function isMonthRow(grid: Grid, row: number, block: CellRange, firstMonth: number): boolean {
  const first = cellAt(grid, row, firstMonth);
  if (first.kind === 'number' && !isDateFormat(first.format)) return false;
  if (first.kind === 'text' && markerStatus(cellText(first)) !== null) return false;
  return monthBlocksInRow(grid, row, block, new Set(grid.hiddenColumns)).length > 0;
}

/**
 * Walks the row left to right: empty and hidden columns are spacers, subtotal columns are
 * stepped over, any other cell that is not the next month breaks the sequence (a January
 * starts a new one). Every complete sequence is a block.
 */
function monthBlocksInRow(
  grid: Grid,
  row: number,
  block: CellRange,
  hidden: ReadonlySet<number>,
): MonthBlock[] {
  const blocks: MonthBlock[] = [];
  const date1904 = grid.date1904 === true;
  let columns: number[] = [];
  let years: (number | null)[] = [];
  let skipped: number[] = [];
  for (let col = block.left; col <= block.right; col += 1) {
    const cell = cellAt(grid, row, col);
    if (isBlank(cell)) continue;
    const header = readMonthHeader(cell, date1904);
    const next = columns.length + 1;
    if (header?.month === next) {
      columns.push(col);
      years.push(header.year);
      if (columns.length === 12) {
        blocks.push({ columns, year: commonYear(years), skipped });
        columns = [];
        years = [];
        skipped = [];
      }
    } else if (hidden.has(col)) {
      continue;
    } else if (header?.month === 1) {
      columns = [col];
      years = [header.year];
      skipped = [];
    } else if (columns.length > 0 && header === null && isSubtotalHeader(cell)) {
      skipped.push(col);
    } else {
      columns = [];
      years = [];
      skipped = [];
    }
  }
  return blocks;
}

function commonYear(years: readonly (number | null)[]): number | null {
  const first = years[0];
  return first !== null && years.every((year) => year === first) ? first : null;
}
