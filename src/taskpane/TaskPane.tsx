/** The pane for one workbook: whichever state it is in, something useful is on screen. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { DashboardHeader } from './components/DashboardHeader';
import { FoldSection } from './components/FoldSection';
import { SummaryPanel } from './components/SummaryPanel';
import { ErrorState } from './components/states/ErrorState';
import { LoadingState } from './components/states/LoadingState';
import { NoDashboardState } from './components/states/NoDashboardState';
import type { DashboardActions, DashboardState } from './hooks/useDashboard';
import { useDashboard } from './hooks/useDashboard';
import { selectionProps } from './components/SelectionControl';
import { paneProblems } from './model/problem-lines';
import { dashboardSections } from './sections';
import { useStrings } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
  sections: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
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
          selection={selectionProps(state, actions)}
        />
      )}
      {pane.kind === 'ready' && (
        <DashboardView analysis={pane.analysis} state={state} actions={actions} gateway={gateway} />
      )}
    </main>
  );
}

interface DashboardViewProps {
  readonly analysis: Analysis;
  readonly state: DashboardState;
  readonly actions: DashboardActions;
  readonly gateway: DashboardGateway;
}

function DashboardView({ analysis, state, actions, gateway }: DashboardViewProps) {
  const { strings, lang } = useStrings();
  const styles = useStyles();
  const problems = paneProblems(analysis);
  const sections = dashboardSections({
    analysis,
    problems,
    state,
    actions,
    strings,
    gateway,
    lang,
  });
  return (
    <>
      <DashboardHeader dashboard={analysis.dashboard} indicators={analysis.indicators.length} />
      <SummaryPanel analysis={analysis} counts={problems.counts} state={state} actions={actions} />
      <div className={styles.sections}>
        {sections.map((section) => (
          <FoldSection
            key={section.id}
            title={section.title}
            count={section.count}
            defaultOpen={section.defaultOpen}
          >
            {section.render()}
          </FoldSection>
        ))}
      </div>
    </>
  );
}
