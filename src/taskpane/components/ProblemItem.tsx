/** One problem, in one sentence: a button that selects the cell where to act in the workbook. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Regular, Warning16Filled } from '@fluentui/react-icons';
import type { Problem } from '../../core/problems';
import type { Severity } from '../../core/types';
import { problemText } from '../../i18n/problems';
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
  text: { minWidth: '0' },
  cell: { fontWeight: tokens.fontWeightSemibold },
});

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  info: Info16Regular,
};

export interface ProblemItemProps {
  readonly problem: Problem;
  readonly onSelect: (cell: string) => void;
}

export function ProblemItem({ problem, onSelect }: ProblemItemProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const Icon = ICONS[problem.severity];
  const text = problemText(problem, lang);
  const severity = strings.findings.severity[problem.severity];
  return (
    <button
      type="button"
      className={styles.button}
      aria-label={strings.findings.itemLabel(severity, problem.cell, text)}
      data-problem={problem.key}
      onClick={() => onSelect(problem.cell)}
    >
      <Icon className={mergeClasses(styles.icon, styles[problem.severity])} aria-hidden />
      <span className={styles.text}>
        <span className={styles.cell}>{problem.cell}</span> {text}
      </span>
    </button>
  );
}
