/** NO_OBJECTIVE: no objective is given ("-", empty, "sans objet", or no Objectif column). */
import type { FindingFacts } from '../findings';
import type { RowCheck } from './row-check';

const NO_OBJECTIVE: FindingFacts = { code: 'NO_OBJECTIVE' };

export const noObjective: RowCheck = (row, sink) => {
  if (row.objective.kind === 'none') sink.addOnColumn(NO_OBJECTIVE, 'objective');
};
