/**
 * The fill sequence every gateway runs before writing (Excel, the browser preview, the command
 * line): analyse the dashboard, plan the fill, and refuse a plan whose report sheet would
 * replace the dashboard itself (a dashboard kept in a sheet named "Contrôle 2020").
 */
import { analyse } from './analyse';
import { planFill } from './plan';
import { sameSheetName } from './sheet-name';
import type { AnalyseOptions, Analysis, Dashboard, FillPlan, FillWords } from './types';
import type { Grid } from './grid';

export interface FillSequenceOptions extends AnalyseOptions {
  /** What the fill writes in words, from src/i18n (`fillWords(lang)`). */
  readonly words: FillWords;
}

export type FillSequence =
  | { readonly ok: true; readonly analysis: Analysis; readonly plan: FillPlan }
  | {
      readonly ok: false;
      /** The report sheet would be written over the dashboard: the gateway explains and stops. */
      readonly reason: 'report_replaces_dashboard';
      readonly reportName: string;
      readonly analysis: Analysis;
    };

export function planDashboardFill(
  grid: Grid,
  dashboard: Dashboard,
  options: FillSequenceOptions,
): FillSequence {
  const analysis = analyse(grid, dashboard, options);
  const plan = planFill(grid, analysis, options.words);
  // Excel compares sheet names without regard to case.
  if (sameSheetName(plan.report.name, plan.sheet))
    return {
      ok: false,
      reason: 'report_replaces_dashboard',
      reportName: plan.report.name,
      analysis,
    };
  return { ok: true, analysis, plan };
}
