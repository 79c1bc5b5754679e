/**
 * The task pane's entry. Inside Excel it talks to the workbook through the Office.js gateway;
 * anywhere else (a plain browser, office.js not loaded or reporting no host) it starts the
 * browser preview, which works on .xlsx files with ExcelJS.
 * Office.onReady, Office.context.displayLanguage and Office.context.officeTheme are common APIs:
 * no Excel requirement set.
 */
import { createExcelGateway } from '../excel/gateway';
import type { Lang } from '../core/types';
import { langFromLocale } from '../i18n/lang';
import type { Root } from 'react-dom/client';
import { App } from './App';
import { bootstrap } from './bootstrap';
import type { GatewayFactory } from './bootstrap';
import { schemeOfOffice } from './theme';

/** What starts the pane outside Office; the tests give their own. */
export type OutsideOffice = (container: HTMLElement, lang: Lang) => Promise<Root | null>;

/** Where the workbook comes from, by host: Excel's own inside Excel, else none. */
function gatewayFor(host: Office.HostType | null): GatewayFactory | null {
  return host === Office.HostType.Excel ? createExcelGateway : null;
}

function browserLang(): Lang {
  return langFromLocale(navigator.language);
}

/**
 * The browser preview, loaded on demand: its code and ExcelJS are a chunk of their own that
 * Excel never loads. If that chunk cannot be loaded, the pane says Office is not available.
 */
export const startPreviewMode: OutsideOffice = async (container, lang) => {
  let preview: typeof import('../preview/start');
  try {
    preview = await import(/* webpackChunkName: "preview" */ '../preview/start');
  } catch {
    return bootstrap(null, lang, container);
  }
  return preview.startPreview({
    container,
    lang,
    renderPane: (gateway) => <App gateway={gateway} lang={lang} />,
  }).root;
};

/** Renders the pane into #root once Office is ready; exported for the entry's tests. */
export async function start(outsideOffice: OutsideOffice = startPreviewMode): Promise<Root | null> {
  const container = document.getElementById('root');
  if (!container) return null;
  if (typeof Office === 'undefined') return outsideOffice(container, browserLang());
  const info = await Office.onReady();
  const factory = gatewayFor(info.host);
  if (!factory) return outsideOffice(container, browserLang());
  const lang = langFromLocale(Office.context.displayLanguage);
  return bootstrap(factory, lang, container, schemeOfOffice(Office.context.officeTheme));
}

void start();
