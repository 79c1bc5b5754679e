/** One month cell of an indicator row: its status, its value in the row's unit, its findings. */
import { a1 } from './address';
import type { MarkerStatus } from './cell-reader';
import { readCell } from './cell-reader';
import type { FindingFacts } from './findings';
import type { Cell } from './grid';
import { memoizeText } from './memo';
import { isPercentFormat } from './number-format';
import { parseNumberText, percentToFraction } from './numbers';
import { shownText } from './shown-text';
import type { MonthEntry, MonthStatus, Unit } from './types';

/** The indicator row a month cell belongs to, and where the month's findings go. */
export interface MonthRowContext {
  readonly row: number;
  readonly unit: Unit;
  /** Months 1 to dueMonths should be filled: an empty one is missing, a later one not due. */
  readonly dueMonths: number;
  addOnMonth(facts: FindingFacts, entry: MonthEntry): void;
}

// A rate computed as 100 % may come out as 1.0000000000000002.
const RATE_TOLERANCE = 1e-9;

// Facts are immutable: the most common ones are shared rather than made for every month.
const MISSING: FindingFacts = { code: 'MISSING_MONTH' };

/** A marker month's note, one per marker and text: "COVID" or "-" fill whole rows. */
const MARKER_FACTS: Readonly<Record<MarkerStatus, (text: string) => FindingFacts>> = {
  suspended: memoizeText((text) => ({ code: 'SUSPENDED_MONTH', text })),
  closed: memoizeText((text) => ({ code: 'CLOSED_MONTH', text })),
  not_available: memoizeText((text) => ({ code: 'NOT_AVAILABLE_MONTH', text })),
};

/**
 * Reads month `month` (1-12), in column `col`, of the row: its entry, returned, and its
 * findings, given to the row. No intermediate reading is built: a large workbook has tens of
 * thousands of month cells.
 */
export function readMonth(
  cell: Cell,
  month: number,
  col: number,
  context: MonthRowContext,
): MonthEntry {
  const text = shownText(cell);
  // Most month cells are numbers: read them without building a reading for each.
  if (cell.kind === 'number' && typeof cell.value === 'number' && Number.isFinite(cell.value))
    return readNumber(cell.value, false, isPercentFormat(cell.format), text, month, col, context);
  const reading = readCell(cell);
  switch (reading.kind) {
    case 'empty':
      if (month > context.dueMonths) return other(context, month, col, 'future', text);
      return withFinding(context, other(context, month, col, 'missing', text), MISSING);
    case 'marker':
      return withFinding(
        context,
        other(context, month, col, reading.status, text),
        MARKER_FACTS[reading.status](text),
      );
    case 'error':
      return withFinding(context, other(context, month, col, 'error', text), {
        code: 'CELL_ERROR',
        text: reading.code,
      });
    case 'invalid':
      return withFinding(context, other(context, month, col, 'invalid', text), {
        code: 'UNRECOGNIZED_ENTRY',
        text,
      });
    case 'number':
      return readNumber(
        reading.value,
        reading.fromText,
        reading.percent,
        text,
        month,
        col,
        context,
      );
  }
}

function entryOf(
  context: MonthRowContext,
  month: number,
  col: number,
  status: MonthStatus,
  value: number | null,
  text: string,
  excluded: boolean,
): MonthEntry {
  const { row } = context;
  return { month, row, col, cell: a1(row, col), status, value, text, excluded };
}

/** A month without a number. */
function other(
  context: MonthRowContext,
  month: number,
  col: number,
  status: MonthStatus,
  text: string,
): MonthEntry {
  return entryOf(context, month, col, status, null, text, false);
}

function withFinding(context: MonthRowContext, entry: MonthEntry, facts: FindingFacts): MonthEntry {
  context.addOnMonth(facts, entry);
  return entry;
}

function readNumber(
  raw: number,
  fromText: boolean,
  percent: boolean,
  text: string,
  month: number,
  col: number,
  context: MonthRowContext,
): MonthEntry {
  const { unit } = context;
  let value = raw;
  let mismatch: FindingFacts | null = null;
  if (unit === 'rate' && !percent && raw > 1) {
    // 99 typed in a rate row without "%" means 99 %.
    value = percentToFraction(raw);
    mismatch = { code: 'UNIT_MISMATCH', kind: 'month_rate_without_percent', text, value };
  } else if (unit !== 'rate' && percent) {
    // The number the agent typed: a cell 6 shown "600%" is 6, a text "6 %" is 6 too.
    value = fromText ? (parseNumberText(text)?.value ?? raw) : raw;
    mismatch = { code: 'UNIT_MISMATCH', kind: 'month_percent', text, value };
  }
  const outOfRange = value < 0 || (unit === 'rate' && value > 1 + RATE_TOLERANCE);
  const entry = entryOf(context, month, col, 'value', value, text, outOfRange);
  if (mismatch) context.addOnMonth(mismatch, entry);
  if (outOfRange) {
    context.addOnMonth(
      { code: 'OUT_OF_RANGE', text, reason: value < 0 ? 'negative' : 'over_100' },
      entry,
    );
  } else if (fromText) {
    // Only a counted value: an excluded one is already an error to correct.
    context.addOnMonth({ code: 'TEXT_NUMBER', text, value }, entry);
  }
  return entry;
}
