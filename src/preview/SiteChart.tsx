/**
 * An indicator's averages across sites: one bar per site (a diamond at its end and a red bar
 * when the site misses its objective, so colour is never the only sign), the shared objective
 * dashed. The SVG's label says every site's figure in words; the table beside it lists them.
 */
import { makeStyles, tokens } from '@fluentui/react-components';

import type { ConsolidatedIndicator } from '../core/consolidate';
import type { Lang } from '../core/types';
import { chartSummaryText, metText, noDataText } from '../i18n/consolidate';
import { formatAmount } from '../i18n/text';
import { SITE_CHART_WIDTH, siteChartGeometry } from './site-chart';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', maxWidth: '480px', height: 'auto' },
  bar: { fill: tokens.colorBrandBackground },
  missed: { fill: tokens.colorPaletteRedBackground3 },
  objective: {
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: '1.5',
    strokeDasharray: '4 3',
  },
  text: {
    fill: tokens.colorNeutralForeground1,
    fontSize: '10px',
    fontFamily: tokens.fontFamilyBase,
  },
});

export interface SiteChartProps {
  readonly indicator: ConsolidatedIndicator;
  /** Each site's name, by site index. */
  readonly labels: readonly string[];
  readonly lang: Lang;
}

export function averageText(average: number | null, indicator: ConsolidatedIndicator, lang: Lang) {
  return average === null ? noDataText(lang) : formatAmount(average, indicator.unit, lang);
}

export function SiteChart({ indicator, labels, lang }: SiteChartProps) {
  const styles = useStyles();
  const geometry = siteChartGeometry(indicator);
  // No site has a figure: the table beside says so, an empty plot would add nothing.
  if (geometry.bars.every((bar) => bar.width === null)) return null;
  const label = chartSummaryText(
    indicator.label,
    indicator.bySite.map((result) => ({
      site: labels[result.site],
      average: averageText(result.average, indicator, lang),
      met: metText(result, lang),
    })),
    lang,
  );
  return (
    <svg
      className={styles.svg}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${SITE_CHART_WIDTH} ${geometry.height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      {geometry.bars.map((bar, i) => {
        const result = indicator.bySite[i];
        const end = geometry.barLeft + (bar.width ?? 0);
        const middle = bar.barY + bar.barHeight / 2;
        return (
          <g key={bar.site} data-site={bar.site} data-part={bar.missed ? 'missed' : 'bar'}>
            <text className={styles.text} x={geometry.barLeft} y={bar.textY}>
              {`${labels[bar.site]} — ${averageText(result.average, indicator, lang)}`}
            </text>
            {bar.width !== null && (
              <rect
                className={bar.missed ? styles.missed : styles.bar}
                x={geometry.barLeft}
                y={bar.barY}
                width={Math.max(1, bar.width)}
                height={bar.barHeight}
              />
            )}
            {bar.missed && bar.width !== null && (
              <path
                className={styles.missed}
                d={`M${end} ${middle - 6} L${end + 6} ${middle} L${end} ${middle + 6} L${end - 6} ${middle} Z`}
              />
            )}
          </g>
        );
      })}
      {geometry.objectiveX !== null && (
        <line
          className={styles.objective}
          data-part="objective"
          x1={geometry.objectiveX}
          x2={geometry.objectiveX}
          y1={geometry.plotTop - 2}
          y2={geometry.plotBottom + 2}
        />
      )}
    </svg>
  );
}
