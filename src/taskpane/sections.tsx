/**
 * The pane's sections under the summary, in order. Each says its title, its count, whether it
 * opens unfolded, and what it holds; a new section is one more entry in `dashboardSections`.
 */
import type { ReactNode } from 'react';
import type { Analysis, Lang, Severity } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { rolloverLabels } from '../i18n/rollover';
import type { TaskpaneStrings } from '../i18n/taskpane';
import { IndicatorsOverview } from './components/IndicatorsOverview';
import { OptionsPanel } from './components/OptionsPanel';
import { ProblemList } from './components/ProblemList';
import { RolloverPanel } from './components/RolloverPanel';
import { errorFrom } from './components/StatusMessages';
import type { DashboardActions, DashboardState } from './hooks/useDashboard';
import type { PaneProblems } from './model/problem-lines';

export interface PaneSection {
  /** Stable, for React's keys and the tests. */
  readonly id: string;
  readonly title: string;
  /** Shown after the title; null for a section that counts nothing. */
  readonly count: number | null;
  readonly defaultOpen: boolean;
  /** Rendered only while the section is unfolded. */
  readonly render: () => ReactNode;
}

export interface SectionContext {
  readonly analysis: Analysis;
  readonly problems: PaneProblems;
  readonly state: DashboardState;
  readonly actions: DashboardActions;
  readonly strings: TaskpaneStrings;
  /** For "Préparer <N+1>", which talks to the workbook itself. */
  readonly gateway: DashboardGateway;
  readonly lang: Lang;
}

/** Longer lists than this open folded: the summary above already gives their count. */
const UNFOLDED_LINES = 6;

export function dashboardSections(context: SectionContext): PaneSection[] {
  const { analysis, problems, state, actions, strings, gateway, lang } = context;
  const titles = strings.sections;
  const list = (id: string, title: string, severity: Severity, open: boolean): PaneSection => {
    const lines = problems.bySeverity[severity];
    return {
      id,
      title,
      count: lines.length,
      defaultOpen: open && lines.length <= UNFOLDED_LINES,
      render: () => (
        <ProblemList
          analysis={analysis}
          problems={lines}
          busy={state.busy !== null}
          selectError={errorFrom(state.error, ['select'])}
          onSelect={actions.selectCell}
          onAsOf={actions.setAsOf}
          onDismissError={actions.dismissError}
        />
      ),
    };
  };
  const { counts } = problems;
  const sections: PaneSection[] = [];
  if (counts.errors > 0) sections.push(list('errors', titles.errors, 'error', true));
  if (counts.warnings > 0) sections.push(list('warnings', titles.warnings, 'warning', true));
  sections.push({
    id: 'indicators',
    title: titles.indicators,
    count: analysis.indicators.length,
    defaultOpen: false,
    render: () => <IndicatorsOverview analysis={analysis} />,
  });
  if (counts.infos > 0) sections.push(list('infos', titles.infos, 'info', false));
  const { year } = analysis.dashboard;
  if (year !== null)
    sections.push({
      id: 'rollover',
      title: rolloverLabels(lang).heading(year + 1),
      count: null,
      defaultOpen: false,
      render: () => (
        <RolloverPanel gateway={gateway} analysis={analysis} disabled={state.busy !== null} />
      ),
    });
  sections.push({
    id: 'options',
    title: titles.options,
    count: null,
    defaultOpen: false,
    render: () => <OptionsPanel analysis={analysis} state={state} actions={actions} />,
  });
  return sections;
}
