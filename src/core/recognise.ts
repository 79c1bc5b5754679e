/**
 * Finds the dashboard in a sheet (design.md §2): the month header row, the header rows above it,
 * the named columns, the label and section columns, the indicator rows, the year and the site.
 * Linear in the number of rows: every row is read a bounded number of times.
 */
import { cellText, isBlank } from './cell-text';
import type { CellRange, Grid } from './grid';
import { cellAt } from './grid';
import type { ColumnHeader, HeaderRole } from './headers';
import { candidateHeaderRows, columnHeader, matchHeader } from './headers';
import { MergeIndex } from './merge-index';
import type { MonthRow } from './month-headers';
import { findMonthRow } from './month-headers';
import { normalizeText } from './normalize';
import type {
  Dashboard,
  DashboardColumns,
  IndicatorRow,
  Recognition,
  RecognitionFailure,
} from './types';

export interface RecogniseOptions {
  /** Only this block is considered (the agent selected the table). */
  readonly within?: CellRange;
}

export type DashboardLookup =
  | { readonly grid: Grid; readonly dashboard: Dashboard }
  | { readonly error: 'unknown_sheet' | RecognitionFailure };

type NamedRole = Exclude<HeaderRole, 'label'>;
type NamedColumns = Record<NamedRole, number | null>;

const YEAR_HEADER = /\b(?:annee|exercice)\s*:?\s*(20\d{2})\b/;
const YEAR = /(?:^|\D)(20\d{2})(?!\d)/;
const SITE = /\b(?:sous-)?prefecture\b/;

export function recognise(grid: Grid, options: RecogniseOptions = {}): Recognition {
  const block = blockOf(grid, options.within);
  if (!block || !hasContent(grid, block)) return failure('empty_sheet');
  const monthRow = findMonthRow(grid, block);
  if (!monthRow) return failure('no_month_headers');

  const merges = new MergeIndex(grid.merges, block);
  const candidates = candidateHeaderRows(grid, merges, block, monthRow.row, monthRow.columns);
  const months = new Set(monthRow.columns);
  const headers: ColumnHeader[] = [];
  for (let col = block.left; col <= block.right; col += 1)
    if (!months.has(col)) headers.push(columnHeader(grid, merges, candidates, col));
  const { named, labelByHeader, usedRows } = nameColumns(headers);

  const headerRight = rightMostInRows(grid, merges, block, candidates);
  const dataRows = rowsUntilEmpty(grid, block, monthRow.row + 1, headerRight);
  if (dataRows.length === 0) return failure('no_rows');

  const taken = new Set<number>([...months, ...namedIndices(named)]);
  const label = labelByHeader ?? labelByContent(grid, block, dataRows, monthRow, taken);
  if (label === null) return failure('no_label_column');
  const section = sectionColumn(grid, block, dataRows, label, taken);

  const rows = indicatorRows(grid, merges, dataRows, { label, section, named, months: monthRow });
  if (rows.length === 0) return failure('no_rows');

  const headerRows = usedHeaderRows(candidates, usedRows, grid, block, monthRow.row);
  const columns: DashboardColumns = { ...named, section, label, months: monthRow.columns };
  const lastColumn = rightMostInRows(grid, merges, block, [
    ...headerRows,
    ...rows.map((r) => r.row),
  ]);
  return {
    ok: true,
    dashboard: {
      sheet: grid.sheet,
      site: findSite(grid, block, dataRows[0]),
      year: findYear(grid, block, monthRow, named.met, headers),
      headerRows,
      columns,
      rows,
      lastColumn,
    },
  };
}

export function findDashboard(grids: readonly Grid[], sheet?: string): DashboardLookup {
  if (sheet !== undefined) {
    const grid =
      grids.find((g) => g.sheet === sheet) ??
      grids.find((g) => normalizeText(g.sheet) === normalizeText(sheet));
    if (!grid) return { error: 'unknown_sheet' };
    const recognition = recognise(grid);
    return recognition.ok
      ? { grid, dashboard: recognition.dashboard }
      : { error: recognition.reason };
  }
  let firstReason: RecognitionFailure | null = null;
  for (const grid of grids) {
    const recognition = recognise(grid);
    if (recognition.ok) return { grid, dashboard: recognition.dashboard };
    if (recognition.reason !== 'empty_sheet') firstReason ??= recognition.reason;
  }
  return { error: firstReason ?? 'empty_sheet' };
}

function failure(reason: RecognitionFailure): Recognition {
  return { ok: false, reason };
}

function blockOf(grid: Grid, within: CellRange | undefined): CellRange | null {
  const block = {
    top: Math.max(0, within?.top ?? 0),
    left: Math.max(0, within?.left ?? 0),
    bottom: Math.min(grid.rowCount - 1, within?.bottom ?? grid.rowCount - 1),
    right: Math.min(grid.colCount - 1, within?.right ?? grid.colCount - 1),
  };
  return block.top <= block.bottom && block.left <= block.right ? block : null;
}

function hasContent(grid: Grid, block: CellRange): boolean {
  for (let row = block.top; row <= block.bottom; row += 1)
    for (let col = block.left; col <= block.right; col += 1)
      if (!isBlank(cellAt(grid, row, col))) return true;
  return false;
}

/** The left-most column for each role; the rows whose text named a column. */
function nameColumns(headers: readonly ColumnHeader[]): {
  named: NamedColumns;
  labelByHeader: number | null;
  usedRows: Set<number>;
} {
  const named: NamedColumns = {
    engagement: null,
    n1: null,
    metN1: null,
    objective: null,
    comment: null,
    average: null,
    met: null,
  };
  let labelByHeader: number | null = null;
  const usedRows = new Set<number>();
  for (const header of headers) {
    const match = matchHeader(header);
    if (!match) continue;
    if (match.role === 'label') {
      if (labelByHeader !== null) continue;
      labelByHeader = header.col;
    } else {
      if (named[match.role] !== null) continue;
      named[match.role] = header.col;
    }
    for (const row of match.rows) usedRows.add(row);
  }
  return { named, labelByHeader, usedRows };
}

function namedIndices(named: NamedColumns): number[] {
  return Object.values(named).filter((col): col is number => col !== null);
}

/** The right-most column holding something in `rows`, merged areas included. */
function rightMostInRows(
  grid: Grid,
  merges: MergeIndex,
  block: CellRange,
  rows: readonly number[],
): number {
  let right = block.left;
  for (const row of rows) {
    for (let col = block.right; col > right; col -= 1)
      if (!isBlank(cellAt(grid, row, col))) {
        right = col;
        break;
      }
    for (const merge of merges.inRow(row))
      if (merge.right > right && !isBlank(cellAt(grid, merge.top, merge.left)))
        right = Math.min(merge.right, block.right);
  }
  return right;
}

/** Rows from `top` down to the first row with nothing in the table's columns. */
function rowsUntilEmpty(grid: Grid, block: CellRange, top: number, right: number): number[] {
  const rows: number[] = [];
  for (let row = top; row <= block.bottom; row += 1) {
    let empty = true;
    for (let col = block.left; col <= right && empty; col += 1)
      empty = isBlank(cellAt(grid, row, col));
    if (empty) break;
    rows.push(row);
  }
  return rows;
}

/**
 * Without a header naming it, the label column is the one left of the months whose data cells
 * hold the most distinct text: a section repeated on every row loses to the labels.
 */
function labelByContent(
  grid: Grid,
  block: CellRange,
  rows: readonly number[],
  monthRow: MonthRow,
  taken: ReadonlySet<number>,
): number | null {
  let best: number | null = null;
  let bestScore = 0;
  for (let col = block.left; col < monthRow.columns[0]; col += 1) {
    if (taken.has(col)) continue;
    const texts = new Set<string>();
    for (const row of rows) {
      const cell = cellAt(grid, row, col);
      if (cell.kind === 'text' && !isBlank(cell)) texts.add(cellText(cell));
    }
    let score = 0;
    for (const text of texts) score += text.length;
    if (score > bestScore) {
      best = col;
      bestScore = score;
    }
  }
  return best;
}

/** The unnamed column closest to the left of the labels that holds text in the data rows. */
function sectionColumn(
  grid: Grid,
  block: CellRange,
  rows: readonly number[],
  label: number,
  taken: ReadonlySet<number>,
): number | null {
  for (let col = label - 1; col >= block.left; col -= 1) {
    if (taken.has(col)) continue;
    if (
      rows.some((row) => cellAt(grid, row, col).kind === 'text' && !isBlank(cellAt(grid, row, col)))
    )
      return col;
  }
  return null;
}

interface Layout {
  readonly label: number;
  readonly section: number | null;
  readonly named: NamedColumns;
  readonly months: MonthRow;
}

/**
 * The rows with a label, sections carried down. A labelled row with nothing in the months,
 * engagement, N-1, objective and average columns is a heading: without a section column, it
 * names the section of the rows below it.
 */
function indicatorRows(
  grid: Grid,
  merges: MergeIndex,
  rows: readonly number[],
  layout: Layout,
): IndicatorRow[] {
  const valueColumns = [
    ...layout.months.columns,
    ...[
      layout.named.engagement,
      layout.named.n1,
      layout.named.objective,
      layout.named.average,
    ].filter((col): col is number => col !== null),
  ];
  const found: IndicatorRow[] = [];
  let section: string | null = null;
  for (const row of rows) {
    if (layout.section !== null) section = sectionAt(grid, merges, row, layout.section) ?? section;
    const labelCell = cellAt(grid, row, layout.label);
    if (isBlank(labelCell)) continue;
    const label = cellText(labelCell);
    if (allBlank(grid, row, valueColumns)) {
      if (layout.section === null) section = label;
      continue;
    }
    found.push({ row, section, label });
  }
  return found;
}

/** A loop rather than an inline callback: it runs for every row of the table. */
function allBlank(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (!isBlank(cellAt(grid, row, col))) return false;
  return true;
}

/** The section cell's text, through a merged area; null when the cell is blank. */
function sectionAt(grid: Grid, merges: MergeIndex, row: number, col: number): string | null {
  const merge = merges.covering(row, col);
  const text = cellText(cellAt(grid, merge?.top ?? row, merge?.left ?? col));
  return text === '' ? null : text;
}

/**
 * The header rows that named something (a column or the year), from the top-most of them down
 * to the month row: a row above them holding only a site name is a title, not a header.
 */
function usedHeaderRows(
  candidates: readonly number[],
  usedRows: ReadonlySet<number>,
  grid: Grid,
  block: CellRange,
  monthRow: number,
): number[] {
  const yearRow = yearHeaderRow(grid, block, candidates[0], monthRow);
  const first = candidates.findIndex((row) => usedRows.has(row) || row === yearRow);
  return first === -1 ? [monthRow] : candidates.slice(first);
}

function yearHeaderRow(grid: Grid, block: CellRange, top: number, bottom: number): number | null {
  for (let row = top; row <= bottom; row += 1)
    for (let col = block.left; col <= block.right; col += 1)
      if (YEAR_HEADER.test(normalizeText(cellText(cellAt(grid, row, col))))) return row;
  return null;
}

/**
 * From an "ANNEE 2020" header or title above the data, else an "Atteinte objectif 2021"
 * header, else dated month headers, else the sheet name ("TDB 2021").
 */
function findYear(
  grid: Grid,
  block: CellRange,
  monthRow: MonthRow,
  met: number | null,
  headers: readonly ColumnHeader[],
): number | null {
  for (let row = block.top; row < monthRow.row + 1; row += 1)
    for (let col = block.left; col <= block.right; col += 1) {
      const match = YEAR_HEADER.exec(normalizeText(cellText(cellAt(grid, row, col))));
      if (match) return Number(match[1]);
    }
  const metHeader = headers.find((header) => header.col === met);
  const metYear = metHeader && YEAR.exec(metHeader.parts.map((part) => part.text).join(' '));
  if (metYear) return Number(metYear[1]);
  if (monthRow.year !== null && monthRow.year >= 2000 && monthRow.year <= 2099)
    return monthRow.year;
  const sheetYear = YEAR.exec(grid.sheet);
  return sheetYear ? Number(sheetYear[1]) : null;
}

/** The first text above the data that names a préfecture or sous-préfecture. */
function findSite(grid: Grid, block: CellRange, firstDataRow: number): string | null {
  for (let row = block.top; row < firstDataRow; row += 1)
    for (let col = block.left; col <= block.right; col += 1) {
      const cell = cellAt(grid, row, col);
      if (cell.kind !== 'text') continue;
      const text = cellText(cell);
      if (SITE.test(normalizeText(text))) return text;
    }
  return null;
}
