/**
 * What the fills the computation puts on month cells mean. The swatches keep the workbook's own
 * colours in Windows high contrast (they stand for cells the agent sees in Excel), outlined so
 * that they show on any background; the words say the same without colour.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { FLAG_COLORS } from '../../core/plan';
import type { FlagKind } from '../../core/types';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

const KINDS: readonly FlagKind[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: {
    margin: '0',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  swatch: {
    display: 'inline-block',
    width: '12px',
    height: '12px',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    forcedColorAdjust: 'none',
    '@media (forced-colors: active)': { border: '1px solid CanvasText' },
  },
});

export function FlagLegend() {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const text = strings.flags;
  return (
    <div className={styles.root}>
      <p className={styles.title}>{text.title}</p>
      <ul className={shared.legendList}>
        {KINDS.map((kind) => (
          <li key={kind} className={shared.legendItem} data-flag={kind}>
            <span
              className={styles.swatch}
              style={{ backgroundColor: FLAG_COLORS[kind] }}
              aria-hidden
            />
            {text.kinds[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
