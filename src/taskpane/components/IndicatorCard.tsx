/**
 * One indicator at a glance: its name with its section and row (two indicators may share a
 * label and an engagement), average, objective, met badge and its months' chart.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Indicator } from '../../core/types';
import type { MonthFlags } from '../model/chart';
import { formatMeasure, formatObjective } from '../model/format';
import { indicatorPlace } from '../model/indicator-name';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { MetBadge } from './MetBadge';
import { MonthChart } from './MonthChart';

export interface IndicatorCardProps {
  readonly indicator: Indicator;
  readonly flags: MonthFlags;
  /** The dashboard gives no objective ("-", empty): shown as "aucun" rather than as typed. */
  readonly noObjective: boolean;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  engagement: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  list: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, margin: '0' },
  fact: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: '0', fontWeight: tokens.fontWeightSemibold },
});

export function IndicatorCard({ indicator, flags, noObjective }: IndicatorCardProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const text = strings.overview;
  const average =
    indicator.average === null
      ? text.noData
      : formatMeasure(indicator.average, indicator.unit, lang);
  // Read objectives in the pane's writing ("≥ 90 %"); an unreadable one as the agent typed it.
  const objective = noObjective
    ? text.noObjective
    : indicator.objective
      ? formatObjective(indicator.objective, indicator.unit, lang)
      : indicator.objectiveText.trim() || text.noObjective;
  return (
    <article className={styles.root}>
      <h3 className={styles.title}>
        {indicator.label}
        {indicator.engagement && (
          <>
            {' '}
            <span className={styles.engagement}>{indicator.engagement}</span>
          </>
        )}
      </h3>
      <p className={shared.caption}>{indicatorPlace(indicator, strings)}</p>
      <div className={styles.facts}>
        <dl className={styles.list}>
          <div className={styles.fact}>
            <dt className={styles.term}>{text.average}</dt>
            <dd className={styles.value}>{average}</dd>
          </div>
          <div className={styles.fact}>
            <dt className={styles.term}>{text.objective}</dt>
            <dd className={styles.value}>{objective}</dd>
          </div>
        </dl>
        <MetBadge indicator={indicator} />
      </div>
      <MonthChart indicator={indicator} flags={flags} />
    </article>
  );
}
