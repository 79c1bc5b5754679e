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
import type { ColorScheme } from './theme';
import { THEMES } from './theme';

export type GatewayFactory = () => DashboardGateway | Promise<DashboardGateway>;

export async function bootstrap(
  factory: GatewayFactory | null,
  lang: Lang,
  container: HTMLElement,
  scheme: ColorScheme = 'light',
): Promise<Root> {
  document.documentElement.lang = lang;
  document.title = TASKPANE_STRINGS[lang].appTitle;
  // The pane fills the whole task pane: the page under it takes the theme's background too.
  document.documentElement.style.colorScheme = scheme;
  document.body.style.backgroundColor = THEMES[scheme].colorNeutralBackground1;
  const root = createRoot(container);
  const render = (gateway: DashboardGateway | null | undefined, startupError?: unknown) =>
    root.render(<App gateway={gateway} lang={lang} scheme={scheme} startupError={startupError} />);
  if (factory === null) {
    render(null);
    return root;
  }
  render(undefined);
  try {
    render(await factory());
  } catch (error) {
    render(null, error);
  }
  return root;
}
