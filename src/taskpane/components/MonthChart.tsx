/**
 * An indicator's twelve months against its objective: points (a diamond in another colour when
 * the month misses the objective, so colour is never the only sign), the line broken at months
 * without a value, the objective dashed. The SVG carries a summary as its label; a visually
 * hidden table lists every month for screen readers.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Indicator } from '../../core/types';
import { monthName, monthShort } from '../../i18n/months';
import { CHART_HEIGHT, CHART_WIDTH, LABEL_Y, chartGeometry, countedValues } from '../model/chart';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

export interface MonthChartProps {
  readonly indicator: Indicator;
  /** Months (1-12) that miss the objective. */
  readonly missed: ReadonlySet<number>;
}

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  axis: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1' },
  objective: {
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: '1.5',
    strokeDasharray: '4 3',
  },
  line: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '1.5' },
  met: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralBackground1 },
  missed: { fill: tokens.colorPaletteRedBackground3, stroke: tokens.colorNeutralBackground1 },
  label: {
    fill: tokens.colorNeutralForeground3,
    fontSize: '9px',
    fontFamily: tokens.fontFamilyBase,
  },
});

/** A diamond centred on (x, y): the "missed" mark. */
export function diamondPath(x: number, y: number, r: number): string {
  return `M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`;
}

export function MonthChart({ indicator, missed }: MonthChartProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const geometry = chartGeometry(indicator, missed);
  const values = countedValues(indicator);
  const text = strings.overview;

  const gaps = indicator.months
    .filter((entry) => !values.has(entry.month) && entry.status !== 'future')
    .map((entry) => monthName(entry.month, lang));
  const label = text.chartLabel({
    label: indicator.label,
    counted: values.size,
    objective: indicator.objective ? indicator.objectiveText : null,
    missed: [...missed].sort((a, b) => a - b).map((month) => monthName(month, lang)),
    gaps,
  });

  const state = (month: number): string => {
    const entry = indicator.months.find((m) => m.month === month);
    if (!entry) return text.monthState.missing;
    if (entry.status !== 'value') return text.monthState[entry.status];
    if (entry.excluded) return text.monthState.excluded;
    if (!indicator.objective) return text.monthState.value;
    return missed.has(month) ? text.monthState.missed : text.monthState.met;
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
            <td>{state(entry.month)}</td>
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

  return (
    <>
      <svg
        className={styles.svg}
        role="img"
        aria-label={label}
        viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
        preserveAspectRatio="xMidYMid meet"
      >
        <line
          className={styles.axis}
          x1={geometry.left}
          x2={geometry.right}
          y1={geometry.plotBottom + 4}
          y2={geometry.plotBottom + 4}
        />
        {geometry.objectiveY !== null && (
          <line
            className={styles.objective}
            data-part="objective"
            x1={geometry.left}
            x2={geometry.right}
            y1={geometry.objectiveY}
            y2={geometry.objectiveY}
          />
        )}
        {geometry.segments.map((d) => (
          <path key={d} className={styles.line} d={d} />
        ))}
        {geometry.points.map((point) =>
          point.missed ? (
            <path
              key={point.month}
              className={styles.missed}
              data-part="missed"
              data-month={point.month}
              d={diamondPath(point.x, point.y, 5)}
            />
          ) : (
            <circle
              key={point.month}
              className={styles.met}
              data-part="point"
              data-month={point.month}
              cx={point.x}
              cy={point.y}
              r={3.5}
            />
          ),
        )}
        {geometry.monthX.map((x, index) => (
          <text key={x} className={styles.label} x={x} y={LABEL_Y} textAnchor="middle">
            {monthShort(index + 1, lang).charAt(0)}
          </text>
        ))}
      </svg>
      {table}
    </>
  );
}
