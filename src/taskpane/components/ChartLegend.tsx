/** The marks the month charts use, explained once above them. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../strings';
import { diamondPath } from './MonthChart';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  met: { fill: tokens.colorBrandBackground },
  missed: { fill: tokens.colorPaletteRedBackground3 },
  objective: { stroke: tokens.colorNeutralForeground2, strokeWidth: '1.5', strokeDasharray: '4 3' },
});

export function ChartLegend() {
  const { strings } = useStrings();
  const styles = useStyles();
  const text = strings.overview;
  return (
    <ul className={styles.root}>
      <li className={styles.item}>
        <svg width="10" height="10" aria-hidden>
          <circle className={styles.met} cx="5" cy="5" r="3.5" />
        </svg>
        {text.legendMet}
      </li>
      <li className={styles.item}>
        <svg width="12" height="12" aria-hidden>
          <path className={styles.missed} d={diamondPath(6, 6, 5)} />
        </svg>
        {text.legendMissed}
      </li>
      <li className={styles.item}>
        <svg width="18" height="10" aria-hidden>
          <line className={styles.objective} x1="0" x2="18" y1="5" y2="5" />
        </svg>
        {text.legendObjective}
      </li>
      <li className={styles.item}>{text.legendGap}</li>
    </ul>
  );
}
