/**
 * The preview page: a banner saying it is a preview, the workbook controls (open, download),
 * the read-only rendering of the sheet, and the task pane beside it, as in Excel.
 */
import type { ChangeEvent, ReactNode } from 'react';
import { Fragment, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';

import type { Lang } from '../core/types';
import { currentFileText, previewText, unexpectedText } from '../i18n/preview';
import { fileProblemText } from '../i18n/files';
import { WorkbookError } from '../xlsx/workbook-error';
import { downloadName, offerDownload } from './download';
import type { PreviewSession } from './session';
import { SheetTabs } from './SheetTabs';
import { SheetView } from './SheetView';

const PANE_PIXELS = 360;

// The page is the preview's own: no browser margin around it.
const usePageStyles = makeStaticStyles({ body: { margin: '0' } });

const useStyles = makeStyles({
  shell: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  top: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    margin: '0',
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  fileName: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  body: {
    display: 'flex',
    flexGrow: 1,
    minHeight: '0',
    '@media (max-width: 800px)': { flexDirection: 'column', overflowY: 'auto' },
  },
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: '0',
    minHeight: '0',
    overflow: 'hidden',
    '@media (max-width: 800px)': { minHeight: '60vh' },
  },
  // The sheet scrolls inside its own box, never the page.
  grid: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: '0' },
  // Positioned, so that the pane's visually hidden content scrolls within it, not the page.
  pane: {
    position: 'relative',
    flexShrink: 0,
    width: `${PANE_PIXELS}px`,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 800px)': { width: 'auto', borderLeft: 'none' },
  },
  centered: { padding: tokens.spacingVerticalXXL },
});

export interface PreviewShellProps {
  readonly session: PreviewSession;
  readonly lang: Lang;
  /** Opens the first workbook (the embedded sample). */
  readonly loadInitial: () => Promise<void>;
  /** The task pane, made afresh for each workbook opened. */
  readonly pane: () => ReactNode;
}

type Status = 'loading' | 'ready' | 'failed';

function openFailureText(error: unknown, lang: Lang): string {
  return fileProblemText(error instanceof WorkbookError ? error.code : 'damaged', null, lang);
}

export function PreviewShell({ session, lang, loadInitial, pane }: PreviewShellProps) {
  usePageStyles();
  const styles = useStyles();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [status, setStatus] = useState<Status>('loading');
  const [failure, setFailure] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const sheetId = useId();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    loadInitial().then(
      () => setStatus('ready'),
      () => {
        setStatus('failed');
        setFailure(previewText('sampleFailed', lang));
      },
    );
  }, [loadInitial, lang]);

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again still counts as a choice.
    input.value = '';
    if (!file) return;
    setStatus('loading');
    try {
      await session.open(new Uint8Array(await file.arrayBuffer()), file.name);
      setFailure(null);
    } catch (error) {
      setFailure(openFailureText(error, lang));
    }
    setStatus(session.isOpen ? 'ready' : 'failed');
  }

  async function onDownload() {
    try {
      const bytes = await session.save();
      offerDownload(
        bytes,
        downloadName(snapshot.fileName, snapshot.modified, session.macroEnabled),
      );
    } catch (error) {
      setFailure(unexpectedText(error instanceof Error ? error.message : String(error), lang));
    }
  }

  const { picture } = snapshot;
  const sheetAreaLabel = previewText('sheetArea', lang);
  return (
    <FluentProvider theme={webLightTheme} className={styles.shell} lang={lang}>
      <header className={styles.top}>
        <h1 className={styles.heading}>{previewText('heading', lang)}</h1>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{previewText('bannerTitle', lang)}</MessageBarTitle>{' '}
            {previewText('bannerBody', lang)}
          </MessageBarBody>
        </MessageBar>
        <div role="toolbar" aria-label={previewText('toolbar', lang)} className={styles.toolbar}>
          <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()}>
            {previewText('open', lang)}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
            aria-label={previewText('fileInput', lang)}
            hidden
            onChange={onFileChosen}
          />
          <Button
            appearance="primary"
            icon={<ArrowDownloadRegular />}
            disabled={snapshot.generation === 0 || status === 'loading'}
            onClick={onDownload}
          >
            {previewText('download', lang)}
          </Button>
          <span role="status" className={styles.fileName}>
            {snapshot.fileName && currentFileText(snapshot.fileName, lang)}
          </span>
        </div>
        {failure && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      <div className={styles.body}>
        <section aria-label={sheetAreaLabel} className={styles.sheet}>
          {status === 'loading' && !picture && (
            <Spinner className={styles.centered} label={previewText('loading', lang)} />
          )}
          {snapshot.sheets.length > 1 && (
            <SheetTabs
              sheets={snapshot.sheets}
              selected={picture?.grid.sheet ?? null}
              label={previewText('sheetTabs', lang)}
              controls={sheetId}
              onSelect={(sheet) => session.show(sheet)}
            />
          )}
          {picture && (
            <div id={sheetId} className={styles.grid}>
              <SheetView
                key={`${snapshot.generation}:${picture.grid.sheet}`}
                picture={picture}
                notes={snapshot.notes}
                selection={snapshot.selection}
                reveal={snapshot.reveal}
                lang={lang}
                onSelect={(selection) => session.select(selection)}
              />
            </div>
          )}
        </section>
        {snapshot.generation > 0 && (
          // Not a landmark of its own: the pane holds the page's main landmark, as in Excel.
          <div className={styles.pane}>
            <Fragment key={snapshot.generation}>{pane()}</Fragment>
          </div>
        )}
      </div>
    </FluentProvider>
  );
}
