/** The indicators overview: average, objective, met badge, and a chart readable without sight. */
import { screen, within } from '@testing-library/react';
import { FakeGateway } from './fake-gateway';
import { analysis, indicator } from './fixtures/analyses';
import { renderReady } from './render';

/** French strings keep « » with no-break spaces: compare texts with plain ones. */
function plain(text: string | null): string {
  return (text ?? '').replace(/\u00a0/g, ' ');
}

function card(label: string): HTMLElement {
  const overview = screen.getByRole('region', { name: 'Indicateurs' });
  const heading = within(overview).getByRole('heading', {
    level: 3,
    name: new RegExp(`^${label}`),
  });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${label}`);
  return article;
}

describe('indicators overview', () => {
  it('shows each average French style with its objective and whether it is met', async () => {
    await renderReady(new FakeGateway());
    const svi = card("Taux d'appels aboutis SVI");
    expect(svi).toHaveTextContent(/Moyenne\s*89,1\s%/);
    expect(svi).toHaveTextContent('Objectif90%');
    expect(within(svi).getByText('Non atteint')).toBeInTheDocument();

    const delay = card('Délai moyen de réponse aux courriels');
    expect(delay).toHaveTextContent(/Moyenne\s*2,4\sj/);
    expect(within(delay).getByText('Atteint')).toBeInTheDocument();

    const visitors = card("Nombre d'usagers reçus");
    expect(visitors).toHaveTextContent(/Moyenne\s*25,7/);
    expect(visitors).toHaveTextContent('Objectifaucun');
    expect(within(visitors).getByText('Sans objectif')).toBeInTheDocument();
  });

  it('gives each chart a text alternative naming the months under the objective and the gaps', async () => {
    await renderReady(new FakeGateway());
    const svi = within(card("Taux d'appels aboutis SVI")).getByRole('img');
    expect(plain(svi.getAttribute('aria-label'))).toBe(
      "Mois de « Taux d'appels aboutis SVI » : 12 valeurs sur 12 ; objectif 90% ; objectif manqué en août et novembre.",
    );
    const delay = within(card('Délai moyen de réponse aux courriels')).getByRole('img');
    expect(plain(delay.getAttribute('aria-label'))).toBe(
      'Mois de « Délai moyen de réponse aux courriels en jours ouvrés » : 5 valeurs sur 12 ; objectif <5j ; ' +
        'objectif manqué en octobre ; sans valeur : février, mars, avril, mai, juin, juillet et août.',
    );
  });

  it('draws months under the objective as diamonds, others as dots, and months without value as gaps', async () => {
    await renderReady(new FakeGateway());
    const chart = within(card('Délai moyen de réponse aux courriels')).getByRole('img');
    const months = (part: string) =>
      [...chart.querySelectorAll(`[data-part="${part}"]`)].map((el) =>
        el.getAttribute('data-month'),
      );
    expect(months('missed')).toEqual(['10']);
    expect(months('point')).toEqual(['1', '9', '11', '12']);
    expect(chart.querySelectorAll('[data-part="objective"]')).toHaveLength(1);
    // January stands alone: the line starts again in September.
    expect(chart.querySelectorAll('path:not([data-part])')).toHaveLength(1);
  });

  it('draws no objective line for an indicator without objective', async () => {
    await renderReady(new FakeGateway());
    const chart = within(card("Nombre d'usagers reçus")).getByRole('img');
    expect(chart.querySelectorAll('[data-part="objective"]')).toHaveLength(0);
  });

  it('says so instead of drawing an empty chart when no month has a figure', async () => {
    const gateway = new FakeGateway();
    const empty = indicator({
      row: 7,
      label: 'Taux de réponse aux courriers',
      unit: 'rate',
      objective: '95%',
      months: ['-', '-', 'COVID', 'COVID', 'COVID', 'COVID', '-', '-', '-', '-', '-', '-'],
    });
    gateway.respond = () => analysis([empty], []);
    await renderReady(gateway);
    const only = card('Taux de réponse aux courriers');
    expect(only).toHaveTextContent('Pas de données');
    expect(within(only).getByText('Non évaluable')).toBeInTheDocument();
    expect(within(only).getByText('Aucun mois chiffré.')).toBeInTheDocument();
    expect(within(only).queryByRole('img')).not.toBeInTheDocument();
    expect(within(only).getByRole('table')).toHaveTextContent('marsCOVIDsuivi suspendu');
  });

  it('lists every month in a table for screen readers', async () => {
    await renderReady(new FakeGateway());
    const table = within(card('Délai moyen de réponse aux courriels')).getByRole('table', {
      name: (name) =>
        plain(name) ===
        'Valeurs mensuelles de « Délai moyen de réponse aux courriels en jours ouvrés »',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['janvier', '2', 'objectif atteint']);
    expect(rows[1]).toEqual(['février', '-', 'sans objet']);
    expect(rows[2]).toEqual(['mars', 'COVID', 'suivi suspendu']);
    expect(rows[9]).toEqual(['octobre', '5', 'objectif manqué']);
  });

  it('names a missing month in the visitors’ table', async () => {
    await renderReady(new FakeGateway());
    const table = within(card("Nombre d'usagers reçus")).getByRole('table');
    const january = within(table).getAllByRole('row')[1];
    expect([...january.children].map((cell) => cell.textContent)).toEqual([
      'janvier',
      '',
      'mois manquant',
    ]);
    const may = within(table).getAllByRole('row')[5];
    expect(may.lastElementChild?.textContent).toBe('service fermé');
  });
});
