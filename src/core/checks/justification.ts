/**
 * MISSING_JUSTIFICATION: the row misses its objective (a month or the year) and its comment is
 * empty, or a "-" in place of one.
 */
import { readCell } from '../cell-reader';
import type { Cell } from '../grid';
import type { MonthEntry } from '../types';
import { missedMonths } from './objective-months';
import type { RowCheck } from './row-check';

/** An empty comment, or a "-" (and the like) in place of one, explains nothing. */
function isUnexplained(comment: Cell): boolean {
  const reading = readCell(comment);
  return (
    reading.kind === 'empty' || (reading.kind === 'marker' && reading.status === 'not_available')
  );
}

function monthOf(entry: MonthEntry): number {
  return entry.month;
}

export const justification: RowCheck = (row, sink) => {
  if (row.objective.kind !== 'objective') return;
  const missed = missedMonths(row);
  const year = row.met === false;
  if ((missed.length === 0 && !year) || !isUnexplained(row.comment)) return;
  sink.addOnColumn(
    {
      code: 'MISSING_JUSTIFICATION',
      objective: row.objective.objective.text,
      months: missed.map(monthOf),
      year,
    },
    'comment',
  );
};
