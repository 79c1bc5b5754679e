/** The pane on the seed dashboard, analysed by the real engine: what an agent of Aix would see. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeGateway } from './fake-gateway';
import { engineAnswers } from './fixtures/engine';
import { renderReady, unfold } from './render';

function seedGateway(lang: 'fr' | 'en' = 'fr'): FakeGateway {
  const gateway = new FakeGateway();
  const answers = engineAnswers([seedGrid()], lang);
  gateway.sheets = ['Tableau de bord 2020'];
  gateway.respond = answers.respond;
  gateway.respondFill = answers.respondFill;
  return gateway;
}

function card(label: string): HTMLElement {
  const overview = screen.getByRole('region', { name: /^Indicateurs/ });
  const heading = within(overview).getByRole('heading', {
    level: 3,
    name: new RegExp(`^${label} E`),
  });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${label}`);
  return article;
}

describe('the seed dashboard in the pane', () => {
  it('recognises the twenty indicators of the Sous-préfecture d’Aix', async () => {
    const { container } = await renderReady(seedGateway());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Sous-préfecture d'Aix – 2020",
    );
    expect(screen.getByText('20 indicateurs')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  }, 30000);

  it('checks before sending: the forgotten January is the one error', async () => {
    await renderReady(seedGateway());
    const verdict = screen.getByRole('group', {
      name: '1 erreur à corriger · 11 points à vérifier',
    });
    expect(verdict).toHaveTextContent('Arrêté à fin décembre 2020.');
    const errors = await unfold('À corriger');
    const first = within(errors).getByRole('button', { name: /^Erreur/ });
    expect(first.getAttribute('aria-label')).toMatch(/^Erreur, cellule G22\u00a0: Janvier\u00a0: /);
  });

  it('shows the SVI rate under its objective in August and November', async () => {
    await renderReady(seedGateway());
    await unfold('Indicateurs');
    const svi = card("Taux d'appels aboutis SVI");
    expect(svi).toHaveTextContent(/Moyenne\s*89,1\s%/);
    expect(within(svi).getByText('Non atteint')).toBeInTheDocument();
    const chart = within(svi).getByRole('img');
    const marked = (mark: string) =>
      [...chart.querySelectorAll(`[data-part="point"]:has([data-mark="${mark}"])`)].map((el) =>
        el.getAttribute('data-month'),
      );
    // August's 0,0 % is first a typing slip to check: drawn off the scale, behind a break.
    expect(marked('suspicious')).toEqual(['8']);
    expect(marked('missed')).toEqual(['11']);
    expect(chart.querySelectorAll('[data-part="break"]')).toHaveLength(1);
    expect(chart.getAttribute('aria-label')).toContain('objectif manqué en août et novembre');
  });

  it('shows the delay that Excel displayed as 600 % in days', async () => {
    await renderReady(seedGateway());
    await unfold('Indicateurs');
    const delay = card('Délai moyen de réponse aux réclamations et suggestions par courrier');
    expect(delay).toHaveTextContent(/Moyenne\s*6,0\sj/);
  });

  it('after the computation, no longer counts the Moyenne cells it rewrote', async () => {
    const gateway = seedGateway();
    await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: 'Calculer les moyennes annuelles' }));
    const result = await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(result).toHaveTextContent('20 indicateurs mis à jour ; feuille « Contrôle 2020 »');
    expect(result).toHaveTextContent('ajoutée en U');
    expect(
      screen.getByRole('group', { name: '1 erreur à corriger · 5 points à vérifier' }),
    ).toBeInTheDocument();
  });

  it('speaks English with the engine’s English messages', async () => {
    await renderReady(seedGateway('en'), 'en');
    expect(
      screen.getByRole('group', { name: '1 error to fix · 11 points to review' }),
    ).toHaveTextContent('As of end of December 2020.');
    expect(screen.getByText('20 indicators')).toBeInTheDocument();
  });
});
