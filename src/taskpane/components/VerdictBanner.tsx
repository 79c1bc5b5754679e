/** The verdict the pane opens on, with the month the check stops at. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { YearMonth } from '../../core/types';
import type { ProblemCounts } from '../model/problem-lines';
import { verdictOf } from '../model/verdict';
import { useStrings } from '../strings';

export function VerdictBanner({ counts, asOf }: { counts: ProblemCounts; asOf: YearMonth }) {
  const { lang, strings } = useStrings();
  const verdict = verdictOf(counts, asOf, strings, lang);
  return (
    // Keyed by its title so that a new verdict is announced, not silently swapped.
    <MessageBar key={verdict.title} intent={verdict.intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{verdict.title}</MessageBarTitle> {verdict.body} {verdict.asOf}.
      </MessageBarBody>
    </MessageBar>
  );
}
