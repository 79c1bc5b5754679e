/** The pane's actions, each through the gateway: compute and fill, check, select, options. */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { GatewayError } from '../../src/gateway/types';
import { FakeGateway } from './fake-gateway';
import { cleanAnalysis, sampleAnalysis, warningsAnalysis } from './fixtures/analyses';
import { renderReady } from './render';

const FILL = 'Calculer les moyennes annuelles';
const CHECK = 'Vérifier avant envoi';

describe('Calculer les moyennes annuelles', () => {
  it('shows progress, cannot be clicked twice, and shows the result in place', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    const release = gateway.hold('fill');
    const button = screen.getByRole('button', { name: FILL });

    await userEvent.click(button);
    const busy = screen.getByRole('button', { name: 'Calcul en cours…' });
    expect(busy.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: CHECK }).getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(busy);
    await userEvent.click(busy);
    expect(gateway.callsOf('fill')).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();

    await act(async () => release());
    const result = await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(result).toHaveTextContent('3 indicateurs mis à jour');
    expect(result).toHaveTextContent('« Contrôle 2020 »');
    expect(result).toHaveTextContent('ajoutée en U');
    expect(screen.getByRole('group', { name: '1 erreur à corriger' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: FILL }).getAttribute('aria-disabled')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('does not call the averages it has just written out of date', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: FILL }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(screen.queryByRole('group', { name: 'Moyennes plus à jour' })).not.toBeInTheDocument();
    expect(
      screen.queryByText(/^La moyenne 98,70% de « Taux d'appels aboutis SVI »/),
    ).not.toBeInTheDocument();
  });

  it('sends the chosen as-of month with the computation', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Mois arrêté au/ }),
      'juin 2020',
    );
    await waitFor(() =>
      expect(gateway.callsOf('check').at(-1)?.args[0]).toEqual({ asOf: { year: 2020, month: 6 } }),
    );
    await userEvent.click(screen.getByRole('button', { name: FILL }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(gateway.callsOf('fill')[0].args[0]).toEqual({ asOf: { year: 2020, month: 6 } });
  });
});

describe('Vérifier avant envoi', () => {
  it('ends with the errors to fix, writing nothing', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    expect(screen.queryByRole('group', { name: /à corriger/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: CHECK }));
    const verdict = await screen.findByRole('group', { name: '1 erreur à corriger' });
    expect(verdict).toHaveTextContent('7 autres points à vérifier');
    expect(gateway.callsOf('fill')).toHaveLength(0);
    expect(gateway.callsOf('check')).toHaveLength(2);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('ends with the points to review when there is no error', async () => {
    const gateway = new FakeGateway();
    gateway.respond = () => warningsAnalysis();
    await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: CHECK }));
    expect(await screen.findByRole('group', { name: '2 points à vérifier' })).toBeInTheDocument();
  });

  it('says the dashboard is ready to send when nothing is wrong', async () => {
    const gateway = new FakeGateway();
    gateway.respond = () => cleanAnalysis();
    const { container } = await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: CHECK }));
    expect(
      await screen.findByRole('group', { name: 'Prêt à envoyer à la préfecture' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Aucune erreur ni point à vérifier.', { selector: 'p' }),
    ).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows exactly one verdict after a check that follows a computation', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: FILL }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    await userEvent.click(screen.getByRole('button', { name: CHECK }));
    await waitFor(() =>
      expect(screen.queryByRole('group', { name: 'Moyennes calculées' })).not.toBeInTheDocument(),
    );
    expect(
      screen.getAllByRole('group', { name: /à corriger|à vérifier|Prêt à envoyer/ }),
    ).toHaveLength(1);
  });
});

describe('findings', () => {
  it('groups findings by indicator, the indicator with an error first', async () => {
    await renderReady(new FakeGateway());
    const section = screen.getByRole('region', { name: 'Points du contrôle' });
    const groups = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(groups).toEqual([
      "Nombre d'usagers reçus",
      "Taux d'appels aboutis SVI",
      'Délai moyen de réponse aux courriels en jours ouvrés',
    ]);
    const first = within(section).getAllByRole('button')[0];
    expect(first.getAttribute('aria-label')).toBe(
      "Erreur, cellule G22, janvier : Janvier\u00a0: rien n’est saisi pour «\u00a0Nombre d'usagers reçus\u00a0». Saisir le résultat du mois, ou «\u00a0-\u00a0» s’il n’y avait rien à mesurer.",
    );
  });

  it('selects the finding’s cell in Excel when clicked', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await userEvent.click(
      screen.getByRole('button', { name: /^À vérifier, cellule Q6, novembre/ }),
    );
    expect(gateway.callsOf('selectCell')).toEqual([
      { method: 'selectCell', args: ['Tableau de bord 2020', 'Q6'] },
    ]);
  });

  it('folds informational findings until asked', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    const toggle = screen.getByRole('button', { name: 'Informations (4)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /cellule I10/ })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      screen.getByRole('button', { name: /^Information, cellule I10, mars/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^Information, cellule K22, mai/ }),
    ).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('explains when a cell cannot be selected', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    gateway.failNext('selectCell', new GatewayError('unexpected', 'Sélection impossible.'));
    await userEvent.click(screen.getByRole('button', { name: /cellule G22/ }));
    const alert = await screen.findByRole('group', {
      name: 'Une erreur inattendue s’est produite',
    });
    expect(alert).toHaveTextContent('Sélection impossible.');
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(gateway.callsOf('selectCell')).toHaveLength(2);
  });
});

describe('options', () => {
  it('removes the marks', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: 'Effacer les marques' }));
    expect(
      await screen.findByText('Marques effacées : les cellules ont retrouvé leur mise en forme.'),
    ).toBeInTheDocument();
    expect(gateway.callsOf('clearFlags')).toHaveLength(1);
  });

  it('undoes the last computation only when there is one', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    const undo = screen.getByRole('button', { name: 'Annuler le dernier calcul' });
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(undo);
    expect(gateway.callsOf('undoLastFill')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: FILL }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    await waitFor(() => expect(undo.getAttribute('aria-disabled')).toBeNull());
    await userEvent.click(undo);
    expect(
      await screen.findByText('Dernier calcul annulé : les cellules ont retrouvé leur contenu.'),
    ).toBeInTheDocument();
    expect(gateway.callsOf('undoLastFill')).toHaveLength(1);
    expect(screen.queryByRole('group', { name: 'Moyennes calculées' })).not.toBeInTheDocument();
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when there is nothing to undo, without offering to retry', async () => {
    const gateway = new FakeGateway();
    gateway.undoable = true;
    await renderReady(gateway);
    gateway.failNext(
      'undoLastFill',
      new GatewayError('nothing_to_undo', 'Aucun calcul à annuler.'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Annuler le dernier calcul' }));
    const alert = await screen.findByRole('group', { name: 'Rien à annuler' });
    expect(within(alert).queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(
      screen
        .getByRole('button', { name: 'Annuler le dernier calcul' })
        .getAttribute('aria-disabled'),
    ).toBe('true');
  });

  it('re-reads the sheet for another as-of month, and back to the default', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: /Mois arrêté au/ });
    expect(select.options[0].textContent).toBe('Par défaut (décembre 2020)');
    await userEvent.selectOptions(select, 'mars 2020');
    await waitFor(() => expect(select.value).toBe('3'));
    await userEvent.selectOptions(select, 'Par défaut (décembre 2020)');
    await waitFor(() => expect(select.value).toBe(''));
    expect(gateway.callsOf('check').map((call) => call.args[0])).toEqual([
      {},
      { asOf: { year: 2020, month: 3 } },
      { asOf: undefined },
    ]);
  });

  it('opens another sheet from the header', async () => {
    const gateway = new FakeGateway();
    gateway.respond = (request) =>
      request.sheet === 'Feuil2' ? cleanAnalysis() : sampleAnalysis();
    await renderReady(gateway);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Feuille du tableau de bord' }),
      'Feuil2',
    );
    await waitFor(() => expect(screen.getByText('1 indicateur')).toBeInTheDocument());
  });
});
