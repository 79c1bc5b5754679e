/**
 * The analysis as the workbook stands after a fill. The gateway's analysis describes the sheet it
 * read, before writing; the plan already knows what its writes resolve, which saves a re-read
 * (the fill's budget is two syncs) and keeps the pane from calling fresh averages out of date.
 */
import type { Analysis, FillPlan } from '../../core/types';

export function analysisAfterFill(analysis: Analysis, plan: FillPlan): Analysis {
  return { ...analysis, findings: plan.after.findings, summary: plan.after.summary };
}
