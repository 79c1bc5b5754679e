/**
 * The task pane's root: theme (Office's, or the system's outside Office), live announcements,
 * language. `gateway` is undefined while it is being created, null when there is no workbook to
 * talk to (no Office, or it failed to start).
 */
import { AriaLiveAnnouncer, FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import type { Lang } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { ErrorState } from './components/states/ErrorState';
import { LoadingState } from './components/states/LoadingState';
import { toPaneError } from './model/pane-error';
import type { PaneError } from './model/pane-error';
import { StringsProvider } from './strings';
import { TaskPane } from './TaskPane';
import type { ColorScheme } from './theme';
import { THEMES, useSystemScheme } from './theme';

export interface AppProps {
  readonly gateway: DashboardGateway | null | undefined;
  readonly lang: Lang;
  /** Why the gateway could not be created, when it could not. */
  readonly startupError?: unknown;
  /** Office's theme inside Office; absent, the system's (the browser preview). */
  readonly scheme?: ColorScheme;
}

// The pane is narrow: the browser's default page margin would waste a tenth of it.
const usePageStyles = makeStaticStyles({ body: { margin: '0' } });

const OFFICE_UNAVAILABLE: PaneError = { code: 'office_unavailable', message: null, detail: null };

export function App({ gateway, lang, startupError, scheme }: AppProps) {
  usePageStyles();
  const system = useSystemScheme();
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
    <FluentProvider theme={THEMES[scheme ?? system]} lang={lang === 'fr' ? 'fr-FR' : 'en'}>
      <AriaLiveAnnouncer>
        <StringsProvider lang={lang}>{content}</StringsProvider>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
