/**
 * The "Contrôle <year>" sheet the fill writes beside the dashboard: a summary in the pane's
 * words, then one row per problem (core/problems.ts), errors first, then points to check, then
 * infos, each with a link to its cell, French labels first and the finding codes last. No date
 * or time: filling twice must give the same sheet.
 */
import type { Problem } from '../core/problems';
import { SEVERITIES } from '../core/catalogue';
import { eachProblem } from '../core/problems';
import type {
  Analysis,
  Finding,
  Lang,
  ReportLink,
  ReportSheet,
  ReportValue,
  Severity,
  Summary,
} from '../core/types';
import { monthRuns } from './months';
import { problemText } from './problems';
import {
  FINDING_COLUMNS,
  asOfText,
  reportSheetName,
  reportText,
  reportTitle,
  verdict,
} from './report';
import { capitalised, plural } from './text';

/** Severity, indicator, months, cell, finding, codes: sized for reading without resizing. */
const COLUMN_WIDTHS: readonly number[] = [14, 50, 16, 10, 110, 40];
const CELL_COLUMN = 3;
const VERDICT_ROW = 9;

/** The severity column, in the pane's words. */
const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  fr: { error: 'À corriger', warning: 'À vérifier', info: 'Information' },
  en: { error: 'To fix', warning: 'To check', info: 'Information' },
};

/** "Avril à décembre, mars": the months of a problem, runs of months together. */
function monthsCell(months: readonly number[], lang: Lang): string {
  const runs = monthRuns(months, lang);
  if (runs.length > 0) runs[0] = capitalised(runs[0]);
  return runs.join(', ');
}

function indicatorCell(problem: Problem, lang: Lang): string {
  if (problem.indicator) return problem.indicator.label;
  const rows = problem.kind === 'not_yet_filled' ? problem.rows.length : 0;
  return lang === 'fr'
    ? plural(rows, 'indicateur', 'indicateurs', lang)
    : plural(rows, 'indicator', 'indicators', lang);
}

/** The problem's finding codes, each once, in order of first appearance. */
function codesCell(problem: Problem): string {
  // A problem has a few findings: a list searched in place, rather than a set per report row.
  const codes: string[] = [];
  for (const { code } of problem.findings) if (!codes.includes(code)) codes.push(code);
  return codes.join(', ');
}

/** The report of `findings` (those left once the fill is done) summed up in `summary`. */
export function buildReportSheet(
  analysis: Analysis,
  findings: readonly Finding[],
  summary: Summary,
  lang: Lang,
): ReportSheet {
  const { dashboard } = analysis;
  const unknown = reportText('unknown', lang);
  const rows: ReportValue[][] = [
    [reportTitle(dashboard.year, lang)],
    [reportText('site', lang), dashboard.site ?? unknown],
    [reportText('year', lang), dashboard.year ?? unknown],
    [reportText('sheet', lang), dashboard.sheet],
    [reportText('asOf', lang), asOfText(analysis.asOf, lang)],
    [reportText('indicators', lang), summary.indicators],
    [reportText('errors', lang), summary.errors],
    [reportText('warnings', lang), summary.warnings],
    [reportText('infos', lang), summary.infos],
    [reportText('verdict', lang), verdict(summary.errors, lang)],
    [],
    [...FINDING_COLUMNS[lang]],
  ];
  const headerRow = rows.length - 1;
  // Errors first, then points to check, then infos, each in the problems' order. Each problem
  // is made into its row as soon as it is made, and dropped (core/problems.ts, eachProblem).
  const bySeverity: Record<Severity, ReportValue[][]> = { error: [], warning: [], info: [] };
  eachProblem({ ...analysis, findings, summary }, (problem) => {
    bySeverity[problem.severity].push([
      SEVERITY_WORDS[lang][problem.severity],
      indicatorCell(problem, lang),
      monthsCell(problem.months, lang),
      problem.cell,
      problemText(problem, lang),
      codesCell(problem),
    ]);
  });
  const links: ReportLink[] = [];
  for (const severity of SEVERITIES)
    for (const row of bySeverity[severity]) {
      links.push({ row: rows.length, col: CELL_COLUMN, target: row[CELL_COLUMN] as string });
      rows.push(row);
    }
  return {
    name: reportSheetName(dashboard.year),
    rows,
    boldRows: [0, VERDICT_ROW, headerRow],
    links,
    columnWidths: COLUMN_WIDTHS,
  };
}
