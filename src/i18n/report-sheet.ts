/**
 * The "Contrôle <year>" sheet the fill writes beside the dashboard: a summary, then one row per
 * finding with a link to its cell. No date or time: filling twice must give the same sheet.
 */
import type {
  Analysis,
  Finding,
  Lang,
  ReportLink,
  ReportSheet,
  ReportValue,
  Summary,
} from '../core/types';
import { findingMessage } from './findings';
import { monthName } from './months';
import {
  FINDING_COLUMNS,
  asOfText,
  reportSheetName,
  reportText,
  reportTitle,
  severityWord,
  verdict,
} from './report';
import { capitalised } from './text';

/** Severity, code, cell, indicator, month, message: sized for reading without resizing. */
const COLUMN_WIDTHS: readonly number[] = [18, 26, 10, 50, 12, 110];
const CELL_COLUMN = 2;
const VERDICT_ROW = 9;

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
  const links: ReportLink[] = [];
  for (const finding of findings) {
    links.push({ row: rows.length, col: CELL_COLUMN, target: finding.cell });
    rows.push([
      severityWord(finding.severity, lang),
      finding.code,
      finding.cell,
      finding.indicator.label,
      finding.month === null ? '' : monthTitle(finding.month, lang),
      findingMessage(finding, lang),
    ]);
  }
  return {
    name: reportSheetName(dashboard.year),
    rows,
    boldRows: [0, VERDICT_ROW, headerRow],
    links,
    columnWidths: COLUMN_WIDTHS,
  };
}

const MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** "Août": January to December written once, not for each of thousands of findings. */
const MONTH_TITLES: Record<Lang, readonly string[]> = {
  fr: MONTH_NUMBERS.map((month) => capitalised(monthName(month, 'fr'))),
  en: MONTH_NUMBERS.map((month) => capitalised(monthName(month, 'en'))),
};

function monthTitle(month: number, lang: Lang): string {
  return MONTH_TITLES[lang][month - 1] ?? capitalised(monthName(month, lang));
}
