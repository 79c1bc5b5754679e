/** "Préparer <N+1>" in the browser preview: the plan, refused as Excel and the command refuse. */
import { analyse } from '../core/analyse';
import type { Grid } from '../core/grid';
import { planRollover } from '../core/rollover';
import { sheetTaken } from '../core/rollover-year';
import type { Dashboard, Lang, YearMonth } from '../core/types';
import type { DashboardRequest, RolloverOutcome } from '../gateway/types';
import { GatewayError } from '../gateway/types';
import { rolloverNoYearText, rolloverSheetExistsText } from '../i18n/rollover';

export function previewRollover(
  located: { readonly grid: Grid; readonly dashboard: Dashboard },
  request: DashboardRequest,
  context: { readonly sheets: readonly string[]; readonly today: YearMonth; readonly lang: Lang },
): RolloverOutcome {
  const { lang } = context;
  const analysis = analyse(located.grid, located.dashboard, {
    asOf: request.asOf,
    today: context.today,
  });
  const result = planRollover(located.grid, analysis);
  if (!result.ok) throw new GatewayError('unexpected', rolloverNoYearText(lang));
  const { plan } = result;
  if (sheetTaken(context.sheets, plan.newSheet))
    throw new GatewayError('unexpected', rolloverSheetExistsText(plan.newSheet, plan.to, lang));
  return { analysis, plan };
}
