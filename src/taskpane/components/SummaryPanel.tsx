/**
 * The top of the pane, read first: the primary action, the verdict right under it (shown on
 * opening, without a click), what the last computation or check did, and the check itself.
 */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Calculator20Regular, TaskListSquareLtr20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Analysis } from '../../core/types';
import type { DashboardActions, DashboardState } from '../hooks/useDashboard';
import type { ProblemCounts } from '../model/problem-lines';
import { outdatedLabels } from '../model/stale';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { ErrorMessage, FillResult, RecheckStatus, StaleMessage, errorFrom } from './StatusMessages';
import { VerdictBanner } from './VerdictBanner';

export interface SummaryPanelProps {
  readonly analysis: Analysis;
  /** The problems' counts, as the sections below list them. */
  readonly counts: ProblemCounts;
  readonly state: DashboardState;
  readonly actions: DashboardActions;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { width: '100%' },
});

/** The spinner says nothing itself: the button's own text tells what is under way. */
function progress() {
  return <Spinner size="extra-tiny" aria-hidden />;
}

export function SummaryPanel({ analysis, counts, state, actions }: SummaryPanelProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const fillHint = useId();
  const checkHint = useId();
  const busy = state.busy !== null;
  const filling = state.busy === 'fill';
  const checking = state.busy === 'check';
  // Out of date only makes sense once averages were written, in this session or an earlier one.
  const computed = state.fill !== null || state.canUndo;
  const outdated = computed ? outdatedLabels(analysis) : [];
  const fillError = errorFrom(state.error, ['fill', 'load', 'recheck']);
  const checkError = errorFrom(state.error, ['check']);
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        icon={filling ? progress() : <Calculator20Regular />}
        // Focusable while disabled, so keyboard focus stays put during the computation.
        disabledFocusable={busy}
        aria-describedby={fillHint}
        onClick={actions.fill}
      >
        {filling ? strings.actions.filling : strings.actions.fill}
      </Button>
      {fillError && <ErrorMessage error={fillError} busy={busy} onDismiss={actions.dismissError} />}
      {state.fill && <FillResult fill={state.fill} />}
      <VerdictBanner counts={counts} asOf={analysis.asOf} />
      {outdated.length > 0 && (
        <StaleMessage outdated={outdated} busy={busy} onRecompute={actions.fill} />
      )}
      <RecheckStatus rechecking={state.rechecking} />
      <Button
        className={styles.button}
        appearance="secondary"
        icon={checking ? progress() : <TaskListSquareLtr20Regular />}
        disabledFocusable={busy}
        aria-describedby={checkHint}
        onClick={actions.check}
      >
        {checking ? strings.actions.checking : strings.actions.check}
      </Button>
      {checkError && (
        <ErrorMessage error={checkError} busy={busy} onDismiss={actions.dismissError} />
      )}
      <span id={fillHint} className={shared.visuallyHidden}>
        {strings.actions.fillHint}
      </span>
      <span id={checkHint} className={shared.visuallyHidden}>
        {strings.actions.checkHint}
      </span>
    </div>
  );
}
