/**
 * Geometry of an indicator's month chart: one point per month holding a counted value, the
 * line broken where a month has none, and the objective as a horizontal line. The vertical
 * scale fits the values and the objective (not zero-based): the chart shows how months sit
 * against the objective, which a zero baseline would flatten for rates near 100 %.
 */
import type { Analysis, Indicator } from '../../core/types';

export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 84;
const LEFT = 6;
const RIGHT = CHART_WIDTH - 6;
const TOP = 8;
const BOTTOM = 64;
/** Baseline of the month initials under the plot. */
export const LABEL_Y = 80;

export interface ChartPoint {
  readonly month: number;
  readonly x: number;
  readonly y: number;
  readonly missed: boolean;
}

export interface ChartGeometry {
  /** x of each month's slot centre, January first. */
  readonly monthX: readonly number[];
  readonly points: readonly ChartPoint[];
  /** SVG path data of each run of consecutive months with values. */
  readonly segments: readonly string[];
  readonly objectiveY: number | null;
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly left: number;
  readonly right: number;
}

/** Months (1-12) of the row that miss the yearly objective, as the analysis found them. */
export function missedMonths(analysis: Analysis, row: number): Set<number> {
  const months = new Set<number>();
  for (const finding of analysis.findings) {
    if (finding.code === 'OBJECTIVE_MISSED_MONTH' && finding.row === row && finding.month !== null)
      months.add(finding.month);
  }
  return months;
}

/** The values the average counts, by month; other months are gaps. */
export function countedValues(indicator: Indicator): Map<number, number> {
  const values = new Map<number, number>();
  for (const entry of indicator.months) {
    if (entry.status === 'value' && !entry.excluded && entry.value !== null)
      values.set(entry.month, entry.value);
  }
  return values;
}

export function chartGeometry(indicator: Indicator, missed: ReadonlySet<number>): ChartGeometry {
  const slot = (RIGHT - LEFT) / 12;
  const monthX = Array.from({ length: 12 }, (_, i) => LEFT + slot * (i + 0.5));
  const values = countedValues(indicator);
  const objective = indicator.objective?.value ?? null;
  const scale = verticalScale([...values.values(), ...(objective === null ? [] : [objective])]);

  const points: ChartPoint[] = [...values.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, value]) => ({
      month,
      x: monthX[month - 1],
      y: scale(value),
      missed: missed.has(month),
    }));

  const segments: string[] = [];
  let run: ChartPoint[] = [];
  const flush = (): void => {
    if (run.length > 1)
      segments.push(
        run.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' '),
      );
    run = [];
  };
  for (const point of points) {
    const previous = run[run.length - 1];
    if (previous && point.month !== previous.month + 1) flush();
    run.push(point);
  }
  flush();

  return {
    monthX,
    points,
    segments,
    objectiveY: objective === null ? null : scale(objective),
    plotTop: TOP,
    plotBottom: BOTTOM,
    left: LEFT,
    right: RIGHT,
  };
}

/** Maps values onto the plot's height, with a margin so no point sits on an edge. */
function verticalScale(values: readonly number[]): (value: number) => number {
  if (values.length === 0) return () => (TOP + BOTTOM) / 2;
  let low = Math.min(...values);
  let high = Math.max(...values);
  const span = high - low;
  const pad = span > 0 ? span * 0.15 : Math.abs(high) * 0.1 || 1;
  low -= pad;
  high += pad;
  return (value) => round(BOTTOM - ((value - low) / (high - low)) * (BOTTOM - TOP));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
