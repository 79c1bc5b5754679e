/**
 * What "Calculer les moyennes" writes (design.md §6): each Moyenne as a value with its unit's
 * format, each "atteinte objectif", the headers of the columns it has to add, the flags on
 * month cells with findings, and the report sheet. Nothing else of the dashboard is touched.
 */
import { a1 } from './address';
import { summarise } from './analyse';
import { CATALOGUE, severityRank } from './catalogue';
import { isBlank } from './cell-text';
import { compareFindings } from './findings';
import type { Grid } from './grid';
import { cellAt } from './grid';
import type {
  Analysis,
  CellFlag,
  CellWrite,
  Dashboard,
  DashboardWords,
  Finding,
  FillPlan,
  FillWords,
  FlagKind,
  Indicator,
  Unit,
} from './types';

/** Flag fills: Excel's own light red, yellow and blue for bad, neutral and note. */
export const FLAG_COLORS: Readonly<Record<FlagKind, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/** The Moyenne's number format for each unit. */
export const AVERAGE_FORMATS: Readonly<Record<Unit, string>> = {
  rate: '0.0%',
  days: '0.0 "j"',
  count: '0.0',
};

/** `words` are what the fill writes in words, from src/i18n (`fillWords(lang)`). */
export function planFill(grid: Grid, analysis: Analysis, words: FillWords): FillPlan {
  const dashboard = analysis.dashboard;
  const { columns } = dashboard;
  const missing = (columns.average === null ? 1 : 0) + (columns.met === null ? 1 : 0);
  const free = freeColumns(grid, dashboard, missing);
  const averageCol = columns.average ?? free[0];
  const metCol = columns.met ?? free[free.length - 1];
  const headerRow = addedHeaderRow(grid, dashboard);

  const remaining = findingsAfterFill(analysis.findings, dashboard, averageCol);
  const summary = summarise(analysis.indicators.length, remaining);
  // The report first: writing its sentences allocates the most, and each collection that
  // triggers copies whatever is alive and young, which the writes and flags are not yet.
  const report = words.reportSheet(analysis, remaining, summary);

  const dashboardWords = words.dashboard;
  const writes: CellWrite[] = [];
  if (columns.average === null)
    writes.push({
      row: headerRow,
      col: averageCol,
      value: dashboardWords.averageHeader,
      format: null,
      role: 'average_header',
    });
  if (columns.met === null)
    writes.push({
      row: headerRow,
      col: metCol,
      value: dashboardWords.metHeader(dashboard.year),
      format: null,
      role: 'met_header',
    });
  // A row that holds only a label and may be a title is left as it is, unflagged too: writing
  // "Pas de données" into a section title would mark the agent's layout. Its months are still
  // reported.
  const maybeTitles = new Set(
    (dashboard.guesses ?? []).flatMap((guess) =>
      guess.kind === 'label_only_row' ? [guess.row] : [],
    ),
  );
  for (const indicator of analysis.indicators) {
    if (maybeTitles.has(indicator.row)) continue;
    writes.push(averageWrite(indicator, averageCol, dashboardWords));
    writes.push({
      row: indicator.row,
      col: metCol,
      value: metWord(indicator, dashboardWords),
      format: null,
      role: 'met',
    });
  }

  return {
    sheet: dashboard.sheet,
    writes,
    flags: flags(analysis.findings, dashboard, words, maybeTitles),
    report,
    addedMetColumn: columns.met === null ? metCol : null,
    after: { findings: remaining, summary },
  };
}

function averageWrite(indicator: Indicator, col: number, words: DashboardWords): CellWrite {
  if (indicator.average === null)
    return {
      row: indicator.row,
      col,
      value: words.noData,
      format: null,
      role: 'average',
    };
  return {
    row: indicator.row,
    col,
    value: indicator.average,
    format: AVERAGE_FORMATS[indicator.unit],
    role: 'average',
  };
}

function metWord(indicator: Indicator, words: DashboardWords): string {
  if (indicator.met === true) return words.met;
  if (indicator.met === false) return words.notMet;
  return indicator.metReason === 'no_objective' ? words.noObjective : words.notAssessable;
}

/**
 * The findings as a new analysis of the filled dashboard would give them, so that the report
 * of a second fill is the report of the first: what writing the Moyenne resolves is dropped,
 * and what sat on the label cell for want of a Moyenne column moves to the added one.
 */
function findingsAfterFill(
  findings: readonly Finding[],
  dashboard: Dashboard,
  averageCol: number,
): Finding[] {
  const added = dashboard.columns.average === null;
  const labelCol = dashboard.columns.label;
  const result: Finding[] = [];
  let moved = false;
  // An indexed loop: on tens of thousands of findings, for...of kept an iterator per run.
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i];
    const kind = CATALOGUE[finding.code].kind;
    if (finding.col === averageCol && kind === 'resolved_by_fill') continue;
    if (added && finding.col === labelCol && kind === 'moved_to_average') {
      result.push({ ...finding, col: averageCol, cell: a1(finding.row, averageCol) });
      moved = true;
    } else result.push(finding);
  }
  if (moved) result.sort(compareFindings);
  return result;
}

/**
 * One flag per month cell with findings, coloured by its worst finding. The findings come
 * sorted by row then column, so a cell's findings are adjacent: grouping them needs no map of
 * every flagged cell (on a large workbook, that map cost more per row than on a small one).
 */
function flags(
  findings: readonly Finding[],
  dashboard: Dashboard,
  words: FillWords,
  unflaggedRows: ReadonlySet<number>,
): CellFlag[] {
  const monthCols = new Set(dashboard.columns.months);
  const source: NoteSource = { findings, words };
  const result: CellFlag[] = [];
  let start = 0;
  while (start < findings.length) {
    const first = findings[start];
    let end = start + 1;
    while (end < findings.length && sameCell(findings[end], first)) end += 1;
    const kind =
      monthCols.has(first.col) && !unflaggedRows.has(first.row)
        ? flagKind(findings, start, end)
        : null;
    if (kind !== null) result.push(new MonthFlag(first.row, first.col, kind, source, start));
    start = end;
  }
  return result;
}

function sameCell(a: Finding, b: Finding): boolean {
  return a.row === b.row && a.col === b.col;
}

/** The worst kind of the month findings among findings[start..end), null when there is none. */
function flagKind(findings: readonly Finding[], start: number, end: number): FlagKind | null {
  let kind: FlagKind | null = null;
  for (let i = start; i < end; i += 1) {
    const finding = findings[i];
    if (finding.month !== null) kind = worseKind(kind ?? 'info', finding);
  }
  return kind;
}

/** What every flag's note is written from: one for the whole plan. */
interface NoteSource {
  readonly findings: readonly Finding[];
  readonly words: FillWords;
}

/**
 * A flag whose note is written when read: only the preview shows it (a tooltip, once per
 * flag), and writing a sentence for every flagged cell of a large dashboard cost as much as
 * the rest of the plan. A class rather than a literal with getters, which V8 builds far more slowly; its
 * colour follows from its kind. A large dashboard has tens of thousands of flags, alive until
 * the plan is written: each field less is work less for the garbage collector.
 */
class MonthFlag implements CellFlag {
  constructor(
    readonly row: number,
    readonly col: number,
    readonly kind: FlagKind,
    private readonly source: NoteSource,
    /** The cell's findings start at source.findings[start]. */
    private readonly start: number,
  ) {}

  get color(): string {
    return FLAG_COLORS[this.kind];
  }

  get note(): string {
    return noteOf(this.source, this.start);
  }

  /** What the flag is, as a plain object: the findings it is written from are its own affair. */
  toJSON(): CellFlag {
    const { row, col, kind, color, note } = this;
    return { row, col, kind, color, note };
  }
}

/** The messages of the month findings of the cell of findings[start], one per line. */
function noteOf({ findings, words }: NoteSource, start: number): string {
  const lines: string[] = [];
  for (let i = start; i < findings.length && sameCell(findings[i], findings[start]); i += 1)
    if (findings[i].month !== null) lines.push(words.message(findings[i]));
  return lines.join('\n');
}

// A module-level callback rather than an inline one: it serves every flagged cell.
function worseKind(worst: FlagKind, finding: Finding): FlagKind {
  return severityRank(finding.severity) < severityRank(worst) ? finding.severity : worst;
}

/**
 * The first `count` columns right of the table that are empty (and not merged) in every header
 * and indicator row, skipping hidden ones: an added column never covers anything of the agent's.
 */
function freeColumns(grid: Grid, dashboard: Dashboard, count: number): number[] {
  const rows = [...dashboard.headerRows, ...dashboard.rows.map((r) => r.row)].sort((a, b) => a - b);
  const hidden = new Set(grid.hiddenColumns);
  const found: number[] = [];
  for (let col = dashboard.lastColumn + 1; found.length < count; col += 1) {
    if (hidden.has(col)) continue;
    if (rows.every((row) => isBlank(cellAt(grid, row, col))) && !mergedInRows(grid, col, rows))
      found.push(col);
  }
  return found;
}

/** Whether a merged area covering `col` crosses one of the (sorted) `rows`. */
function mergedInRows(grid: Grid, col: number, rows: readonly number[]): boolean {
  return grid.merges.some((merge) => {
    if (col < merge.left || col > merge.right) return false;
    const first = firstAtLeast(rows, merge.top);
    return first < rows.length && rows[first] <= merge.bottom;
  });
}

function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where an added column's header goes: the top-most header row holding the Objectif,
 * Commentaires or Moyenne header (the row of the other column headers), else the month row.
 */
function addedHeaderRow(grid: Grid, dashboard: Dashboard): number {
  const { objective, comment, average } = dashboard.columns;
  const named = [objective, comment, average].filter((col): col is number => col !== null);
  for (const row of dashboard.headerRows)
    if (named.some((col) => !isBlank(cellAt(grid, row, col)))) return row;
  return dashboard.headerRows[dashboard.headerRows.length - 1];
}
