/** OBJECTIVE_UNREADABLE: an objective is written but cannot be read. */
import type { RowCheck } from './row-check';

export const objectiveUnreadable: RowCheck = (row, sink) => {
  if (row.objective.kind === 'unreadable')
    sink.addOnColumn({ code: 'OBJECTIVE_UNREADABLE', text: row.objectiveText }, 'objective');
};
