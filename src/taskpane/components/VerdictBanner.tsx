/** The check's one verdict: ready to send, errors to fix, or points to review. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Summary } from '../../core/types';
import { verdictOf } from '../model/verdict';
import { useStrings } from '../strings';

export function VerdictBanner({ summary }: { summary: Summary }) {
  const { strings } = useStrings();
  const verdict = verdictOf(summary, strings);
  return (
    // Keyed by its title so that a new verdict is announced, not silently swapped.
    <MessageBar key={verdict.title} intent={verdict.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{verdict.title}</MessageBarTitle> {verdict.body}
      </MessageBarBody>
    </MessageBar>
  );
}
