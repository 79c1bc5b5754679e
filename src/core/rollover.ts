/**
 * "Préparer <N+1>" (design.md §7b): from the analysis of year N, the sheet to add for year N+1.
 * Résultats N-1 takes each average (a value in the unit's format, "-" when there is none),
 * atteinte objectif N-1 each atteinte ("oui", "non", "-"); months, comments, Moyenne and the
 * current atteinte are emptied, their formats kept; the year moves on in headers and titles;
 * objectives stay. A dashboard with errors rolls over too: the gaps say what could not be
 * carried over, and why.
 */
import type { Cell, CellRange, Grid } from './grid';
import { cellAt } from './grid';
import { MergeIndex } from './merge-index';
import { isPercentFormat } from './number-format';
import { AVERAGE_FORMATS } from './plan';
import type {
  MetN1Word,
  RolloverGap,
  RolloverPlan,
  RolloverResult,
  RolloverRow,
  RolloverWrite,
} from './rollover-types';
import {
  nextSheetName,
  shiftDateSerial,
  shiftMonthHeaderText,
  shiftYearText,
} from './rollover-year';
import type { Analysis, Dashboard, Finding, Indicator } from './types';

/** What an empty result is written as in the N-1 columns, as agents write it. */
const NOTHING: MetN1Word = '-';

export function planRollover(grid: Grid, analysis: Analysis): RolloverResult {
  const { dashboard } = analysis;
  const year = dashboard.year;
  if (year === null) return { ok: false, reason: 'no_year' };
  const merges = new MergeIndex(grid.merges, wholeGrid(grid));
  const errorsByRow = countErrors(analysis.findings);
  const { n1, metN1 } = dashboard.columns;

  const rows: RolloverRow[] = [];
  const writes: RolloverWrite[] = [];
  const gaps: RolloverGap[] = [];
  if (n1 === null) gaps.push(dashboardGap('no_n1_column'));
  if (metN1 === null) gaps.push(dashboardGap('no_met_n1_column'));
  for (const indicator of analysis.indicators) {
    const row = rolloverRow(indicator);
    rows.push(row);
    gaps.push(...rowGaps(indicator, errorsByRow.get(indicator.row) ?? 0));
    const n1Write = valueWrite(merges, indicator, n1, n1Value(grid, dashboard, row), 'n1');
    const metWrite = valueWrite(merges, indicator, metN1, row.metN1, 'metN1');
    if (n1Write === 'merged' || metWrite === 'merged')
      gaps.push({ reason: 'merged_cell', row: indicator.row, label: indicator.label, errors: 0 });
    for (const write of [n1Write, metWrite]) if (write && write !== 'merged') writes.push(write);
  }
  writes.push(...headerWrites(grid, dashboard, year));

  const plan: RolloverPlan = {
    sheet: dashboard.sheet,
    newSheet: nextSheetName(dashboard.sheet, year),
    from: year,
    to: year + 1,
    rows,
    writes,
    clears: clearedAreas(dashboard, merges),
    gaps,
  };
  return { ok: true, plan };
}

function wholeGrid(grid: Grid): CellRange {
  return { top: 0, left: 0, bottom: Math.max(0, grid.rowCount - 1), right: grid.colCount };
}

function rolloverRow(indicator: Indicator): RolloverRow {
  const metN1: MetN1Word =
    indicator.met === true ? 'oui' : indicator.met === false ? 'non' : NOTHING;
  return {
    row: indicator.row,
    label: indicator.label,
    unit: indicator.unit,
    n1: indicator.average,
    metN1,
  };
}

/**
 * A rate keeps the percent format of its Moyenne cell (the seed shows "98,68 %" there): the
 * precision the agents chose. Anything else takes the Moyenne's format for its unit.
 */
function n1Value(
  grid: Grid,
  dashboard: Dashboard,
  row: RolloverRow,
): { value: string | number; format: string | null } {
  if (row.n1 === null) return { value: NOTHING, format: null };
  const { average } = dashboard.columns;
  const own = average === null ? null : cellAt(grid, row.row, average).format;
  const format = row.unit === 'rate' && own !== null && isPercentFormat(own) ? own : null;
  return { value: row.n1, format: format ?? AVERAGE_FORMATS[row.unit] };
}

/**
 * The write of one N-1 cell; null without the column, "merged" when the cell lies inside a
 * merged area that starts elsewhere (Excel keeps only the first cell's value).
 */
function valueWrite(
  merges: MergeIndex,
  indicator: Indicator,
  col: number | null,
  content: { value: string | number; format: string | null } | MetN1Word,
  role: 'n1' | 'metN1',
): RolloverWrite | 'merged' | null {
  if (col === null) return null;
  const merge = merges.covering(indicator.row, col);
  if (merge && (merge.top !== indicator.row || merge.left !== col)) return 'merged';
  const { value, format } =
    typeof content === 'string' ? { value: content, format: null } : content;
  return { row: indicator.row, col, value, format, role };
}

function dashboardGap(reason: 'no_n1_column' | 'no_met_n1_column'): RolloverGap {
  return { reason, row: null, label: null, errors: 0 };
}

function rowGaps(indicator: Indicator, errors: number): RolloverGap[] {
  const gap = (reason: RolloverGap['reason'], count = 0): RolloverGap => ({
    reason,
    row: indicator.row,
    label: indicator.label,
    errors: count,
  });
  if (indicator.average === null) return [gap('no_data')];
  const gaps: RolloverGap[] = [];
  if (indicator.metReason === 'no_objective') gaps.push(gap('no_objective'));
  if (indicator.metReason === 'objective_unreadable') gaps.push(gap('objective_unreadable'));
  if (errors > 0) gaps.push(gap('errors', errors));
  return gaps;
}

function countErrors(findings: readonly Finding[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const finding of findings)
    if (finding.severity === 'error') counts.set(finding.row, (counts.get(finding.row) ?? 0) + 1);
  return counts;
}

/**
 * The year moved on in the title rows and header rows: texts naming year N or N-1, and in the
 * month header row the month headers typed as texts or dates. Formulas are left as they are.
 */
function headerWrites(grid: Grid, dashboard: Dashboard, year: number): RolloverWrite[] {
  const monthRow = dashboard.headerRows[dashboard.headerRows.length - 1];
  const months = new Set(dashboard.columns.months);
  const writes: RolloverWrite[] = [];
  for (let row = 0; row <= monthRow; row += 1)
    for (let col = 0; col < grid.colCount; col += 1) {
      const cell = cellAt(grid, row, col);
      if (cell.formula !== null) continue;
      const value =
        row === monthRow && months.has(col)
          ? shiftedMonthHeader(cell, year, grid.date1904 === true)
          : cell.kind === 'text'
            ? shiftYearText(String(cell.value), year)
            : null;
      if (value !== null) writes.push({ row, col, value, format: null, role: 'header' });
    }
  return writes;
}

function shiftedMonthHeader(cell: Cell, year: number, date1904: boolean): string | number | null {
  if (cell.kind === 'number' && typeof cell.value === 'number')
    return shiftDateSerial(cell.value, year, date1904);
  if (cell.kind === 'text') return shiftMonthHeaderText(String(cell.value), year);
  return null;
}

/**
 * Every month, comment, Moyenne and current atteinte cell of the indicator rows, empty or not
 * (so that the Office.js side writes long runs): single cells, and the whole merged area when one
 * starts there ("COVID" typed once over Mars–Juin). Cells inside an area that starts elsewhere
 * are left to that area.
 */
function clearedAreas(dashboard: Dashboard, merges: MergeIndex): CellRange[] {
  const { months, comment, average, met } = dashboard.columns;
  const columns = [...months, comment, average, met].filter((col): col is number => col !== null);
  const areas: CellRange[] = [];
  for (const { row } of dashboard.rows)
    for (const col of columns) {
      const merge = merges.covering(row, col);
      if (merge) {
        if (merge.top === row && merge.left === col) areas.push(merge);
      } else areas.push({ top: row, left: col, bottom: row, right: col });
    }
  return areas;
}
