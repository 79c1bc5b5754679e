/**
 * The analysis of a recognised dashboard (design.md §3-5): per indicator its months, average,
 * objective met or not, and the findings an agent must see before sending the dashboard.
 */
import { defaultAsOf, dueMonthCount } from './as-of';
import { compareFindings } from './findings';
import type { Grid } from './grid';
import { analyseIndicator } from './indicator';
import type { AnalyseOptions, Analysis, Dashboard, Finding, Indicator, Summary } from './types';

export function analyse(grid: Grid, dashboard: Dashboard, options: AnalyseOptions): Analysis {
  const asOf = options.asOf ?? defaultAsOf(dashboard.year, options.today);
  const dueMonths = dueMonthCount(dashboard.year, asOf);
  const indicators: Indicator[] = [];
  const findings: Finding[] = [];
  let ordered = true;
  let previousRow = -1;
  for (const row of dashboard.rows) {
    indicators.push(analyseIndicator(grid, dashboard, row, dueMonths, findings));
    ordered = ordered && row.row > previousRow;
    previousRow = row.row;
  }
  // Each row's findings come sorted; rows come top to bottom from recognition, so the whole
  // list is sorted in linear time. Sort only if a caller passed rows in another order.
  if (!ordered) findings.sort(compareFindings);
  return {
    dashboard,
    asOf,
    indicators,
    findings,
    summary: summarise(indicators.length, findings),
  };
}

export function summarise(indicators: number, findings: readonly Finding[]): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { indicators, errors, warnings, infos, readyToSend: errors === 0 };
}
