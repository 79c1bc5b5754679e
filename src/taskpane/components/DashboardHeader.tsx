/** What was recognised: site, year, sheet, number of indicators (changed in the options). */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard } from '../../core/types';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

export interface DashboardHeaderProps {
  readonly dashboard: Dashboard;
  readonly indicators: number;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  facts: {
    margin: '0',
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  fact: { display: 'flex', columnGap: tokens.spacingHorizontalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: '0' },
});

export function DashboardHeader({ dashboard, indicators }: DashboardHeaderProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <header className={styles.root}>
      <h1 className={shared.paneTitle}>
        {strings.header.dashboardOf(dashboard.site, dashboard.year)}
      </h1>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt className={styles.term}>{strings.header.sheet}</dt>
          <dd className={styles.value}>{dashboard.sheet}</dd>
        </div>
        {dashboard.year !== null && (
          <div className={styles.fact}>
            <dt className={styles.term}>{strings.header.year}</dt>
            <dd className={styles.value}>{dashboard.year}</dd>
          </div>
        )}
        <div className={styles.fact}>
          <dt className={shared.visuallyHidden}>{strings.overview.title}</dt>
          <dd className={styles.value}>{strings.header.indicators(indicators)}</dd>
        </div>
      </dl>
    </header>
  );
}
