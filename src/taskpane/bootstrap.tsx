/**
 * Starts the pane on a page. The one switch point for where the workbook comes from: Excel's
 * gateway inside Office, none outside it for now (the browser preview will pass a factory that
 * loads its ExcelJS gateway on demand, hence a factory that may return a promise).
 */
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { Lang } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { TASKPANE_STRINGS } from '../i18n/taskpane';
import { App } from './App';

export type GatewayFactory = () => DashboardGateway | Promise<DashboardGateway>;

export async function bootstrap(
  factory: GatewayFactory | null,
  lang: Lang,
  container: HTMLElement,
): Promise<Root> {
  document.documentElement.lang = lang;
  document.title = TASKPANE_STRINGS[lang].appTitle;
  const root = createRoot(container);
  if (factory === null) {
    root.render(<App gateway={null} lang={lang} />);
    return root;
  }
  root.render(<App gateway={undefined} lang={lang} />);
  try {
    const gateway = await factory();
    root.render(<App gateway={gateway} lang={lang} />);
  } catch (error) {
    root.render(<App gateway={null} lang={lang} startupError={error} />);
  }
  return root;
}
