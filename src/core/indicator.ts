/** One indicator row: its months, average, objective met or not, and findings. */
import { a1 } from './address';
import { checkAverageCell } from './average-cell';
import { readCell } from './cell-reader';
import type { FindingFacts } from './findings';
import { compareFindings, makeFinding } from './findings';
import type { Cell, Grid } from './grid';
import { EMPTY_CELL, cellAt } from './grid';
import { readMonth } from './months';
import type { ObjectiveReading } from './objective';
import { meetsObjective, parseObjective } from './objective';
import { shownText } from './shown-text';
import { SUSPICIOUS_MIN_VALUES, isSuspicious, median } from './suspicious';
import type {
  Dashboard,
  Finding,
  Indicator,
  IndicatorRow,
  Lang,
  MetReason,
  MonthEntry,
} from './types';
import { inferUnit } from './unit';

export interface IndicatorAnalysis {
  readonly indicator: Indicator;
  /** Sorted by column, then code. */
  readonly findings: readonly Finding[];
}

/** A month that holds a number counted in the average. */
interface Counted {
  readonly entry: MonthEntry;
  readonly value: number;
}

/**
 * Analyses one indicator row. `dueMonths` months (January first) should be filled: an empty
 * one among them is missing, an empty later one is simply not due.
 */
export function analyseIndicator(
  grid: Grid,
  dashboard: Dashboard,
  indicatorRow: IndicatorRow,
  dueMonths: number,
  lang: Lang,
): IndicatorAnalysis {
  const { row, label } = indicatorRow;
  const columns = dashboard.columns;
  const at = (col: number | null): Cell => (col === null ? EMPTY_CELL : cellAt(grid, row, col));

  const monthCells = columns.months.map((col) => cellAt(grid, row, col));
  const objectiveCell = at(columns.objective);
  const unit = inferUnit(label, objectiveCell, monthCells);
  const objectiveReading: ObjectiveReading =
    columns.objective === null ? { kind: 'none' } : parseObjective(objectiveCell, unit);
  const objective = objectiveReading.kind === 'objective' ? objectiveReading.objective : null;

  const findings: Finding[] = [];
  // A finding whose column the dashboard lacks goes on the label cell.
  const add = (facts: FindingFacts, col: number | null, month: number | null = null) =>
    findings.push(
      makeFinding(facts, { row, col: col ?? columns.label, month }, { label, unit }, lang),
    );

  const months: MonthEntry[] = [];
  const counted: Counted[] = [];
  monthCells.forEach((cell, index) => {
    const month = index + 1;
    const col = columns.months[index];
    const reading = readMonth(cell, unit, month <= dueMonths);
    const entry: MonthEntry = {
      month,
      row,
      col,
      cell: a1(row, col),
      status: reading.status,
      value: reading.value,
      text: reading.text,
      excluded: reading.excluded,
    };
    months.push(entry);
    for (const facts of reading.facts) add(facts, col, month);
    if (reading.value !== null && !reading.excluded) counted.push({ entry, value: reading.value });
  });

  const average =
    counted.length === 0
      ? null
      : roundAverage(counted.reduce((sum, c) => sum + c.value, 0) / counted.length);

  if (counted.length >= SUSPICIOUS_MIN_VALUES) {
    const rowMedian = median(counted.map((c) => c.value));
    for (const { entry, value } of counted)
      if (isSuspicious(value, rowMedian, unit))
        add(
          { code: 'SUSPICIOUS_VALUE', text: entry.text, median: rowMedian },
          entry.col,
          entry.month,
        );
  }

  const { met, metReason } = assess(average, objectiveReading);
  const commentCell = at(columns.comment);
  if (objective) {
    const missed = counted.filter((c) => !meetsObjective(c.value, objective));
    for (const { entry } of missed)
      add(
        { code: 'OBJECTIVE_MISSED_MONTH', text: entry.text, objective: objective.text },
        entry.col,
        entry.month,
      );
    if (met === false && average !== null)
      add({ code: 'OBJECTIVE_MISSED', average, objective: objective.text }, columns.average);
    if ((missed.length > 0 || met === false) && isUnexplained(commentCell))
      add(
        {
          code: 'MISSING_JUSTIFICATION',
          objective: objective.text,
          months: missed.map((c) => c.entry.month),
          year: met === false,
        },
        columns.comment,
      );
  }

  const objectiveText = shownText(objectiveCell);
  if (objectiveReading.kind === 'unreadable')
    add({ code: 'OBJECTIVE_UNREADABLE', text: objectiveText }, columns.objective);
  if (objectiveReading.kind === 'none') add({ code: 'NO_OBJECTIVE' }, columns.objective);
  if (average === null) add({ code: 'NO_DATA' }, columns.average);
  if (columns.average !== null)
    for (const facts of checkAverageCell(at(columns.average), unit, average))
      add(facts, columns.average);

  const engagement = shownText(at(columns.engagement));
  findings.sort(compareFindings);
  return {
    indicator: {
      row,
      section: indicatorRow.section,
      label,
      engagement: engagement === '' ? null : engagement,
      unit,
      objectiveText,
      objective,
      months,
      average,
      monthsCounted: counted.length,
      met,
      metReason,
      comment: shownText(commentCell),
    },
    findings,
  };
}

/**
 * Twelve significant digits: twelve months of 95 % average to 0.95, not 0.9499999999999998,
 * in the written Moyenne and the JSON report. Far below any display precision, and within the
 * 1e-9 tolerance against which an Excel AVERAGE result is compared.
 */
function roundAverage(value: number): number {
  return Number(value.toPrecision(12));
}

function assess(
  average: number | null,
  reading: ObjectiveReading,
): { met: boolean | null; metReason: MetReason | null } {
  if (average === null) return { met: null, metReason: 'no_data' };
  if (reading.kind === 'none') return { met: null, metReason: 'no_objective' };
  if (reading.kind === 'unreadable') return { met: null, metReason: 'objective_unreadable' };
  return { met: meetsObjective(average, reading.objective), metReason: null };
}

/** An empty comment, or a "-" (and the like) in place of one, explains nothing. */
function isUnexplained(comment: Cell): boolean {
  const reading = readCell(comment);
  return (
    reading.kind === 'empty' || (reading.kind === 'marker' && reading.status === 'not_available')
  );
}
