/**
 * Small dashboards for the analysis and fill tests: a one-row header (label, objective, twelve
 * months, comment, Moyenne), built together with the Dashboard recognition would give, so that
 * analysis is tested on its own.
 */
import { formatNumber } from '../../src/core/numbers';
import type { Cell, Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import type { Dashboard, DashboardColumns, FillPlan } from '../../src/core/types';
import type { CellSpec } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';

export const MONTH_HEADERS = [
  'Janv',
  'Févr',
  'Mars',
  'Avril',
  'Mai',
  'Juin',
  'Juil',
  'Août',
  'Sept',
  'Oct',
  'Nov',
  'Déc',
];

export interface RowSpec {
  readonly label: string;
  readonly objective?: CellSpec;
  /** Up to twelve months, January first; missing ones are empty. */
  readonly months: readonly CellSpec[];
  readonly comment?: CellSpec;
  readonly average?: CellSpec;
}

export interface TableOptions {
  readonly year?: number | null;
  /** Columns the dashboard lacks. */
  readonly without?: readonly ('objective' | 'comment' | 'average')[];
}

/** Column positions: label A, then the present ones among objective, months, comment, Moyenne. */
function layout(without: readonly string[]): DashboardColumns {
  let next = 1;
  const take = (name: string): number | null => (without.includes(name) ? null : next++);
  const objective = take('objective');
  const months = Array.from({ length: 12 }, () => next++);
  const comment = take('comment');
  const average = take('average');
  return {
    section: null,
    label: 0,
    engagement: null,
    n1: null,
    metN1: null,
    objective,
    months,
    comment,
    average,
    met: null,
  };
}

export function table(
  rows: readonly RowSpec[],
  options: TableOptions = {},
): { grid: Grid; dashboard: Dashboard } {
  const year = options.year === undefined ? 2020 : options.year;
  const columns = layout(options.without ?? []);
  const width = (columns.average ?? columns.comment ?? columns.months[11]) + 1;
  const header: CellSpec[] = new Array(width).fill(null);
  header[0] = 'Indicateur';
  if (columns.objective !== null) header[columns.objective] = 'Objectif';
  columns.months.forEach((col, i) => (header[col] = MONTH_HEADERS[i]));
  if (columns.comment !== null) header[columns.comment] = 'Commentaires';
  if (columns.average !== null) header[columns.average] = 'Moyenne';
  const body = rows.map((spec) => {
    const line: CellSpec[] = new Array(width).fill(null);
    line[0] = spec.label;
    if (columns.objective !== null) line[columns.objective] = spec.objective ?? null;
    columns.months.forEach((col, i) => (line[col] = spec.months[i] ?? null));
    if (columns.comment !== null) line[columns.comment] = spec.comment ?? null;
    if (columns.average !== null) line[columns.average] = spec.average ?? null;
    return line;
  });
  const grid = buildGrid([header, ...body], { sheet: year === null ? 'TDB' : `TDB ${year}` });
  const dashboard: Dashboard = {
    sheet: grid.sheet,
    site: null,
    year,
    headerRows: [0],
    columns,
    rows: rows.map((spec, i) => ({ row: i + 1, section: null, label: spec.label })),
    lastColumn: width - 1,
  };
  return { grid, dashboard };
}

/** The dashboard after a fill: the plan's writes applied as Excel would store them. */
export function applyWrites(grid: Grid, plan: FillPlan): Grid {
  const cells: Cell[][] = grid.cells.map((row) => [...row]);
  for (const write of plan.writes) {
    while (cells.length <= write.row) cells.push([]);
    const row = cells[write.row];
    const previous = cellAt(grid, write.row, write.col);
    const format = write.format ?? previous.format;
    while (row.length <= write.col) row.push(cellAt(grid, write.row, row.length));
    row[write.col] =
      typeof write.value === 'number'
        ? {
            value: write.value,
            text: formatNumber(write.value, format, 'fr'),
            format,
            formula: null,
            kind: 'number',
          }
        : { value: write.value, text: write.value, format, formula: null, kind: 'text' };
  }
  return {
    ...grid,
    cells,
    rowCount: cells.length,
    colCount: cells.reduce((max, row) => Math.max(max, row.length), grid.colCount),
  };
}
