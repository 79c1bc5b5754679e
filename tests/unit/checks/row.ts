/** Rows for the row checks' tests: a context built from a few values, and a recording sink. */
import { a1 } from '../../../src/core/address';
import type { Counted, RowCheck, RowContext } from '../../../src/core/checks';
import type { FindingFacts } from '../../../src/core/findings';
import { meetsObjective, parseObjective } from '../../../src/core/objective';
import type { Unit } from '../../../src/core/types';
import type { CellSpec } from '../../helpers/grid';
import { cell } from '../../helpers/grid';

export interface RowSpec {
  readonly unit?: Unit;
  /** Counted months, January first; null leaves a month uncounted. */
  readonly values?: readonly (number | null)[];
  readonly objective?: CellSpec;
  readonly comment?: CellSpec;
  /** The Moyenne cell; undefined for a dashboard without a Moyenne column. */
  readonly averageCell?: CellSpec;
}

export function row(spec: RowSpec): RowContext {
  const unit = spec.unit ?? 'rate';
  const counted: Counted[] = [];
  (spec.values ?? []).forEach((value, i) => {
    if (value === null) return;
    const text = unit === 'rate' ? `${(value * 100).toFixed(1).replace('.', ',')}%` : String(value);
    counted.push({
      month: i + 1,
      row: 1,
      col: 2 + i,
      cell: a1(1, 2 + i),
      status: 'value',
      value,
      text,
      excluded: false,
    });
  });
  const average = counted.length ? counted.reduce((s, e) => s + e.value, 0) / counted.length : null;
  const objectiveCell = cell(spec.objective ?? null);
  const objective = parseObjective(objectiveCell, unit);
  const met =
    average === null || objective.kind !== 'objective'
      ? null
      : meetsObjective(average, objective.objective);
  return {
    unit,
    counted,
    average,
    objective,
    objectiveText: objectiveCell.text,
    met,
    comment: cell(spec.comment ?? null),
    averageCell: spec.averageCell === undefined ? null : cell(spec.averageCell),
  };
}

/** What a check tells about a row: "H2 SUSPICIOUS_VALUE" for a month, "average OBJECTIVE_MISSED" for a column. */
export function told(check: RowCheck, context: RowContext): { at: string; facts: FindingFacts }[] {
  const found: { at: string; facts: FindingFacts }[] = [];
  check(context, {
    addOnMonth: (facts, entry) => found.push({ at: entry.cell, facts }),
    addOnColumn: (facts, column) => found.push({ at: column, facts }),
  });
  return found;
}
