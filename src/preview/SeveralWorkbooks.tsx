/**
 * « Ouvrir plusieurs classeurs… »: the sites' workbooks chosen at once, consolidated in the
 * browser, shown in a dialog over the preview (the workbook open beside the pane stays as it
 * was), and the summary workbook offered for download.
 */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentMultipleRegular } from '@fluentui/react-icons';

import type { Lang, YearMonth } from '../core/types';
import { consolidationViewText } from '../i18n/consolidate';
import type { PreviewConsolidation } from './consolidate-files';
import { consolidateFiles } from './consolidate-files';
import { ConsolidationView } from './ConsolidationView';
import { offerDownload } from './download';

const useStyles = makeStyles({
  surface: { width: 'min(1200px, 96vw)', maxWidth: '96vw' },
  content: { maxHeight: '75vh', overflowY: 'auto' },
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

type State =
  | { readonly step: 'closed' }
  | { readonly step: 'reading' }
  | { readonly step: 'failed' }
  | { readonly step: 'shown'; readonly result: PreviewConsolidation };

export interface SeveralWorkbooksProps {
  readonly lang: Lang;
  /** Today's month, to default each dashboard's as-of month; the clock's when not given. */
  readonly today?: () => YearMonth;
}

function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

export function SeveralWorkbooks({ lang, today = thisMonth }: SeveralWorkbooksProps) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ step: 'closed' });

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

  const close = () => setState({ step: 'closed' });
  return (
    <>
      <Button icon={<DocumentMultipleRegular />} onClick={() => chooseFiles(onChosen)}>
        {consolidationViewText('open', lang)}
      </Button>
      <Dialog
        open={state.step !== 'closed'}
        onOpenChange={(_, data) => {
          if (!data.open) close();
        }}
      >
        <DialogSurface className={styles.surface}>
          <DialogBody>
            <DialogTitle>{consolidationViewText('title', lang)}</DialogTitle>
            {/* Focusable, so that the keyboard can scroll a long consolidation. */}
            <DialogContent className={styles.content} tabIndex={0}>
              {state.step === 'reading' && (
                <Spinner label={consolidationViewText('reading', lang)} />
              )}
              {state.step === 'failed' && (
                <MessageBar intent="error" layout="multiline">
                  <MessageBarBody>{consolidationViewText('failed', lang)}</MessageBarBody>
                </MessageBar>
              )}
              {state.step === 'shown' && (
                <ConsolidationView consolidation={state.result.consolidation} lang={lang} />
              )}
            </DialogContent>
            <DialogActions>
              {state.step === 'shown' && state.result.consolidation.usable > 0 && (
                <Button
                  appearance="primary"
                  icon={<ArrowDownloadRegular />}
                  onClick={() => offerDownload(state.result.workbook, state.result.fileName)}
                >
                  {consolidationViewText('download', lang)}
                </Button>
              )}
              <Button onClick={close}>{consolidationViewText('close', lang)}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
