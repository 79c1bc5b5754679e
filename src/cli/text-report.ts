/**
 * The readable report of check and fill: the dashboard's identity, then the findings grouped by
 * indicator (indicators with errors first, the others in sheet order; within one, errors, warnings,
 * notes), then the tally and the verdict. Month notes (suspended, closed, nothing to measure)
 * fold into one line per indicator: they explain the gaps, they call for no action.
 */
import type { Analysis, Finding, Indicator, Lang, Severity } from '../core/types';
import type { MonthNoteCode } from '../i18n/cli';
import { cliReportText, indicatorHeading, monthNoteLine, tally } from '../i18n/cli';
import { monthName } from '../i18n/months';
import type { ReportLabel } from '../i18n/report';
import { asOfText, reportText, reportTitle, severityWord, verdict } from '../i18n/report';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const MONTH_NOTES: ReadonlySet<string> = new Set<MonthNoteCode>([
  'SUSPENDED_MONTH',
  'CLOSED_MONTH',
  'NOT_AVAILABLE_MONTH',
]);
const CELL_WIDTH = 6;

function field(label: string, value: string | number, lang: Lang): string {
  return `${label}${lang === 'fr' ? ' : ' : ': '}${value}`;
}

function isMonthNote(finding: Finding): finding is Finding & { code: MonthNoteCode } {
  return MONTH_NOTES.has(finding.code) && finding.month !== null;
}

/** "  erreur         G22   " : the severity and cell columns of a finding line. */
function lineLeads(lang: Lang): Record<Severity, string> {
  const width = Math.max(...SEVERITIES.map((severity) => severityWord(severity, lang).length));
  const lead = (severity: Severity) => `  ${severityWord(severity, lang).padEnd(width)}  `;
  return { error: lead('error'), warning: lead('warning'), info: lead('info') };
}

function pushFindingLines(
  lines: string[],
  findings: readonly Finding[],
  leads: Record<Severity, string>,
  lang: Lang,
): void {
  const notes = new Map<MonthNoteCode, string[]>();
  for (const severity of SEVERITIES) {
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      if (isMonthNote(finding)) {
        const months = notes.get(finding.code) ?? [];
        months.push(monthName(finding.month ?? 0, lang));
        notes.set(finding.code, months);
      } else {
        lines.push(`${leads[severity]}${finding.cell.padEnd(CELL_WIDTH)}${finding.message}`);
      }
    }
  }
  for (const [code, months] of notes) {
    lines.push(`${leads.info}${''.padEnd(CELL_WIDTH)}${monthNoteLine(code, months, lang)}`);
  }
}

function hasError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

export function textReport(analysis: Analysis, file: string): string {
  const { dashboard, lang, summary } = analysis;
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

  const byRow = new Map<number, Finding[]>();
  for (const finding of analysis.findings) {
    const group = byRow.get(finding.row) ?? [];
    group.push(finding);
    byRow.set(finding.row, group);
  }
  const indicators = new Map<number, Indicator>(analysis.indicators.map((i) => [i.row, i]));
  // Findings come sorted by row, so each part keeps the sheet's order.
  const entries = [...byRow.entries()];
  const groups = [
    ...entries.filter(([, findings]) => hasError(findings)),
    ...entries.filter(([, findings]) => !hasError(findings)),
  ];
  const leads = lineLeads(lang);
  for (const [row, findings] of groups) {
    const indicator = indicators.get(row);
    lines.push(
      '',
      indicatorHeading(row + 1, indicator?.label ?? '', indicator?.engagement ?? null, lang),
    );
    pushFindingLines(lines, findings, leads, lang);
  }
  if (groups.length === 0) lines.push('', cliReportText('noFinding', lang));

  lines.push(
    '',
    tally(summary.errors, summary.warnings, summary.infos, lang),
    verdict(summary.errors, lang),
  );
  return `${lines.join('\n')}\n`;
}
