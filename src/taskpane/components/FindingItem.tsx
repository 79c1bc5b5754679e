/** One finding: a button that selects its cell in Excel. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from '@fluentui/react-icons';
import type { Finding, Severity } from '../../core/types';
import { findingMessage } from '../../i18n/findings';
import { monthName } from '../../i18n/months';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  button: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  icon: { flexShrink: 0, marginTop: '1px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
  text: { display: 'flex', flexDirection: 'column', minWidth: '0' },
  where: { fontWeight: tokens.fontWeightSemibold },
});

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Regular,
};

export interface FindingItemProps {
  readonly finding: Finding;
  readonly onSelect: (cell: string) => void;
}

export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const Icon = ICONS[finding.severity];
  const month = finding.month === null ? null : monthName(finding.month, lang);
  const severity = strings.findings.severity[finding.severity];
  const message = findingMessage(finding, lang);
  return (
    <button
      type="button"
      className={styles.button}
      aria-label={strings.findings.itemLabel(severity, finding.cell, month, message)}
      onClick={() => onSelect(finding.cell)}
    >
      <Icon className={mergeClasses(styles.icon, styles[finding.severity])} aria-hidden />
      <span className={styles.text}>
        <span className={styles.where}>
          {finding.cell}
          {month && ` · ${month}`}
        </span>{' '}
        <span>{message}</span>
      </span>
    </button>
  );
}
