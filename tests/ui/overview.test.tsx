/** The indicators overview: average, objective, met badge, and a chart readable without sight. */
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeGateway } from './fake-gateway';
import { analysis, indicator } from './fixtures/analyses';
import { renderReady, unfold } from './render';

/** French strings keep « » with no-break spaces: compare texts with plain ones. */
function plain(text: string | null): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
}

function card(label: string): HTMLElement {
  const overview = screen.getByRole('region', { name: /^Indicateurs/ });
  const heading = within(overview).getByRole('heading', {
    level: 3,
    name: new RegExp(`^${label}`),
  });
  const article = heading.closest('article');
  if (!article) throw new Error(`no card for ${label}`);
  return article;
}

describe('indicators overview', () => {
  it('names each indicator with its section and row, so look-alikes are told apart', async () => {
    const gateway = new FakeGateway();
    const twin = (row: number, section: string) =>
      indicator({
        row,
        label: 'Délai moyen de réponse',
        engagement: 'E37',
        section,
        unit: 'days',
        objective: '<10j',
        months: [4, 5, 6, 5, 4, 5, 6, 5, 4, 5, 6, 5],
      });
    gateway.respond = () =>
      analysis([twin(30, 'Collectivités · courriers'), twin(31, 'Collectivités · courriels')], []);
    await renderReady(gateway);
    const section = await unfold('Indicateurs');
    const names = within(section)
      .getAllByRole('article')
      .map((article) => within(article).getByText(/ligne/).textContent);
    expect(names).toEqual([
      'Collectivités · courriers · ligne 30',
      'Collectivités · courriels · ligne 31',
    ]);
  });

  it('shows each average French style with its objective and whether it is met', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
    const svi = card("Taux d'appels aboutis SVI");
    expect(svi).toHaveTextContent(/Moyenne\s*89,1\s%/);
    expect(svi).toHaveTextContent('Objectif≥ 90 %');
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
    await unfold('Indicateurs');
    const svi = within(card("Taux d'appels aboutis SVI")).getByRole('img');
    expect(plain(svi.getAttribute('aria-label'))).toBe(
      "Mois de « Taux d'appels aboutis SVI » : 12 valeurs sur 12 ; objectif ≥ 90 % ; objectif manqué en août et novembre.",
    );
    const delay = within(card('Délai moyen de réponse aux courriels')).getByRole('img');
    expect(plain(delay.getAttribute('aria-label'))).toBe(
      'Mois de « Délai moyen de réponse aux courriels en jours ouvrés » : 5 valeurs sur 12 ; objectif < 5 j ; ' +
        'objectif manqué en octobre ; sans valeur : février, mars, avril, mai, juin, juillet et août.',
    );
  });

  it('draws each kind of month with a mark of its own', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
    const chart = within(card('Délai moyen de réponse aux courriels')).getByRole('img');
    const marks = (part: string) =>
      [...chart.querySelectorAll(`[data-part="${part}"]`)].map(
        (el) =>
          `${el.getAttribute('data-month')} ${el.firstElementChild?.getAttribute('data-mark')}`,
      );
    expect(marks('point')).toEqual(['1 met', '9 met', '10 missed', '11 met', '12 met']);
    expect(marks('gap')).toEqual([
      '2 not_available',
      '3 suspended',
      '4 suspended',
      '5 suspended',
      '6 suspended',
      '7 not_available',
      '8 not_available',
    ]);
    expect(chart.querySelectorAll('[data-part="objective"]')).toHaveLength(1);
    // January stands alone: the line starts again in September.
    expect(chart.querySelectorAll(':scope > path:not([data-part])')).toHaveLength(1);

    const visitors = within(card("Nombre d'usagers reçus")).getByRole('img');
    expect(
      visitors
        .querySelector('[data-part="gap"][data-month="1"] [data-mark]')
        ?.getAttribute('data-mark'),
    ).toBe('missing');
    expect(
      visitors
        .querySelector('[data-part="gap"][data-month="5"] [data-mark]')
        ?.getAttribute('data-mark'),
    ).toBe('closed');
  });

  it('labels the objective with its value and gives a scale', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
    const chart = within(card("Taux d'appels aboutis SVI")).getByRole('img');
    expect(plain(chart.querySelector('[data-part="objective"] text')?.textContent ?? null)).toBe(
      '90 %',
    );
    const ticks = [...chart.querySelectorAll('[data-part="tick"] text')].map((t) =>
      plain(t.textContent),
    );
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    for (const tick of ticks) expect(tick).toMatch(/^\d+ %$/);
    const labels = [...chart.querySelectorAll('[data-part="month-label"]')];
    expect(labels.map((l) => l.textContent).join('')).toBe('JFMAMJJASOND');
    for (const label of labels)
      expect(Number(label.getAttribute('font-size'))).toBeGreaterThanOrEqual(11);
  });

  it('draws the suspicious August off the scale, behind a break mark', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
    const chart = within(card("Taux d'appels aboutis SVI")).getByRole('img');
    expect(
      chart
        .querySelector('[data-part="point"][data-month="8"] [data-mark]')
        ?.getAttribute('data-mark'),
    ).toBe('suspicious');
    expect(chart.querySelectorAll('[data-part="break"]')).toHaveLength(1);
  });

  it('shows a month’s value on hover and with the arrow keys once focused', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
    const svi = card("Taux d'appels aboutis SVI");
    const chart = within(svi).getByRole('img');
    const readout = () => plain(svi.querySelector('[aria-live="polite"]')?.textContent ?? null);
    expect(readout()).toBe('');
    act(() => chart.focus());
    expect(readout()).toBe('janvier : 98,7 % · mois à l’objectif');
    await userEvent.keyboard('{End}');
    expect(readout()).toBe('décembre : 98,5 % · mois à l’objectif');
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(readout()).toBe('août : 0,0 % · valeur suspecte, hors échelle');
    act(() => chart.blur());
    expect(readout()).toBe('');

    jest.spyOn(chart, 'getBoundingClientRect').mockReturnValue({
      left: 0,
      width: 300,
      top: 0,
      height: 104,
      right: 300,
      bottom: 104,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    });
    fireEvent.mouseMove(chart, { clientX: 42 + 21.2 * 10.5, clientY: 30 });
    expect(readout()).toBe('novembre : 87,9 % · sous l’objectif');
    fireEvent.mouseLeave(chart);
    expect(readout()).toBe('');
  });

  it('draws no objective line for an indicator without objective', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
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
    await unfold('Indicateurs');
    const only = card('Taux de réponse aux courriers');
    expect(only).toHaveTextContent('Pas de données');
    expect(within(only).getByText('Non évaluable')).toBeInTheDocument();
    expect(within(only).getByText('Aucun mois chiffré.')).toBeInTheDocument();
    expect(within(only).queryByRole('img')).not.toBeInTheDocument();
    expect(within(only).getByRole('table')).toHaveTextContent('marsCOVIDsuivi suspendu');
  });

  it('lists every month in a table for screen readers', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
    const table = within(card('Délai moyen de réponse aux courriels')).getByRole('table', {
      name: (name) =>
        plain(name) ===
        'Valeurs mensuelles de « Délai moyen de réponse aux courriels en jours ouvrés »',
    });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['janvier', '2', 'mois à l’objectif']);
    expect(rows[1]).toEqual(['février', '-', 'sans objet']);
    expect(rows[2]).toEqual(['mars', 'COVID', 'suivi suspendu']);
    expect(rows[9]).toEqual(['octobre', '5', 'sous l’objectif']);
  });

  it('names a missing month in the visitors’ table', async () => {
    await renderReady(new FakeGateway());
    await unfold('Indicateurs');
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
