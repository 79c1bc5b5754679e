/** The pane's language and strings, provided once at the top of the tree. */
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Lang } from '../core/types';
import { TASKPANE_STRINGS } from '../i18n/taskpane';
import type { TaskpaneStrings } from '../i18n/taskpane';

export interface StringsValue {
  readonly lang: Lang;
  readonly strings: TaskpaneStrings;
}

const StringsContext = createContext<StringsValue>({ lang: 'fr', strings: TASKPANE_STRINGS.fr });

export function StringsProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo(() => ({ lang, strings: TASKPANE_STRINGS[lang] }), [lang]);
  return <StringsContext.Provider value={value}>{children}</StringsContext.Provider>;
}

export function useStrings(): StringsValue {
  return useContext(StringsContext);
}
