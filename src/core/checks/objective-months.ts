/** OBJECTIVE_MISSED_MONTH: each counted month whose value misses the yearly objective. */
import { meetsObjective } from '../objective';
import type { Objective } from '../types';
import type { Counted, RowCheck, RowContext } from './row-check';

/** The counted months that miss the row's objective; none without a readable objective. */
export function missedMonths(row: RowContext): Counted[] {
  if (row.objective.kind !== 'objective') return [];
  return missedOf(row.counted, row.objective.objective);
}

function missedOf(counted: readonly Counted[], objective: Objective): Counted[] {
  const missed: Counted[] = [];
  for (const entry of counted) if (!meetsObjective(entry.value, objective)) missed.push(entry);
  return missed;
}

export const objectiveMonths: RowCheck = (row, sink) => {
  if (row.objective.kind !== 'objective') return;
  const objective = row.objective.objective.text;
  for (const entry of missedMonths(row))
    sink.addOnMonth(
      { code: 'OBJECTIVE_MISSED_MONTH', text: entry.text, value: entry.value, objective },
      entry,
    );
};
