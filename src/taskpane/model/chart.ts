/**
 * Geometry of an indicator's month chart, in the SVG's own units (the chart is drawn 300 wide
 * and scaled to the pane: at 320 px the scale is about 0.93, so a 12-unit text stays above
 * 10 px). One point per month holding a counted value, the line broken where a month has none,
 * the objective as a horizontal line, a scale of round values, and a mark under every month
 * without a value telling why (suspended, closed, not applicable, missing, wrong entry).
 *
 * The vertical scale fits the values and the objective, not zero: the chart shows how months
 * sit against the objective, which a zero baseline would flatten for rates near 100 %. A value
 * the analysis calls suspicious (a typing slip: August's 0,0 % among 98 %) does not stretch the
 * scale: it is drawn in a band beyond a break mark at the plot's edge, so the other months keep
 * their spread.
 */
import type { Analysis, FindingCode, Indicator, MonthStatus } from '../../core/types';
import type { ChartMark } from '../../i18n/taskpane';

export const CHART_WIDTH = 300;
export const CHART_HEIGHT = 104;
/** Room for the scale's labels, left of the plot. */
export const PLOT_LEFT = 42;
export const PLOT_RIGHT = CHART_WIDTH - 4;
export const PLOT_TOP = 6;
export const PLOT_BOTTOM = 70;
/** Where the marks of months without a value sit, under the plot. */
export const MARK_Y = 80;
/** Baseline of the month labels. */
export const LABEL_Y = 99;
/** Text size in SVG units; 12 × 0.93 ≈ 11 px at the narrowest pane. */
export const TEXT_SIZE = 12;
/** Height of the band beyond a break where clipped values are drawn. */
const OUTLIER_BAND = 12;

/** How a month holding something shows on the chart. */
export type DrawnMark = ChartMark;

/** A future month is left blank. */
export type MonthMark = DrawnMark | 'future';

const GAP_MARKS: Readonly<Record<Exclude<MonthStatus, 'value'>, MonthMark>> = {
  suspended: 'suspended',
  closed: 'closed',
  not_available: 'not_available',
  missing: 'missing',
  future: 'future',
  error: 'wrong',
  invalid: 'wrong',
};

export interface ChartPoint {
  readonly month: number;
  readonly x: number;
  readonly y: number;
  readonly mark: DrawnMark;
  /** Drawn beyond a break mark: its value is off the scale. */
  readonly clipped: 'low' | 'high' | null;
}

export interface GapMark {
  readonly month: number;
  readonly x: number;
  readonly mark: DrawnMark;
}

export interface Tick {
  readonly value: number;
  readonly y: number;
}

export interface ChartGeometry {
  /** x of each month's slot centre, January first. */
  readonly monthX: readonly number[];
  readonly slotWidth: number;
  readonly points: readonly ChartPoint[];
  /** Months without a counted value (future months excluded). */
  readonly gaps: readonly GapMark[];
  /** SVG path data of each run of consecutive months with values on the scale. */
  readonly segments: readonly string[];
  readonly ticks: readonly Tick[];
  /** The tick step, to format the ticks with as many decimals as they need. */
  readonly step: number;
  readonly objectiveY: number | null;
  /** y of the break marks drawn on the axis when values are clipped. */
  readonly breaks: readonly number[];
}

/** The months (1-12) of the row that have a finding of `code`. */
export function monthsWith(analysis: Analysis, row: number, code: FindingCode): Set<number> {
  const months = new Set<number>();
  for (const finding of analysis.findings) {
    if (finding.code === code && finding.row === row && finding.month !== null)
      months.add(finding.month);
  }
  return months;
}

/** What the chart needs to know of an indicator's findings. */
export interface MonthFlags {
  /** Months under the objective. */
  readonly missed: ReadonlySet<number>;
  /** Months whose value looks like a typing slip. */
  readonly suspicious: ReadonlySet<number>;
}

export function monthFlags(analysis: Analysis, row: number): MonthFlags {
  return {
    missed: monthsWith(analysis, row, 'OBJECTIVE_MISSED_MONTH'),
    suspicious: monthsWith(analysis, row, 'SUSPICIOUS_VALUE'),
  };
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

/** How month `month` of the indicator shows. */
export function markOf(indicator: Indicator, month: number, flags: MonthFlags): MonthMark {
  const entry = indicator.months.find((m) => m.month === month);
  if (!entry) return 'missing';
  if (entry.status !== 'value') return GAP_MARKS[entry.status];
  if (entry.excluded || entry.value === null) return 'wrong';
  return valueMark(indicator, month, flags);
}

/** How a month holding a counted value shows. */
function valueMark(indicator: Indicator, month: number, flags: MonthFlags): DrawnMark {
  if (flags.suspicious.has(month)) return 'suspicious';
  if (!indicator.objective) return 'value';
  return flags.missed.has(month) ? 'missed' : 'met';
}

export function chartGeometry(indicator: Indicator, flags: MonthFlags): ChartGeometry {
  const slotWidth = (PLOT_RIGHT - PLOT_LEFT) / 12;
  const monthX = Array.from({ length: 12 }, (_, i) => round(PLOT_LEFT + slotWidth * (i + 0.5)));
  const values = countedValues(indicator);
  const objective = indicator.objective?.value ?? null;

  // The scale is set by the months that are not suspicious, and by the objective.
  const regular = [...values.entries()].filter(([month]) => !flags.suspicious.has(month));
  const basis = [...regular.map(([, v]) => v), ...(objective === null ? [] : [objective])];
  const domain = basis.length > 0 ? paddedDomain(basis) : paddedDomain([...values.values()]);
  const clippedLow = [...values.values()].some((v) => v < domain.low);
  const clippedHigh = [...values.values()].some((v) => v > domain.high);
  const top = PLOT_TOP + (clippedHigh ? OUTLIER_BAND : 0);
  const bottom = PLOT_BOTTOM - (clippedLow ? OUTLIER_BAND : 0);
  const scale = (value: number): number =>
    round(bottom - ((value - domain.low) / (domain.high - domain.low)) * (bottom - top));

  const points: ChartPoint[] = [...values.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, value]) => {
      const clipped = value < domain.low ? 'low' : value > domain.high ? 'high' : null;
      const y =
        clipped === 'low' ? PLOT_BOTTOM - 4 : clipped === 'high' ? PLOT_TOP + 4 : scale(value);
      return { month, x: monthX[month - 1], y, mark: valueMark(indicator, month, flags), clipped };
    });

  const gaps: GapMark[] = [];
  for (const entry of indicator.months) {
    const mark = values.has(entry.month) ? 'future' : markOf(indicator, entry.month, flags);
    if (mark !== 'future') gaps.push({ month: entry.month, x: monthX[entry.month - 1], mark });
  }

  const { ticks: tickValues, step } = niceTicks(domain.low, domain.high, 3);
  const breaks = [
    ...(clippedHigh ? [PLOT_TOP + OUTLIER_BAND / 2 + 2] : []),
    ...(clippedLow ? [PLOT_BOTTOM - OUTLIER_BAND / 2 - 2] : []),
  ];

  return {
    monthX,
    slotWidth,
    points,
    gaps,
    segments: segmentsOf(points),
    ticks: tickValues.map((value) => ({ value, y: scale(value) })),
    step,
    objectiveY: objective === null ? null : scale(objective),
    breaks,
  };
}

/** The line joins consecutive months on the scale; a gap or a clipped value breaks it. */
function segmentsOf(points: readonly ChartPoint[]): string[] {
  const segments: string[] = [];
  let run: ChartPoint[] = [];
  const flush = (): void => {
    if (run.length > 1)
      segments.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '));
    run = [];
  };
  for (const point of points) {
    const previous = run[run.length - 1];
    if (point.clipped !== null) {
      flush();
      continue;
    }
    if (previous && point.month !== previous.month + 1) flush();
    run.push(point);
  }
  flush();
  return segments;
}

/** The values' range with a margin, so that no point sits on an edge. */
function paddedDomain(values: readonly number[]): { low: number; high: number } {
  if (values.length === 0) return { low: 0, high: 1 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low;
  const pad = span > 0 ? span * 0.15 : Math.abs(high) * 0.1 || 1;
  return { low: low - pad, high: high + pad };
}

/**
 * Round values inside [low, high], about `count` of them, at a step of 1, 2 or 5 times a power
 * of ten.
 */
export function niceTicks(
  low: number,
  high: number,
  count: number,
): { ticks: number[]; step: number } {
  const raw = (high - low) / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = Math.ceil(low / step) * step; v <= high + step * 1e-9; v += step)
    ticks.push(Number(v.toPrecision(12)));
  return { ticks, step };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
