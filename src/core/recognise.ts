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
import type { LabelChoice } from './label-column';
import { labelByContent, sectionColumn } from './label-column';
import { MergeIndex } from './merge-index';
import { valueMerges, withMergedValues } from './merged-values';
import { findMonthRow, isSubtotalHeader } from './month-headers';
import { normalizeText } from './normalize';
import { readRows, tableRows } from './table-rows';
import { chooseBlock, yearIn } from './year-blocks';
import type {
  Dashboard,
  DashboardColumns,
  LayoutGuess,
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
const SITE = /\b(?:sous-)?prefecture\b/;

export function recognise(grid: Grid, options: RecogniseOptions = {}): Recognition {
  const block = blockOf(grid, options.within);
  if (!block || !hasContent(grid, block)) return failure('empty_sheet');
  const monthRow = findMonthRow(grid, block);
  if (!monthRow) return failure('no_month_headers');

  const merges = new MergeIndex(grid.merges, block);
  const allMonths = new Set(monthRow.blocks.flatMap((b) => [...b.columns, ...b.skipped]));
  const span = [...allMonths].sort((a, b) => a - b);
  const candidates = candidateHeaderRows(grid, merges, block, monthRow.row, span);
  const headers: ColumnHeader[] = [];
  // A subtotal after December ("Moyenne T4", "Cumul") names no column of the table either.
  for (let col = block.left; col <= block.right; col += 1)
    if (!allMonths.has(col) && !isSubtotalHeader(cellAt(grid, monthRow.row, col)))
      headers.push(columnHeader(grid, merges, candidates, col));
  const choice = chooseBlock(
    grid,
    merges,
    candidates,
    monthRow.row,
    monthRow.blocks,
    namedYears(headers),
  );
  const months = choice.block.columns;
  const ownHeaders =
    choice.others.length === 0 ? headers : headers.filter((h) => !namesOtherYear(h, choice.year));
  const { named, labelHeader, usedRows } = nameColumns(ownHeaders);

  const headerRight = rightMostInRows(grid, merges, block, candidates);
  const table = tableRows(grid, block, monthRow.row + 1, headerRight, months);
  if (table.rows.length === 0) return failure('no_rows');
  const spread = valueMerges(grid.merges, monthRow.row, {
    firstMonth: months[0],
    lastMonth: months[11],
    perRow: [named.engagement, named.n1, named.metN1, named.objective, named.comment],
  });
  const view = withMergedValues(grid, spread);
  const valueColumns = [
    ...months,
    ...[named.engagement, named.n1, named.objective, named.average].filter(
      (col): col is number => col !== null,
    ),
  ];
  const dataRows = rowsWithData(view, table.rows, months, valueColumns);

  const taken = new Set<number>([...allMonths, ...namedIndices(named)]);
  const left: number[] = [];
  for (let col = block.left; col < months[0]; col += 1) if (!taken.has(col)) left.push(col);
  const labelChoice = labelColumn(view, merges, dataRows, left, labelHeader);
  if (labelChoice === null) return failure('no_label_column');
  const label = labelChoice.label;
  const section = sectionColumn(view, dataRows, label, left);

  const read = readRows(view, merges, table.rows, {
    left: block.left,
    label,
    section,
    valueColumns,
    months,
  });
  if (read.indicators.length === 0) return failure('no_rows');

  const headerRows = usedHeaderRows(candidates, usedRows, grid, block, monthRow.row);
  const columns: DashboardColumns = { ...named, section, label, months };
  const lastColumn = rightMostInRows(grid, merges, block, [
    ...headerRows,
    ...read.indicators.map((r) => r.row),
  ]);
  const guesses: LayoutGuess[] = [];
  if (choice.guess) guesses.push(choice.guess);
  if (labelChoice.other !== null)
    guesses.push({ kind: 'label_column', row: monthRow.row, col: label, other: labelChoice.other });
  guesses.push(...read.guesses);
  return {
    ok: true,
    dashboard: {
      sheet: grid.sheet,
      site: findSite(grid, block, table.rows[0]),
      year: choice.year ?? findYear(grid, block, monthRow.row, named.met, ownHeaders),
      headerRows,
      columns,
      rows: read.indicators,
      lastColumn,
      otherBlocks: choice.others.map((other) => ({
        months: other.block.columns,
        year: other.year,
      })),
      valueMerges: spread,
      unreadRows: [...read.unread, ...table.below],
      guesses,
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
  labelHeader: LabelHeader | null;
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
  let labelHeader: LabelHeader | null = null;
  const usedRows = new Set<number>();
  for (const header of headers) {
    const match = matchHeader(header);
    if (!match) continue;
    if (match.role === 'label') {
      if (labelHeader !== null) continue;
      labelHeader = { col: header.col, row: match.rows[0] };
    } else {
      if (named[match.role] !== null) continue;
      named[match.role] = header.col;
    }
    for (const row of match.rows) usedRows.add(row);
  }
  return { named, labelHeader, usedRows };
}

/** The column an "Indicateurs" or "Libellé" header names, and the row it is written in. */
interface LabelHeader {
  readonly col: number;
  readonly row: number;
}

/**
 * The label column: the one its header names, or, when that header is merged over several
 * columns (a section and a label column under one "Indicateurs"), the one of them with the
 * most distinct text; without a header, the column left of the months with the most distinct
 * text in the rows holding month data.
 */
function labelColumn(
  grid: Grid,
  merges: MergeIndex,
  dataRows: readonly number[],
  left: readonly number[],
  header: LabelHeader | null,
): LabelChoice | null {
  if (header === null) return labelByContent(grid, merges, dataRows, left);
  const merge = merges.covering(header.row, header.col);
  if (!merge || merge.right === merge.left) return { label: header.col, other: null };
  const spanned = left.filter((col) => col >= merge.left && col <= merge.right);
  const choice = labelByContent(grid, merges, dataRows, spanned);
  return choice === null ? { label: header.col, other: null } : { ...choice, other: null };
}

/**
 * The rows that tell the label column: those with something in a month, else (a new year's
 * dashboard, no month typed yet) those with an objective, engagement or N-1, else all.
 */
function rowsWithData(
  grid: Grid,
  rows: readonly number[],
  months: readonly number[],
  valueColumns: readonly number[],
): readonly number[] {
  const withMonths = rows.filter((row) => !allBlank(grid, row, months));
  if (withMonths.length > 0) return withMonths;
  const withValues = rows.filter((row) => !allBlank(grid, row, valueColumns));
  return withValues.length > 0 ? withValues : rows;
}

function allBlank(grid: Grid, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (!isBlank(cellAt(grid, row, col))) return false;
  return true;
}

/** The years a Moyenne, Objectifs or Atteinte objectif header names ("Moyenne 2021"). */
function namedYears(headers: readonly ColumnHeader[]): number[] {
  const years: number[] = [];
  for (const header of headers) {
    const role = matchHeader(header)?.role;
    if (role !== 'average' && role !== 'objective' && role !== 'met') continue;
    const year = yearIn(headerText(header));
    if (year !== null) years.push(year);
  }
  return years;
}

/** A header naming a year other than the dashboard's: the column of another year's block. */
function namesOtherYear(header: ColumnHeader, year: number | null): boolean {
  if (year === null) return false;
  const role = matchHeader(header)?.role;
  if (role === 'n1' || role === 'metN1') return false;
  const named = yearIn(headerText(header));
  return named !== null && named !== year;
}

function headerText(header: ColumnHeader): string {
  return header.parts.map((part) => part.text).join(' ');
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
 * header, else the sheet name ("TDB 2021"). Dated month headers give the block's year before.
 */
function findYear(
  grid: Grid,
  block: CellRange,
  monthRow: number,
  met: number | null,
  headers: readonly ColumnHeader[],
): number | null {
  for (let row = block.top; row < monthRow + 1; row += 1)
    for (let col = block.left; col <= block.right; col += 1) {
      const match = YEAR_HEADER.exec(normalizeText(cellText(cellAt(grid, row, col))));
      if (match) return Number(match[1]);
    }
  const metHeader = headers.find((header) => header.col === met);
  const metYear = metHeader ? yearIn(headerText(metHeader)) : null;
  return metYear ?? yearIn(grid.sheet);
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
