/** NO_DATA: no month holds a number, so there is no average. */
import type { FindingFacts } from '../findings';
import type { RowCheck } from './row-check';

const NO_DATA: FindingFacts = { code: 'NO_DATA' };

export const noData: RowCheck = (row, sink) => {
  if (row.average === null) sink.addOnColumn(NO_DATA, 'average');
};
