/**
 * « Ouvrir plusieurs classeurs… »: the sites' workbooks chosen at once, consolidated in the
 * browser, and shown in place of the sheet and the pane until the agent goes back to them (the
 * workbook open there stays as it was); the summary workbook is offered for download. A view of
 * the page rather than a modal dialog: nothing of the page is hidden from screen readers or
 * trapped, so nothing can be left behind when it closes.
 */
import type { ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowLeftRegular,
  DocumentMultipleRegular,
} from '@fluentui/react-icons';

import type { Lang, YearMonth } from '../core/types';
import { consolidationViewText } from '../i18n/consolidate';
import { useSharedStyles } from '../taskpane/styles';
import type { PreviewConsolidation } from './consolidate-files';
import { consolidateFiles } from './consolidate-files';
import { ConsolidationView } from './ConsolidationView';
import { offerDownload } from './download';

const useStyles = makeStyles({
  view: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    flexGrow: 1,
    minHeight: '0',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  title: { flexGrow: 1 },
});

const ACCEPT = '.xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The browser's file chooser, several files at once. The input is made for each choice and
 * never joins the page: the page keeps one file input, the single workbook's.
 */
function chooseFiles(onChosen: (files: File[]) => void): void {
  const picker = document.createElement('input');
  picker.type = 'file';
  picker.multiple = true;
  picker.accept = ACCEPT;
  picker.addEventListener('change', () => onChosen([...(picker.files ?? [])]), { once: true });
  picker.click();
}

function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

type State =
  | { readonly step: 'closed' }
  | { readonly step: 'reading' }
  | { readonly step: 'failed' }
  | { readonly step: 'shown'; readonly result: PreviewConsolidation };

export interface SeveralWorkbooks {
  /** The toolbar's button. */
  readonly button: ReactNode;
  /** The consolidation, to show in place of the sheet and the pane; null when closed. */
  readonly view: ReactNode | null;
}

interface ViewProps {
  readonly state: Exclude<State, { step: 'closed' }>;
  readonly lang: Lang;
  readonly onClose: () => void;
}

function SeveralWorkbooksView({ state, lang, onClose }: ViewProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  // The view replaces what had the focus: its title takes it, so that reading starts there.
  useEffect(() => title.current?.focus(), []);
  return (
    <main className={styles.view} aria-labelledby={titleId}>
      <div className={styles.bar}>
        <h2
          id={titleId}
          ref={title}
          tabIndex={-1}
          className={`${shared.paneTitle} ${styles.title}`}
        >
          {consolidationViewText('title', lang)}
        </h2>
        {state.step === 'shown' && state.result.consolidation.usable > 0 && (
          <Button
            appearance="primary"
            icon={<ArrowDownloadRegular />}
            onClick={() => offerDownload(state.result.workbook, state.result.fileName)}
          >
            {consolidationViewText('download', lang)}
          </Button>
        )}
        <Button icon={<ArrowLeftRegular />} onClick={onClose}>
          {consolidationViewText('close', lang)}
        </Button>
      </div>
      {state.step === 'reading' && <Spinner label={consolidationViewText('reading', lang)} />}
      {state.step === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{consolidationViewText('failed', lang)}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === 'shown' && (
        <ConsolidationView consolidation={state.result.consolidation} lang={lang} />
      )}
    </main>
  );
}

/**
 * The button and the view. `today` gives the month that defaults each dashboard's as-of month;
 * the clock's when not given.
 */
export function useSeveralWorkbooks(
  lang: Lang,
  today: () => YearMonth = thisMonth,
): SeveralWorkbooks {
  const [state, setState] = useState<State>({ step: 'closed' });
  const button = useRef<HTMLButtonElement>(null);

  async function onChosen(chosen: readonly File[]) {
    if (chosen.length === 0) return;
    setState({ step: 'reading' });
    try {
      const result = await consolidateFiles(
        chosen.map((file) => ({
          name: file.name,
          bytes: async () => new Uint8Array(await file.arrayBuffer()),
        })),
        { today: today(), lang },
      );
      setState({ step: 'shown', result });
    } catch {
      setState({ step: 'failed' });
    }
  }

  const close = () => {
    setState({ step: 'closed' });
    // Back where the agent started from.
    setTimeout(() => button.current?.focus(), 0);
  };

  return {
    button: (
      <Button ref={button} icon={<DocumentMultipleRegular />} onClick={() => chooseFiles(onChosen)}>
        {consolidationViewText('open', lang)}
      </Button>
    ),
    view:
      state.step === 'closed' ? null : (
        <SeveralWorkbooksView state={state} lang={lang} onClose={close} />
      ),
  };
}
