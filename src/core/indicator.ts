/** One indicator row: its months, average, objective met or not, and findings. */
import { a1 } from './address';
import type { Counted, RowColumn, RowContext, RowSink } from './checks';
import { ROW_CHECKS } from './checks';
import type { FindingFacts, FindingSubject } from './findings';
import { findingAt, sortFindings } from './findings';
import type { Cell, Grid } from './grid';
import { EMPTY_CELL, cellAt } from './grid';
import type { MonthRowContext } from './months';
import { readMonth } from './months';
import type { ObjectiveReading } from './objective';
import { meetsObjective, parseObjective } from './objective';
import { shownText } from './shown-text';
import type {
  Dashboard,
  Finding,
  Indicator,
  IndicatorRow,
  MetReason,
  MonthEntry,
  Unit,
} from './types';
import { inferUnit } from './unit';

function isCounted(entry: MonthEntry): entry is Counted {
  return entry.value !== null && !entry.excluded;
}

/**
 * One row's findings, each on its cell, appended to the analysis's list. A class rather than
 * closures: a large workbook has thousands of rows, and the methods are shared instead of
 * created again for each.
 */
class RowFindings implements MonthRowContext, RowSink {
  readonly row: number;
  readonly unit: Unit;
  readonly dueMonths: number;
  private readonly columns: Dashboard['columns'];
  private readonly subject: FindingSubject;
  private readonly list: Finding[];
  private readonly start: number;

  constructor(
    row: number,
    unit: Unit,
    dueMonths: number,
    columns: Dashboard['columns'],
    subject: FindingSubject,
    list: Finding[],
  ) {
    this.row = row;
    this.unit = unit;
    this.dueMonths = dueMonths;
    this.columns = columns;
    this.subject = subject;
    this.list = list;
    this.start = list.length;
  }

  /** A finding whose column the dashboard lacks goes on the label cell. */
  addOnColumn(facts: FindingFacts, column: RowColumn): void {
    const place = { row: this.row, col: this.columns[column] ?? this.columns.label, month: null };
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

  const rowFindings = new RowFindings(row, unit, dueMonths, columns, { label, unit }, findings);
  const months: MonthEntry[] = [];
  const counted: Counted[] = [];
  for (let index = 0; index < monthCells.length; index += 1) {
    const entry = readMonth(monthCells[index], index + 1, columns.months[index], rowFindings);
    months.push(entry);
    if (isCounted(entry)) counted.push(entry);
  }

  const average = counted.length === 0 ? null : roundAverage(sumOf(counted) / counted.length);

  const { met, metReason } = assess(average, objectiveReading);
  const commentCell = cellOrEmpty(grid, row, columns.comment);
  const objectiveText = shownText(objectiveCell);
  const context: RowContext = {
    unit,
    counted,
    average,
    objective: objectiveReading,
    objectiveText,
    met,
    comment: commentCell,
    averageCell: columns.average === null ? null : cellAt(grid, row, columns.average),
  };
  for (const check of ROW_CHECKS) check(context, rowFindings);

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

/** Left to right from 0, as Array.prototype.reduce would add them. */
function sumOf(counted: readonly Counted[]): number {
  let sum = 0;
  for (const entry of counted) sum += entry.value;
  return sum;
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
