/**
 * The pane's sections under the summary, in order. Each says its title, its count, whether it
 * opens unfolded, and what it holds; a new section is one more entry in `dashboardSections`.
 */
import type { ReactNode } from 'react';
import type { Analysis } from '../core/types';
import type { TaskpaneStrings } from '../i18n/taskpane';
import { IndicatorsOverview } from './components/IndicatorsOverview';
import { OptionsPanel } from './components/OptionsPanel';
import { ProblemList } from './components/ProblemList';
import type { DashboardActions, DashboardState } from './hooks/useDashboard';
import { groupFindings } from './model/finding-groups';

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
  readonly state: DashboardState;
  readonly actions: DashboardActions;
  readonly strings: TaskpaneStrings;
}

/** Longer lists than this open folded: the summary above already gives their count. */
const UNFOLDED_LINES = 8;

export function dashboardSections({
  analysis,
  state,
  actions,
  strings,
}: SectionContext): PaneSection[] {
  const { summary } = analysis;
  const titles = strings.sections;
  const problems = (severity: 'error' | 'warning'): PaneSection => {
    const lines = groupFindings(analysis, [severity]).reduce((n, g) => n + g.findings.length, 0);
    return {
      id: severity === 'error' ? 'errors' : 'warnings',
      title: severity === 'error' ? titles.errors : titles.warnings,
      count: severity === 'error' ? summary.errors : summary.warnings,
      defaultOpen: lines <= UNFOLDED_LINES,
      render: () => (
        <ProblemList analysis={analysis} severities={[severity]} onSelect={actions.selectCell} />
      ),
    };
  };
  const sections: PaneSection[] = [];
  if (summary.errors > 0) sections.push(problems('error'));
  if (summary.warnings > 0) sections.push(problems('warning'));
  sections.push({
    id: 'indicators',
    title: titles.indicators,
    count: analysis.indicators.length,
    defaultOpen: false,
    render: () => <IndicatorsOverview analysis={analysis} />,
  });
  if (summary.infos > 0)
    sections.push({
      id: 'infos',
      title: titles.infos,
      count: summary.infos,
      defaultOpen: false,
      render: () => (
        <ProblemList analysis={analysis} severities={['info']} onSelect={actions.selectCell} />
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
