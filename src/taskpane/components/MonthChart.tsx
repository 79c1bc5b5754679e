/**
 * An indicator's twelve months against its objective, readable at 320 px: a scale of round
 * values and the objective's value left of the plot, the objective dashed, a mark of its own
 * for each kind of month (see MarkGlyph), a break mark where a suspicious value is drawn off the
 * scale, and month initials of at least 10 px. Hovering a month, or moving along the months
 * with the arrow keys once the chart has focus, shows its value under the chart. The SVG
 * carries a summary as its label; a visually hidden table lists every month for screen readers.
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useState } from 'react';
import type { Indicator } from '../../core/types';
import { monthName, monthShort } from '../../i18n/months';
import type { MonthFlags, MonthMark } from '../model/chart';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  LABEL_Y,
  MARK_Y,
  PLOT_BOTTOM,
  PLOT_LEFT,
  PLOT_RIGHT,
  PLOT_TOP,
  TEXT_SIZE,
  chartGeometry,
  countedValues,
  markOf,
} from '../model/chart';
import { formatCompact, formatMeasure, formatObjective, formatScale } from '../model/format';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { MarkGlyph, useMarkStyles } from './MarkGlyph';

export interface MonthChartProps {
  readonly indicator: Indicator;
  readonly flags: MonthFlags;
}

const HIGH_CONTRAST = '@media (forced-colors: active)';

const useStyles = makeStyles({
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    overflow: 'visible',
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
  },
  axis: {
    stroke: tokens.colorNeutralStroke1,
    strokeWidth: '1',
    [HIGH_CONTRAST]: { stroke: 'CanvasText' },
  },
  grid: {
    stroke: tokens.colorNeutralStroke3,
    strokeWidth: '1',
    [HIGH_CONTRAST]: { stroke: 'GrayText' },
  },
  line: {
    fill: 'none',
    stroke: tokens.colorBrandStroke1,
    strokeWidth: '1.5',
    [HIGH_CONTRAST]: { stroke: 'CanvasText' },
  },
  active: {
    fill: tokens.colorNeutralBackground1Hover,
    [HIGH_CONTRAST]: { fill: 'none', stroke: 'Highlight', strokeWidth: '1.5' },
  },
  text: {
    fill: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    [HIGH_CONTRAST]: { fill: 'CanvasText' },
  },
  objectiveText: { fontWeight: tokens.fontWeightSemibold, fill: tokens.colorNeutralForeground1 },
  readout: {
    margin: '0',
    minHeight: tokens.lineHeightBase200,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
});

/** Keys that move along the months, to the month they lead to. */
function stepTo(key: string, month: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowUp') return Math.min(12, month + 1);
  if (key === 'ArrowLeft' || key === 'ArrowDown') return Math.max(1, month - 1);
  if (key === 'Home') return 1;
  if (key === 'End') return 12;
  return null;
}

export function MonthChart({ indicator, flags }: MonthChartProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const marks = useMarkStyles();
  const shared = useSharedStyles();
  const [active, setActive] = useState<number | null>(null);
  const geometry = chartGeometry(indicator, flags);
  const values = countedValues(indicator);
  const text = strings.overview;
  const unit = indicator.unit;

  const gaps = indicator.months
    .filter((entry) => !values.has(entry.month) && entry.status !== 'future')
    .map((entry) => monthName(entry.month, lang));
  const label = text.chartLabel({
    label: indicator.label,
    counted: values.size,
    objective: indicator.objective ? formatObjective(indicator.objective, unit, lang) : null,
    missed: [...flags.missed].sort((a, b) => a - b).map((month) => monthName(month, lang)),
    gaps,
  });

  const stateOf = (month: number): string => {
    const mark: MonthMark = markOf(indicator, month, flags);
    if (mark === 'future') return text.futureMonth;
    const clipped = geometry.points.find((p) => p.month === month)?.clipped;
    return clipped
      ? `${strings.chart.marks[mark]}, ${strings.chart.clipped}`
      : strings.chart.marks[mark];
  };

  const readout = (month: number): string => {
    const entry = indicator.months.find((m) => m.month === month);
    const value =
      entry?.status === 'value' && entry.value !== null
        ? formatMeasure(entry.value, unit, lang)
        : entry?.text.trim() || null;
    return strings.chart.readout(monthName(month, lang), value, stateOf(month));
  };

  const table = (
    <table className={shared.visuallyHidden}>
      <caption>{text.tableCaption(indicator.label)}</caption>
      <thead>
        <tr>
          <th scope="col">{text.tableMonth}</th>
          <th scope="col">{text.tableValue}</th>
          <th scope="col">{text.tableState}</th>
        </tr>
      </thead>
      <tbody>
        {indicator.months.map((entry) => (
          <tr key={entry.month}>
            <th scope="row">{monthName(entry.month, lang)}</th>
            <td>{entry.text}</td>
            <td>{stateOf(entry.month)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  // An empty plot would only take room: say it instead.
  if (values.size === 0)
    return (
      <>
        <p className={shared.caption}>{text.noValues}</p>
        {table}
      </>
    );

  const monthAt = (event: MouseEvent<SVGSVGElement>): number => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = box.width > 0 ? ((event.clientX - box.left) / box.width) * CHART_WIDTH : 0;
    return Math.min(12, Math.max(1, Math.floor((x - PLOT_LEFT) / geometry.slotWidth) + 1));
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>): void => {
    const next = stepTo(event.key, active ?? 1);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };

  const objective = indicator.objective;
  // A scale value right by the objective's would be written over it.
  const ticks = geometry.ticks.filter(
    (tick) => geometry.objectiveY === null || Math.abs(tick.y - geometry.objectiveY) >= TEXT_SIZE,
  );
  const textProps = { fontSize: TEXT_SIZE, className: styles.text };

  return (
    <>
      <svg
        className={mergeClasses(styles.svg, marks.svg)}
        role="img"
        aria-label={label}
        tabIndex={0}
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        preserveAspectRatio="xMidYMid meet"
        onMouseMove={(event) => setActive(monthAt(event))}
        onMouseLeave={() => setActive(null)}
        onFocus={() => setActive((month) => month ?? 1)}
        onBlur={() => setActive(null)}
        onKeyDown={onKeyDown}
      >
        {active !== null && (
          <rect
            className={styles.active}
            data-part="active"
            x={geometry.monthX[active - 1] - geometry.slotWidth / 2}
            y={PLOT_TOP - 4}
            width={geometry.slotWidth}
            height={MARK_Y + 6 - PLOT_TOP}
            rx={2}
          />
        )}
        {ticks.map((tick) => (
          <g key={tick.value} data-part="tick">
            <line className={styles.grid} x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={tick.y} y2={tick.y} />
            <text {...textProps} x={PLOT_LEFT - 4} y={tick.y + TEXT_SIZE / 3} textAnchor="end">
              {formatScale(tick.value, geometry.step, unit, lang)}
            </text>
          </g>
        ))}
        <line
          className={styles.axis}
          x1={PLOT_LEFT}
          x2={PLOT_LEFT}
          y1={PLOT_TOP}
          y2={PLOT_BOTTOM}
        />
        {geometry.breaks.map((y) => (
          <path
            key={y}
            className={marks.breakMark}
            data-part="break"
            d={`M${PLOT_LEFT - 5} ${y + 2} L${PLOT_LEFT + 5} ${y - 2} L${PLOT_LEFT + 5} ${y + 1} L${PLOT_LEFT - 5} ${y + 5} Z`}
          />
        ))}
        {objective && geometry.objectiveY !== null && (
          <g data-part="objective">
            <line
              className={marks.objective}
              x1={PLOT_LEFT}
              x2={PLOT_RIGHT}
              y1={geometry.objectiveY}
              y2={geometry.objectiveY}
            />
            <text
              {...textProps}
              className={mergeClasses(styles.text, styles.objectiveText)}
              x={PLOT_LEFT - 4}
              y={geometry.objectiveY + TEXT_SIZE / 3}
              textAnchor="end"
            >
              {formatCompact(objective.value, unit, lang)}
            </text>
          </g>
        )}
        {geometry.segments.map((d) => (
          <path key={d} className={styles.line} d={d} />
        ))}
        {geometry.points.map((point) => (
          <g key={point.month} data-part="point" data-month={point.month}>
            <MarkGlyph mark={point.mark} x={point.x} y={point.y} />
          </g>
        ))}
        {geometry.gaps.map((gap) => (
          <g key={gap.month} data-part="gap" data-month={gap.month}>
            <MarkGlyph mark={gap.mark} x={gap.x} y={MARK_Y} />
          </g>
        ))}
        {geometry.monthX.map((x, index) => (
          <text
            key={x}
            {...textProps}
            data-part="month-label"
            x={x}
            y={LABEL_Y}
            textAnchor="middle"
          >
            {monthShort(index + 1, lang).charAt(0)}
          </text>
        ))}
      </svg>
      <p className={styles.readout} aria-live="polite">
        {active !== null && readout(active)}
      </p>
      {table}
    </>
  );
}
