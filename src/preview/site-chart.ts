/**
 * Geometry of an indicator's chart across sites: one horizontal bar per site, from zero (the
 * sites are compared with each other, so lengths must be honest), the objective as a vertical
 * line when every site has the same one. A site without an average gets no bar.
 */
import type { ConsolidatedIndicator, SiteResult } from '../core/consolidate';

export const SITE_CHART_WIDTH = 320;
const BAR_LEFT = 2;
const BAR_RIGHT = SITE_CHART_WIDTH - 2;
/** Each site: its name and value on one line, its bar under it. */
const ROW_HEIGHT = 30;
const TEXT_BASELINE = 11;
const BAR_TOP = 15;
const BAR_HEIGHT = 10;
const TOP = 2;

export interface SiteBar {
  readonly site: number;
  /** Baseline of the site's name and value, above its bar. */
  readonly textY: number;
  readonly barY: number;
  readonly barHeight: number;
  /** Null when the site has no average: no bar. */
  readonly width: number | null;
  readonly missed: boolean;
}

export interface SiteChartGeometry {
  readonly height: number;
  readonly barLeft: number;
  /** The objective line runs from the first bar's top to the last bar's bottom. */
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly bars: readonly SiteBar[];
  /** x of the objective line; null when the sites' objectives differ or there is none. */
  readonly objectiveX: number | null;
}

/** The one objective value every site shares, or null. */
export function sharedObjective(results: readonly SiteResult[]): number | null {
  const values = new Set(results.map((result) => result.objective?.value ?? null));
  if (values.size !== 1) return null;
  const [value] = values;
  return value;
}

export function siteChartGeometry(indicator: ConsolidatedIndicator): SiteChartGeometry {
  const results = indicator.bySite;
  const objective = sharedObjective(results);
  const values = results.flatMap((result) => (result.average === null ? [] : [result.average]));
  // Rates up to 100 % at least, so that 80 % reads as 80 % of the way.
  const floor = indicator.unit === 'rate' ? 1 : 0;
  const top = Math.max(floor, objective ?? 0, ...values) || 1;
  const scale = (value: number) => ((BAR_RIGHT - BAR_LEFT) * Math.max(0, value)) / top;
  const bars = results.map((result, i): SiteBar => {
    const rowTop = TOP + i * ROW_HEIGHT;
    return {
      site: result.site,
      textY: rowTop + TEXT_BASELINE,
      barY: rowTop + BAR_TOP,
      barHeight: BAR_HEIGHT,
      width: result.average === null ? null : scale(result.average),
      missed: result.met === false,
    };
  });
  return {
    height: TOP * 2 + results.length * ROW_HEIGHT,
    barLeft: BAR_LEFT,
    plotTop: TOP + BAR_TOP,
    plotBottom: TOP + (results.length - 1) * ROW_HEIGHT + BAR_TOP + BAR_HEIGHT,
    bars,
    objectiveX: objective === null ? null : BAR_LEFT + scale(objective),
  };
}
