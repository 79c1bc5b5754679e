/**
 * A row check: one rule of design.md §5 about an indicator's row as a whole, given what the row
 * reads (its counted months, average, objective, comment, Moyenne cell), telling its facts to a
 * sink. Each check is in a file named for it, with its own test; `analyseIndicator` runs the
 * list (./index.ts). The month cells' own findings are read with the months (core/months.ts).
 */
import type { FindingFacts } from '../findings';
import type { Cell } from '../grid';
import type { ObjectiveReading } from '../objective';
import type { MonthEntry, Unit } from '../types';

/** A month that holds a number counted in the average. */
export type Counted = MonthEntry & { readonly value: number };

/** Where a row finding goes that is not on a month: its column's cell in the row. */
export type RowColumn = 'objective' | 'comment' | 'average';

export interface RowContext {
  readonly unit: Unit;
  /** The months counted in the average, January first. */
  readonly counted: readonly Counted[];
  /** Mean of the counted months; null when none. */
  readonly average: number | null;
  readonly objective: ObjectiveReading;
  /** The objective cell as shown. */
  readonly objectiveText: string;
  /** Whether the average meets the objective; null when it cannot be said. */
  readonly met: boolean | null;
  readonly comment: Cell;
  /** The Moyenne cell as the agent left it; null when the dashboard has no Moyenne column. */
  readonly averageCell: Cell | null;
}

export interface RowSink {
  addOnMonth(facts: FindingFacts, entry: MonthEntry): void;
  addOnColumn(facts: FindingFacts, column: RowColumn): void;
}

export type RowCheck = (row: RowContext, sink: RowSink) => void;
