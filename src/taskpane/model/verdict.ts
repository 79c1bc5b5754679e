/** The one verdict a check ends in: ready to send, errors to fix, or points to review. */
import type { Summary } from '../../core/types';
import type { TaskpaneStrings } from '../../i18n/taskpane';

export interface Verdict {
  readonly intent: 'success' | 'error' | 'warning';
  readonly title: string;
  readonly body: string;
}

export function verdictOf(summary: Summary, strings: TaskpaneStrings): Verdict {
  const text = strings.verdict;
  if (summary.errors > 0)
    return {
      intent: 'error',
      title: text.errors(summary.errors),
      body: text.errorsBody(summary.warnings),
    };
  if (summary.warnings > 0)
    return { intent: 'warning', title: text.warnings(summary.warnings), body: text.warningsBody };
  return { intent: 'success', title: text.ready, body: text.readyBody };
}
