/** The row checks `analyseIndicator` runs, each in a file named for its rule. */
import { averageCell } from './average-cell';
import { justification } from './justification';
import { noData } from './no-data';
import { noObjective } from './no-objective';
import { objectiveMonths } from './objective-months';
import { objectiveUnreadable } from './objective-unreadable';
import type { RowCheck } from './row-check';
import { suspiciousValue } from './suspicious-value';
import { yearlyObjective } from './yearly-objective';

export type { Counted, RowCheck, RowColumn, RowContext, RowSink } from './row-check';

export const ROW_CHECKS: readonly RowCheck[] = [
  suspiciousValue,
  objectiveMonths,
  yearlyObjective,
  justification,
  objectiveUnreadable,
  noObjective,
  noData,
  averageCell,
];
