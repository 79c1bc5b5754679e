/**
 * The Moyenne cell as the agent left it: a stale or hand-typed number, an error value (the
 * seed's #DIV/0!), or a format that contradicts the row's unit (the seed's 600 % for 6 days).
 */
import { readCell } from '../cell-reader';
import type { FindingFacts } from '../findings';
import type { Cell } from '../grid';
import { parseNumberText, percentToFraction } from '../numbers';
import { shownText } from '../shown-text';
import type { Unit } from '../types';
import type { RowCheck } from './row-check';

const RELATIVE_TOLERANCE = 1e-9;

/** Whether two averages are the same number but for floating-point rounding. */
export function sameAverage(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Findings on the existing Moyenne cell of a row of `unit` whose computed average is `average`.
 * Text (a "-") and empty cells say nothing: the fill writes them anyway.
 */
export function checkAverageCell(cell: Cell, unit: Unit, average: number | null): FindingFacts[] {
  const reading = readCell(cell);
  const text = shownText(cell);
  if (reading.kind === 'error')
    return [{ code: 'AVERAGE_OUTDATED', text: reading.code, average, error: true }];
  if (reading.kind !== 'number') return [];
  const facts: FindingFacts[] = [];
  let value = reading.value;
  if (unit === 'rate' && !reading.percent) {
    // Read as a month would be: 98,7 typed without "%" means 98,7 %.
    if (value > 1) value = percentToFraction(value);
    facts.push({ code: 'UNIT_MISMATCH', kind: 'average_not_percent', text, value });
  } else if (unit !== 'rate' && reading.percent) {
    if (reading.fromText) value = parseNumberText(text)?.value ?? value;
    facts.push({ code: 'UNIT_MISMATCH', kind: 'average_percent', text, value });
  }
  if (average === null || !sameAverage(value, average))
    facts.push({ code: 'AVERAGE_OUTDATED', text, average, error: false });
  return facts;
}

/** AVERAGE_OUTDATED and UNIT_MISMATCH on the Moyenne cell, when the dashboard has one. */
export const averageCell: RowCheck = (row, sink) => {
  if (row.averageCell === null) return;
  for (const facts of checkAverageCell(row.averageCell, row.unit, row.average))
    sink.addOnColumn(facts, 'average');
};
