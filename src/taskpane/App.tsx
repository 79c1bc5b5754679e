/**
 * The task pane's root: theme, live announcements, language. `gateway` is undefined while it is
 * being created, null when there is no workbook to talk to (no Office, or it failed to start).
 */
import {
  AriaLiveAnnouncer,
  FluentProvider,
  makeStaticStyles,
  webLightTheme,
} from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { ErrorState } from './components/states/ErrorState';
import { LoadingState } from './components/states/LoadingState';
import { toPaneError } from './model/pane-error';
import type { PaneError } from './model/pane-error';
import { StringsProvider } from './strings';
import { TaskPane } from './TaskPane';

export interface AppProps {
  readonly gateway: DashboardGateway | null | undefined;
  readonly lang: Lang;
  /** Why the gateway could not be created, when it could not. */
  readonly startupError?: unknown;
}

// The pane is narrow: the browser's default page margin would waste a tenth of it.
const usePageStyles = makeStaticStyles({ body: { margin: '0' } });

const OFFICE_UNAVAILABLE: PaneError = { code: 'office_unavailable', message: null, detail: null };

export function App({ gateway, lang, startupError }: AppProps) {
  usePageStyles();
  let content;
  if (gateway === undefined)
    content = (
      <main>
        <LoadingState />
      </main>
    );
  else if (gateway === null)
    content = (
      <main>
        <ErrorState
          error={startupError === undefined ? OFFICE_UNAVAILABLE : toPaneError(startupError)}
        />
      </main>
    );
  else content = <TaskPane gateway={gateway} />;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'fr' ? 'fr-FR' : 'en'}>
      <AriaLiveAnnouncer>
        <StringsProvider lang={lang}>{content}</StringsProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
