/** The pane on the seed dashboard, analysed by the real engine: what an agent of Aix would see. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeGateway } from './fake-gateway';
import { engineAnswers } from './fixtures/engine';
import { renderReady } from './render';

function seedGateway(lang: 'fr' | 'en' = 'fr'): FakeGateway {
  const gateway = new FakeGateway();
  const answers = engineAnswers([seedGrid()], lang);
  gateway.sheets = ['Tableau de bord 2020'];
  gateway.respond = answers.respond;
  gateway.respondFill = answers.respondFill;
  return gateway;
}

function card(label: string): HTMLElement {
  const overview = screen.getByRole('region', { name: 'Indicateurs' });
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
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier avant envoi' }));
    const verdict = await screen.findByRole('group', { name: '1 erreur à corriger' });
    expect(verdict).toHaveTextContent('16 autres points à vérifier');
    const findings = screen.getByRole('region', { name: 'Points du contrôle' });
    const first = within(findings).getAllByRole('button')[0];
    expect(first.getAttribute('aria-label')).toMatch(
      /^Erreur, cellule G22, janvier : Janvier\u00a0: /,
    );
  });

  it('shows the SVI rate under its objective in August and November', async () => {
    await renderReady(seedGateway());
    const svi = card("Taux d'appels aboutis SVI");
    expect(svi).toHaveTextContent(/Moyenne\s*89,1\s%/);
    expect(within(svi).getByText('Non atteint')).toBeInTheDocument();
    const chart = within(svi).getByRole('img');
    const missed = [...chart.querySelectorAll('[data-part="missed"]')].map((el) =>
      el.getAttribute('data-month'),
    );
    expect(missed).toEqual(['8', '11']);
    expect(chart.getAttribute('aria-label')).toContain('objectif manqué en août et novembre');
  });

  it('shows the delay that Excel displayed as 600 % in days', async () => {
    await renderReady(seedGateway());
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
    const verdict = screen.getByRole('group', { name: '1 erreur à corriger' });
    expect(verdict).toHaveTextContent('10 autres points à vérifier');
  });

  it('speaks English with the engine’s English messages', async () => {
    await renderReady(seedGateway('en'), 'en');
    await userEvent.click(screen.getByRole('button', { name: 'Check before sending' }));
    expect(await screen.findByRole('group', { name: '1 error to fix' })).toBeInTheDocument();
    expect(screen.getByText('20 indicators')).toBeInTheDocument();
  });
});
