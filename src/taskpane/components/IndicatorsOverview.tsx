/** Every indicator's average, objective and months, in the dashboard's order. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Analysis } from '../../core/types';
import { missedMonths } from '../model/chart';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { ChartLegend } from './ChartLegend';
import { IndicatorCard } from './IndicatorCard';

const useStyles = makeStyles({
  list: { rowGap: tokens.spacingVerticalS },
});

export function IndicatorsOverview({ analysis }: { analysis: Analysis }) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleId = useId();
  const withoutObjective = new Set(
    analysis.indicators
      .filter((i) => i.metReason === 'no_objective')
      .map((i) => i.row)
      .concat(analysis.findings.filter((f) => f.code === 'NO_OBJECTIVE').map((f) => f.row)),
  );
  return (
    <section className={shared.section} aria-labelledby={titleId}>
      <h2 id={titleId} className={shared.sectionTitle}>
        {strings.overview.title}
      </h2>
      <ChartLegend />
      <ul className={mergeClasses(shared.plainList, styles.list)}>
        {analysis.indicators.map((indicator) => (
          <li key={indicator.row}>
            <IndicatorCard
              indicator={indicator}
              missed={missedMonths(analysis, indicator.row)}
              noObjective={withoutObjective.has(indicator.row)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
