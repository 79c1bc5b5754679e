/**
 * The one verdict the pane opens on: ready to send, or what is left to fix and review, counted
 * in problems as the sections list them (ready to send means no error, as the engine says).
 */
import type { Lang, YearMonth } from '../../core/types';
import { monthName } from '../../i18n/months';
import type { TaskpaneStrings } from '../../i18n/taskpane';
import type { ProblemCounts } from './problem-lines';

export interface Verdict {
  readonly intent: 'success' | 'error' | 'warning';
  readonly title: string;
  readonly body: string;
  /** The month the check stops at: "Arrêté à fin décembre 2020". */
  readonly asOf: string;
}

export function verdictOf(
  summary: Pick<ProblemCounts, 'errors' | 'warnings'>,
  asOf: YearMonth,
  strings: TaskpaneStrings,
  lang: Lang,
): Verdict {
  const text = strings.verdict;
  const month = asOf.month === 0 ? null : monthName(asOf.month, lang);
  const stop = text.asOf(month, asOf.year);
  if (summary.errors > 0)
    return {
      intent: 'error',
      title: text.errors(summary.errors, summary.warnings),
      body: text.errorsBody,
      asOf: stop,
    };
  if (summary.warnings > 0)
    return {
      intent: 'warning',
      title: text.ready,
      body: text.warningsBody(summary.warnings),
      asOf: stop,
    };
  return { intent: 'success', title: text.ready, body: text.readyBody, asOf: stop };
}
