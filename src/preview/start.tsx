/**
 * Starts the browser preview: the page was opened outside Office. Loaded on demand by the task
 * pane's entry (a dynamic import), so that ExcelJS and this code stay out of the Office bundle.
 */
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';

import type { Lang, YearMonth } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { previewText } from '../i18n/preview';
import { createPreviewGateway } from './gateway';
import { PreviewShell } from './PreviewShell';
import { PreviewSession } from './session';

/** The sample dashboard, copied beside the page by the build. */
export const SAMPLE_FILE = 'tableau-de-bord-2020-aix.xlsx';

export interface PreviewOptions {
  readonly container: HTMLElement;
  readonly lang: Lang;
  /** The task pane, working through the preview's gateway. */
  readonly renderPane: (gateway: DashboardGateway) => ReactNode;
  /** Where the first workbook is fetched from, relative to the page. */
  readonly sampleUrl?: string;
}

export interface PreviewHandle {
  readonly root: Root;
  readonly session: PreviewSession;
  readonly gateway: DashboardGateway;
}

function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}

async function fetchWorkbook(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function startPreview(options: PreviewOptions): PreviewHandle {
  const { container, lang, renderPane } = options;
  const sampleUrl = options.sampleUrl ?? SAMPLE_FILE;
  const session = new PreviewSession();
  const gateway = createPreviewGateway(session, { lang, today: thisMonth });
  const sampleName = decodeURIComponent(sampleUrl.split('/').pop() ?? SAMPLE_FILE);
  const loadInitial = async () => session.open(await fetchWorkbook(sampleUrl), sampleName);

  document.documentElement.lang = lang;
  document.title = previewText('heading', lang);
  const root = createRoot(container);
  root.render(
    <PreviewShell
      session={session}
      lang={lang}
      loadInitial={loadInitial}
      pane={() => renderPane(gateway)}
    />,
  );
  return { root, session, gateway };
}
