/**
 * The readable report of check and fill: the dashboard's identity, then one line per problem
 * (core/problems.ts) under its indicator (indicators with errors first, the others in sheet
 * order; within one, errors, warnings, infos), then the tally and the verdict. Months left empty
 * after the last filled one come first, as one line for the whole dashboard, with the option
 * that checks up to the month the dashboard is filled to.
 */
import type { Problem } from '../core/problems';
import { problemsOf } from '../core/problems';
import type { Analysis, Lang, Severity } from '../core/types';
import { SEVERITIES } from '../core/catalogue';
import { asOfOption, cliReportText, indicatorHeading, tally } from '../i18n/cli';
import { problemText } from '../i18n/problems';
import type { ReportLabel } from '../i18n/report';
import { asOfText, reportText, reportTitle, severityWord, verdict } from '../i18n/report';

const CELL_WIDTH = 6;

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
  const byRow = new Map<number, Problem[]>();
  for (const problem of problemsOf(analysis)) {
    if (problem.row === null) {
      lines.push('', problemLine(problem, leads, lang));
      continue;
    }
    const list = byRow.get(problem.row);
    if (list) list.push(problem);
    else byRow.set(problem.row, [problem]);
  }
  // Every indicator, those with errors first, then the others, each part in the sheet's order.
  for (const withErrors of [true, false]) {
    for (const indicator of analysis.indicators) {
      const problems = byRow.get(indicator.row) ?? [];
      if (problems.some((problem) => problem.severity === 'error') !== withErrors) continue;
      lines.push('', indicatorHeading(indicator, lang));
      for (const problem of problems) lines.push(problemLine(problem, leads, lang));
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
