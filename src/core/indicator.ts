/** One indicator row: its months, average, objective met or not, and findings. */
import { checkAverageCell } from './average-cell';
import { readCell } from './cell-reader';
import { a1 } from './address';
import type { FindingFacts, FindingSubject } from './findings';
import { findingAt, sortFindings } from './findings';
import type { Cell, Grid } from './grid';
import { EMPTY_CELL, cellAt } from './grid';
import type { MonthRowContext } from './months';
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
  MetReason,
  MonthEntry,
  Objective,
  Unit,
} from './types';
import { inferUnit } from './unit';

/** A month that holds a number counted in the average. */
type Counted = MonthEntry & { readonly value: number };

function isCounted(entry: MonthEntry): entry is Counted {
  return entry.value !== null && !entry.excluded;
}

/**
 * One row's findings, each on its cell, appended to the analysis's list. A class rather than
 * closures: a large workbook has thousands of rows, and the methods are shared instead of
 * created again for each.
 */
class RowFindings implements MonthRowContext {
  readonly row: number;
  readonly unit: Unit;
  readonly dueMonths: number;
  private readonly labelCol: number;
  private readonly subject: FindingSubject;
  private readonly list: Finding[];
  private readonly start: number;

  constructor(
    row: number,
    unit: Unit,
    dueMonths: number,
    labelCol: number,
    subject: FindingSubject,
    list: Finding[],
  ) {
    this.row = row;
    this.unit = unit;
    this.dueMonths = dueMonths;
    this.labelCol = labelCol;
    this.subject = subject;
    this.list = list;
    this.start = list.length;
  }

  /** A finding whose column the dashboard lacks goes on the label cell. */
  add(facts: FindingFacts, col: number | null): void {
    const place = { row: this.row, col: col ?? this.labelCol, month: null };
    this.list.push(findingAt(facts, place, a1(place.row, place.col), this.subject));
  }

  /** The entry is the finding's place, and gives its address. */
  addOnMonth(facts: FindingFacts, entry: MonthEntry): void {
    this.list.push(findingAt(facts, entry, entry.cell, this.subject));
  }

  /** The row's findings by column, then code. */
  sort(): void {
    sortFindings(this.list, this.start);
  }
}

/**
 * Analyses one indicator row and appends its findings, sorted by column then code, to
 * `findings`. `dueMonths` months (January first) should be filled: an empty one among them is
 * missing, an empty later one is simply not due.
 */
export function analyseIndicator(
  grid: Grid,
  dashboard: Dashboard,
  indicatorRow: IndicatorRow,
  dueMonths: number,
  findings: Finding[],
): Indicator {
  const { row, label } = indicatorRow;
  const columns = dashboard.columns;

  const monthCells = cellsOf(grid, row, columns.months);
  const objectiveCell = cellOrEmpty(grid, row, columns.objective);
  const unit = inferUnit(label, objectiveCell, monthCells);
  const objectiveReading: ObjectiveReading =
    columns.objective === null ? { kind: 'none' } : parseObjective(objectiveCell, unit);
  const objective = objectiveReading.kind === 'objective' ? objectiveReading.objective : null;

  const rowFindings = new RowFindings(
    row,
    unit,
    dueMonths,
    columns.label,
    { label, unit },
    findings,
  );
  const months: MonthEntry[] = [];
  const counted: Counted[] = [];
  for (let index = 0; index < monthCells.length; index += 1) {
    const entry = readMonth(monthCells[index], index + 1, columns.months[index], rowFindings);
    months.push(entry);
    if (isCounted(entry)) counted.push(entry);
  }

  const average = counted.length === 0 ? null : roundAverage(sumOf(counted) / counted.length);

  if (counted.length >= SUSPICIOUS_MIN_VALUES) {
    const rowMedian = median(counted.map(valueOf));
    for (const entry of counted)
      if (isSuspicious(entry.value, rowMedian, unit))
        rowFindings.addOnMonth(
          { code: 'SUSPICIOUS_VALUE', text: entry.text, median: rowMedian },
          entry,
        );
  }

  const { met, metReason } = assess(average, objectiveReading);
  const commentCell = cellOrEmpty(grid, row, columns.comment);
  if (objective) {
    const missed = missedMonths(counted, objective);
    for (const entry of missed)
      rowFindings.addOnMonth(
        { code: 'OBJECTIVE_MISSED_MONTH', text: entry.text, objective: objective.text },
        entry,
      );
    if (met === false && average !== null)
      rowFindings.add(
        { code: 'OBJECTIVE_MISSED', average, objective: objective.text },
        columns.average,
      );
    if ((missed.length > 0 || met === false) && isUnexplained(commentCell))
      rowFindings.add(
        {
          code: 'MISSING_JUSTIFICATION',
          objective: objective.text,
          months: missed.map(monthOf),
          year: met === false,
        },
        columns.comment,
      );
  }

  const objectiveText = shownText(objectiveCell);
  if (objectiveReading.kind === 'unreadable')
    rowFindings.add({ code: 'OBJECTIVE_UNREADABLE', text: objectiveText }, columns.objective);
  if (objectiveReading.kind === 'none')
    rowFindings.add({ code: 'NO_OBJECTIVE' }, columns.objective);
  if (average === null) rowFindings.add({ code: 'NO_DATA' }, columns.average);
  if (columns.average !== null)
    for (const facts of checkAverageCell(cellOrEmpty(grid, row, columns.average), unit, average))
      rowFindings.add(facts, columns.average);

  const engagement = shownText(cellOrEmpty(grid, row, columns.engagement));
  rowFindings.sort();
  return {
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
  };
}

function cellOrEmpty(grid: Grid, row: number, col: number | null): Cell {
  return col === null ? EMPTY_CELL : cellAt(grid, row, col);
}

function cellsOf(grid: Grid, row: number, cols: readonly number[]): Cell[] {
  const cells: Cell[] = [];
  for (const col of cols) cells.push(cellAt(grid, row, col));
  return cells;
}

// Module-level helpers rather than inline callbacks: they run for every row.
function valueOf(entry: Counted): number {
  return entry.value;
}

function monthOf(entry: MonthEntry): number {
  return entry.month;
}

/** Left to right from 0, as Array.prototype.reduce would add them. */
function sumOf(counted: readonly Counted[]): number {
  let sum = 0;
  for (const entry of counted) sum += entry.value;
  return sum;
}

function missedMonths(counted: readonly Counted[], objective: Objective): Counted[] {
  const missed: Counted[] = [];
  for (const entry of counted) if (!meetsObjective(entry.value, objective)) missed.push(entry);
  return missed;
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
