/**
 * One section's problems, one line each, under the name of their indicator (with its section
 * and row, so that look-alikes are told apart). Months not yet filled come with the one-click
 * fix: checking up to the last month the dashboard has filled.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CalendarLtr16Regular } from '@fluentui/react-icons';
import type { Problem } from '../../core/problems';
import type { Analysis, YearMonth } from '../../core/types';
import { monthName } from '../../i18n/months';
import { indicatorPlace } from '../model/indicator-name';
import type { ActionError } from '../model/pane-state';
import type { ProblemBlock } from '../model/problem-lines';
import { problemBlocks } from '../model/problem-lines';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { ProblemItem } from './ProblemItem';
import { ErrorMessage } from './StatusMessages';

export interface ProblemListProps {
  readonly analysis: Analysis;
  readonly problems: readonly Problem[];
  readonly busy: boolean;
  /** A failed selection of a cell: told under the line that was clicked. */
  readonly selectError: ActionError | null;
  readonly onSelect: (cell: string) => void;
  readonly onAsOf: (asOf: YearMonth) => void;
  readonly onDismissError: () => void;
}

const useStyles = makeStyles({
  blocks: { rowGap: tokens.spacingVerticalS },
  title: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  place: {
    display: 'block',
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  fix: { alignSelf: 'flex-start', marginInlineStart: tokens.spacingHorizontalXXL },
  line: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export function ProblemList(props: ProblemListProps) {
  const { analysis, problems, busy, selectError, onSelect, onAsOf } = props;
  // Under the first line of the cell that was clicked (two lines may share a cell).
  const failedLine = selectError && problems.find((p) => p.cell === selectError.cell)?.key;
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();

  const title = (block: ProblemBlock) => {
    if (block.indicator)
      return (
        <>
          {block.indicator.label}
          {block.indicator.engagement && ` ${block.indicator.engagement}`}
          <span className={styles.place}>{indicatorPlace(block.indicator, strings)}</span>
        </>
      );
    return block.row === null
      ? strings.findings.wholeDashboard
      : strings.findings.otherRow(block.row + 1);
  };

  return (
    <>
      <p className={shared.caption}>{strings.findings.hint}</p>
      <ul className={mergeClasses(shared.plainList, styles.blocks)}>
        {problemBlocks(analysis, problems).map((block) => (
          <li key={block.key}>
            <h3 className={styles.title}>{title(block)}</h3>
            <ul className={shared.plainList}>
              {block.problems.map((problem) => (
                <li key={problem.key} className={styles.line}>
                  <ProblemItem problem={problem} onSelect={onSelect} />
                  {selectError && failedLine === problem.key && (
                    <ErrorMessage
                      error={selectError}
                      busy={busy}
                      onDismiss={props.onDismissError}
                    />
                  )}
                  {problem.kind === 'not_yet_filled' && (
                    <Button
                      className={styles.fix}
                      size="small"
                      icon={<CalendarLtr16Regular />}
                      disabledFocusable={busy}
                      onClick={() => onAsOf(problem.suggestedAsOf)}
                    >
                      {strings.findings.useAsOf(
                        `${monthName(problem.suggestedAsOf.month, lang)} ${problem.suggestedAsOf.year}`,
                      )}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
