/**
 * The readable report of check and fill: the dashboard's identity, then one line per problem
 * (core/problems.ts) under its indicator (indicators with errors first, the others in sheet
 * order; within one, errors, warnings, infos), then the tally and the verdict. Months left empty
 * after the last filled one come first, as one line for the whole dashboard, with the option
 * that checks up to the month the dashboard is filled to.
 */
import type { Problem } from '../core/problems';
import { eachProblem } from '../core/problems';
import type { Analysis, Lang, Severity } from '../core/types';
import { SEVERITIES } from '../core/catalogue';
import { asOfOption, cliReportText, indicatorHeading, tally } from '../i18n/cli';
import { problemText } from '../i18n/problems';
import type { ReportLabel } from '../i18n/report';
import { asOfText, reportText, reportTitle, severityWord, verdict } from '../i18n/report';

const CELL_WIDTH = 6;

/** The lines of one row's problems, and whether one of them is an error. */
interface RowLines {
  readonly lines: string[];
  errors: boolean;
}

function field(label: string, value: string | number, lang: Lang): string {
  return `${label}${lang === 'fr' ? '\u00a0: ' : ': '}${value}`;
}

/** "  erreur         G22   " : the severity and cell columns of a problem line. */
function lineLeads(lang: Lang): Record<Severity, string> {
  const width = Math.max(...SEVERITIES.map((severity) => severityWord(severity, lang).length));
  const lead = (severity: Severity) => `  ${severityWord(severity, lang).padEnd(width)}  `;
  return { error: lead('error'), warning: lead('warning'), info: lead('info') };
}

function problemLine(problem: Problem, leads: Record<Severity, string>, lang: Lang): string {
  const text = problemText(problem, lang);
  const hint =
    problem.kind === 'not_yet_filled' ? ` ${asOfOption(problem.suggestedAsOf, lang)}` : '';
  return `${leads[problem.severity]}${problem.cell.padEnd(CELL_WIDTH)}${text}${hint}`;
}

export function textReport(analysis: Analysis, file: string, lang: Lang): string {
  const { dashboard, findings, summary } = analysis;
  const unknown = reportText('unknown', lang);
  const label = (key: ReportLabel, value: string | number | null) =>
    field(reportText(key, lang), value ?? unknown, lang);
  const lines = [
    reportTitle(dashboard.year, lang),
    field(cliReportText('file', lang), file, lang),
    label('sheet', dashboard.sheet),
    label('site', dashboard.site),
    label('year', dashboard.year),
    label('asOf', asOfText(analysis.asOf, lang)),
    label('indicators', summary.indicators),
  ];

  const leads = lineLeads(lang);
  // Each problem is written as soon as it is made, and only its line is kept: the problems of
  // a large dashboard die young instead of staying alive until the report is assembled.
  const byRow = new Map<number, RowLines>();
  eachProblem(analysis, (problem) => {
    const line = problemLine(problem, leads, lang);
    if (problem.row === null) {
      lines.push('', line);
      return;
    }
    const row = byRow.get(problem.row);
    const error = problem.severity === 'error';
    if (row) {
      row.lines.push(line);
      row.errors ||= error;
    } else byRow.set(problem.row, { lines: [line], errors: error });
  });
  // Then what concerns the sheet's layout (UNREAD_ROW, LAYOUT_GUESSED): rows no indicator holds.
  const indicatorRows = new Set(analysis.indicators.map((indicator) => indicator.row));
  const layout = [...byRow].filter(([row]) => !indicatorRows.has(row));
  if (layout.length > 0) lines.push('', cliReportText('layout', lang));
  for (const [, row] of layout) lines.push(...row.lines);
  // Every indicator, those with errors first, then the others, each part in the sheet's order.
  for (const withErrors of [true, false]) {
    for (const indicator of analysis.indicators) {
      const row = byRow.get(indicator.row);
      if ((row?.errors ?? false) !== withErrors) continue;
      lines.push('', indicatorHeading(indicator, lang));
      if (row) lines.push(...row.lines);
    }
  }
  if (findings.length === 0) lines.push('', cliReportText('noFinding', lang));

  lines.push(
    '',
    tally(summary.errors, summary.warnings, summary.infos, lang),
    verdict(summary.errors, lang),
  );
  return `${lines.join('\n')}\n`;
}
