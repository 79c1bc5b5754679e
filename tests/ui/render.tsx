/** Renders the pane around a gateway, and waits for the first reading of the sheet. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RenderResult } from '@testing-library/react';
import type { Lang } from '../../src/core/types';
import type { DashboardGateway } from '../../src/gateway/types';
import { App } from '../../src/taskpane/App';

export function renderPane(gateway: DashboardGateway | null, lang: Lang = 'fr'): RenderResult {
  return render(<App gateway={gateway} lang={lang} />);
}

/** Renders and waits until the recognised dashboard's title shows. */
export async function renderReady(
  gateway: DashboardGateway,
  lang: Lang = 'fr',
): Promise<RenderResult> {
  const result = renderPane(gateway, lang);
  await screen.findByRole('heading', { level: 1, name: /Sous-préfecture d'Aix/ });
  return result;
}

/** The folding button of a section of the pane, by its title ("À corriger", "Options"). */
export function sectionToggle(title: string): HTMLElement {
  return screen.getByRole('button', { name: new RegExp(`^${title}( \\(\\d+\\))?$`) });
}

/** Unfolds a section of the pane if it is folded, and returns the section. */
export async function unfold(title: string): Promise<HTMLElement> {
  const toggle = sectionToggle(title);
  if (toggle.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle);
  const section = toggle.closest('section');
  if (!section) throw new Error(`no section ${title}`);
  return section;
}
