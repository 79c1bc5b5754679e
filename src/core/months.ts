/** One month cell of an indicator row: its status, its value in the row's unit, its findings. */
import { readCell } from './cell-reader';
import type { FindingFacts } from './findings';
import type { Cell } from './grid';
import { parseNumberText, percentToFraction } from './numbers';
import { shownText } from './shown-text';
import type { MonthStatus, Unit } from './types';

export interface MonthReading {
  readonly status: MonthStatus;
  /** In the row's unit (rates as fractions); null unless status is "value". */
  readonly value: number | null;
  readonly text: string;
  /** A value left out of the average (out of range). */
  readonly excluded: boolean;
  readonly facts: readonly FindingFacts[];
}

// A rate computed as 100 % may come out as 1.0000000000000002.
const RATE_TOLERANCE = 1e-9;

const MARKER_FACTS = {
  suspended: 'SUSPENDED_MONTH',
  closed: 'CLOSED_MONTH',
  not_available: 'NOT_AVAILABLE_MONTH',
} as const;

/** Reads a month cell of a row of `unit`; `due` says whether the month should be filled. */
export function readMonth(cell: Cell, unit: Unit, due: boolean): MonthReading {
  const text = shownText(cell);
  const reading = readCell(cell);
  switch (reading.kind) {
    case 'empty':
      return due ? other('missing', text, [{ code: 'MISSING_MONTH' }]) : other('future', text, []);
    case 'marker':
      return other(reading.status, text, [{ code: MARKER_FACTS[reading.status], text }]);
    case 'error':
      return other('error', text, [{ code: 'CELL_ERROR', text: reading.code }]);
    case 'invalid':
      return other('invalid', text, [{ code: 'UNRECOGNIZED_ENTRY', text }]);
    case 'number':
      return readNumber(reading.value, reading.fromText, reading.percent, unit, text);
  }
}

function other(status: MonthStatus, text: string, facts: FindingFacts[]): MonthReading {
  return { status, value: null, text, excluded: false, facts };
}

function readNumber(
  raw: number,
  fromText: boolean,
  percent: boolean,
  unit: Unit,
  text: string,
): MonthReading {
  const facts: FindingFacts[] = [];
  let value = raw;
  if (unit === 'rate' && !percent && raw > 1) {
    // 99 typed in a rate row without "%" means 99 %.
    value = percentToFraction(raw);
    facts.push({ code: 'UNIT_MISMATCH', kind: 'month_rate_without_percent', text, value });
  } else if (unit !== 'rate' && percent) {
    // The number the agent typed: a cell 6 shown "600%" is 6, a text "6 %" is 6 too.
    value = fromText ? (parseNumberText(text)?.value ?? raw) : raw;
    facts.push({ code: 'UNIT_MISMATCH', kind: 'month_percent', text, value });
  }
  const outOfRange = value < 0 || (unit === 'rate' && value > 1 + RATE_TOLERANCE);
  if (outOfRange) {
    facts.push({ code: 'OUT_OF_RANGE', text, reason: value < 0 ? 'negative' : 'over_100' });
  } else if (fromText) {
    // Only a counted value: an excluded one is already an error to correct.
    facts.push({ code: 'TEXT_NUMBER', text, value });
  }
  return { status: 'value', value, text, excluded: outOfRange, facts };
}
