/** Every indicator's average, objective and months, in the dashboard's order. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../core/types';
import { monthFlags } from '../model/chart';
import { useSharedStyles } from '../styles';
import { ChartLegend } from './ChartLegend';
import { IndicatorCard } from './IndicatorCard';

const useStyles = makeStyles({
  list: { rowGap: tokens.spacingVerticalS },
});

export function IndicatorsOverview({ analysis }: { analysis: Analysis }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const withoutObjective = new Set(
    analysis.indicators
      .filter((i) => i.metReason === 'no_objective')
      .map((i) => i.row)
      .concat(analysis.findings.filter((f) => f.code === 'NO_OBJECTIVE').map((f) => f.row)),
  );
  return (
    <>
      <ChartLegend />
      <ul className={mergeClasses(shared.plainList, styles.list)}>
        {analysis.indicators.map((indicator) => (
          <li key={indicator.row}>
            <IndicatorCard
              indicator={indicator}
              flags={monthFlags(analysis, indicator.row)}
              noObjective={withoutObjective.has(indicator.row)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
