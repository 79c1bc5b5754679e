/** OBJECTIVE_MISSED: the yearly average misses the objective. */
import type { RowCheck } from './row-check';

export const yearlyObjective: RowCheck = (row, sink) => {
  if (row.objective.kind !== 'objective' || row.met !== false || row.average === null) return;
  sink.addOnColumn(
    { code: 'OBJECTIVE_MISSED', average: row.average, objective: row.objective.objective.text },
    'average',
  );
};
