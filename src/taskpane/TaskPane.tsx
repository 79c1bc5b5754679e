/** The pane for one workbook: whichever state it is in, something useful is on screen. */
import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { ActionBar } from './components/ActionBar';
import { DashboardHeader } from './components/DashboardHeader';
import { FindingsPanel } from './components/FindingsPanel';
import { IndicatorsOverview } from './components/IndicatorsOverview';
import { OptionsPanel } from './components/OptionsPanel';
import { RolloverPanel } from './components/RolloverPanel';
import { StatusMessages } from './components/StatusMessages';
import { VerdictBanner } from './components/VerdictBanner';
import { ErrorState } from './components/states/ErrorState';
import { LoadingState } from './components/states/LoadingState';
import { NoDashboardState } from './components/states/NoDashboardState';
import type { DashboardActions, DashboardState } from './hooks/useDashboard';
import { useDashboard } from './hooks/useDashboard';
import { outdatedLabels } from './model/stale';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
});

export function TaskPane({ gateway }: { gateway: DashboardGateway }) {
  const styles = useStyles();
  const [state, actions] = useDashboard(gateway);
  const { pane } = state;
  return (
    <main className={styles.root}>
      {pane.kind === 'loading' && <LoadingState />}
      {pane.kind === 'failed' && (
        <ErrorState error={pane.error} onRetry={pane.retryable ? actions.reload : undefined} />
      )}
      {pane.kind === 'no_dashboard' && (
        <NoDashboardState
          error={pane.error}
          sheets={state.sheets}
          busy={state.busy !== null}
          onChooseSheet={actions.chooseSheet}
          onUseSelection={actions.pointAtSelection}
        />
      )}
      {pane.kind === 'ready' && (
        <DashboardView analysis={pane.analysis} state={state} actions={actions} />
      )}
      {pane.kind === 'ready' && (
        <RolloverPanel gateway={gateway} analysis={pane.analysis} disabled={state.busy !== null} />
      )}
    </main>
  );
}

interface DashboardViewProps {
  readonly analysis: Analysis;
  readonly state: DashboardState;
  readonly actions: DashboardActions;
}

function DashboardView({ analysis, state, actions }: DashboardViewProps) {
  // Out of date only makes sense once averages were written, in this session or an earlier one.
  const computed = state.fill !== null || state.canUndo;
  const outdated = computed ? outdatedLabels(analysis) : [];
  return (
    <>
      <DashboardHeader
        dashboard={analysis.dashboard}
        indicators={analysis.indicators.length}
        sheets={state.sheets}
        disabled={state.busy !== null}
        onChooseSheet={actions.chooseSheet}
        onUseSelection={actions.pointAtSelection}
      />
      <ActionBar busy={state.busy} onFill={actions.fill} onCheck={actions.check} />
      <StatusMessages
        error={state.error}
        fill={state.fill}
        notice={state.notice}
        outdated={outdated}
        rechecking={state.rechecking}
        busy={state.busy !== null}
        onDismissError={actions.dismissError}
        onDismissNotice={actions.dismissNotice}
        onRecompute={actions.fill}
      />
      {state.verdictShown && <VerdictBanner summary={analysis.summary} />}
      <FindingsPanel analysis={analysis} onSelect={actions.selectCell} />
      <Divider />
      <IndicatorsOverview analysis={analysis} />
      <Divider />
      <OptionsPanel
        year={analysis.dashboard.year ?? analysis.asOf.year}
        asOf={state.request.asOf}
        defaultAsOf={state.defaultAsOf}
        canUndo={state.canUndo}
        busy={state.busy}
        onAsOf={actions.setAsOf}
        onClearFlags={actions.clearFlags}
        onUndo={actions.undo}
      />
    </>
  );
}
