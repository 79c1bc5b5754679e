/**
 * The readable report of check and fill: the dashboard's identity, then the findings grouped by
 * indicator (indicators with errors first, the others in sheet order; within one, errors, warnings,
 * notes), then the tally and the verdict. Month notes (suspended, closed, nothing to measure)
 * fold into one line per indicator: they explain the gaps, they call for no action.
 */
import type { MonthNoteCode } from '../core/catalogue';
import { SEVERITIES, isMonthNote } from '../core/catalogue';
import type { Analysis, Finding, Lang, Severity } from '../core/types';
import { cliReportText, indicatorHeading, monthNoteLine, tally } from '../i18n/cli';
import { findingMessage } from '../i18n/findings';
import { monthName } from '../i18n/months';
import type { ReportLabel } from '../i18n/report';
import { asOfText, reportText, reportTitle, severityWord, verdict } from '../i18n/report';

const CELL_WIDTH = 6;
/** The cell column of a line that is about several cells. */
const NO_CELL = ''.padEnd(CELL_WIDTH);

function field(label: string, value: string | number, lang: Lang): string {
  return `${label}${lang === 'fr' ? ' : ' : ': '}${value}`;
}

function isMonthNoteOn(finding: Finding): finding is Finding & { code: MonthNoteCode } {
  return isMonthNote(finding.code) && finding.month !== null;
}

/** "  erreur         G22   " : the severity and cell columns of a finding line. */
function lineLeads(lang: Lang): Record<Severity, string> {
  const width = Math.max(...SEVERITIES.map((severity) => severityWord(severity, lang).length));
  const lead = (severity: Severity) => `  ${severityWord(severity, lang).padEnd(width)}  `;
  return { error: lead('error'), warning: lead('warning'), info: lead('info') };
}

/** One row's findings: findings[start] to findings[end - 1]. */
interface RowGroup {
  readonly row: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The rows that have findings, in order. Findings come sorted by row (an analysis guarantees
 * it), so each row's findings are contiguous and are read in place rather than copied.
 */
function rowGroups(findings: readonly Finding[]): RowGroup[] {
  const groups: RowGroup[] = [];
  let start = 0;
  for (let end = 1; end <= findings.length; end += 1) {
    if (end < findings.length && findings[end].row === findings[start].row) continue;
    groups.push({ row: findings[start].row, start, end });
    start = end;
  }
  return groups;
}

function hasError(findings: readonly Finding[], group: RowGroup): boolean {
  for (let i = group.start; i < group.end; i += 1)
    if (findings[i].severity === 'error') return true;
  return false;
}

function pushFindingLines(
  lines: string[],
  findings: readonly Finding[],
  group: RowGroup,
  leads: Record<Severity, string>,
  lang: Lang,
): void {
  const notes = new Map<MonthNoteCode, string[]>();
  for (const severity of SEVERITIES) {
    const lead = leads[severity];
    for (let i = group.start; i < group.end; i += 1) {
      const finding = findings[i];
      if (finding.severity !== severity) continue;
      if (isMonthNoteOn(finding)) {
        const months = notes.get(finding.code);
        const month = monthName(finding.month ?? 0, lang);
        if (months) months.push(month);
        else notes.set(finding.code, [month]);
      } else {
        lines.push(`${lead}${finding.cell.padEnd(CELL_WIDTH)}${findingMessage(finding, lang)}`);
      }
    }
  }
  if (notes.size === 0) return;
  const noteLead = leads.info + NO_CELL;
  for (const [code, months] of notes) lines.push(noteLead + monthNoteLine(code, months, lang));
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

  const groups = new Map<number, RowGroup>();
  for (const group of rowGroups(findings)) groups.set(group.row, group);
  const leads = lineLeads(lang);
  // Every indicator, those with errors first, then the others, each part in the sheet's order.
  for (const withErrors of [true, false]) {
    for (const indicator of analysis.indicators) {
      const group = groups.get(indicator.row);
      if ((group !== undefined && hasError(findings, group)) !== withErrors) continue;
      lines.push('', indicatorHeading(indicator, lang));
      if (group) pushFindingLines(lines, findings, group, leads, lang);
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
