/** The pane's actions, each through the gateway: compute and fill, check, select, options. */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { GatewayError } from '../../src/gateway/types';
import { FakeGateway } from './fake-gateway';
import {
  cleanAnalysis,
  filledToSeptember,
  sampleAnalysis,
  warningsAnalysis,
} from './fixtures/analyses';
import { renderReady, unfold } from './render';

const FILL = 'Calculer les moyennes annuelles';
const CHECK = 'Vérifier avant envoi';
const VERDICT = '1 erreur à corriger · 4 points à vérifier';

describe('Calculer les moyennes annuelles', () => {
  it('shows progress, cannot be clicked twice, and shows the result under the button', async () => {
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
    expect(result).toHaveTextContent('3 indicateurs mis à jour ; feuille');
    expect(result).toHaveTextContent('« Contrôle 2020 »');
    expect(result).toHaveTextContent('ajoutée en U');
    // The confirmation sits right under the button that was used.
    expect(button.nextElementSibling).toBe(result);
    // What the fill resolved (the outdated Moyenne) is no longer counted.
    expect(
      screen.getByRole('group', { name: '1 erreur à corriger · 3 points à vérifier' }),
    ).toBeInTheDocument();
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
      screen.queryByRole('button', { name: /^À vérifier, cellule T6/ }),
    ).not.toBeInTheDocument();
  });

  it('sends the chosen as-of month with the computation', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await unfold('Options');
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

describe('the verdict', () => {
  it('shows on opening, without a click, right under the primary action', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    const verdict = screen.getByRole('group', { name: VERDICT });
    expect(verdict).toHaveTextContent('Arrêté à fin décembre 2020.');
    expect(screen.getByRole('button', { name: FILL }).nextElementSibling).toBe(verdict);
    expect(gateway.callsOf('fill')).toHaveLength(0);
    expect(gateway.callsOf('check')).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is checked again without writing anything', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    gateway.respond = () => warningsAnalysis();
    await userEvent.click(screen.getByRole('button', { name: CHECK }));
    const verdict = await screen.findByRole('group', { name: 'Prêt à envoyer à la préfecture' });
    // Two months under the objective are one point: the indicator's.
    expect(verdict).toHaveTextContent('Aucune erreur ; 1 point à vérifier avant l’envoi.');
    expect(gateway.callsOf('fill')).toHaveLength(0);
    expect(gateway.callsOf('check')).toHaveLength(2);
  });

  it('says the dashboard is ready to send when nothing is wrong', async () => {
    const gateway = new FakeGateway();
    gateway.respond = () => cleanAnalysis();
    const { container } = await renderReady(gateway);
    const verdict = screen.getByRole('group', { name: 'Prêt à envoyer à la préfecture' });
    expect(verdict).toHaveTextContent('Aucune erreur ni point à vérifier.');
    expect(screen.queryByRole('button', { name: /^À corriger/ })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('names the as-of month chosen', async () => {
    const gateway = new FakeGateway();
    gateway.respond = (request) => ({
      ...sampleAnalysis(),
      asOf: request.asOf ?? { year: 2020, month: 12 },
    });
    await renderReady(gateway);
    await unfold('Options');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: /Mois arrêté au/ }),
      'septembre 2020',
    );
    await waitFor(() =>
      expect(screen.getByRole('group', { name: VERDICT })).toHaveTextContent(
        'Arrêté à fin septembre 2020.',
      ),
    );
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

describe('sections', () => {
  it('come with their counts; the short ones open, indicators, infos and options folded', async () => {
    const { container } = await renderReady(new FakeGateway());
    const toggles = screen
      .getAllByRole('heading', { level: 2 })
      .map((heading) => within(heading).getByRole('button'));
    expect(toggles.map((t) => [t.textContent, t.getAttribute('aria-expanded')])).toEqual([
      ['À corriger (1)', 'true'],
      ['À vérifier (4)', 'true'],
      ['Indicateurs (3)', 'false'],
      ['Informations (2)', 'false'],
      ['Préparer le tableau de bord 2021', 'false'],
      ['Options', 'false'],
    ]);
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('fold a long list of problems, the verdict still telling their number', async () => {
    const gateway = new FakeGateway();
    const many = sampleAnalysis();
    const warnings = Array.from({ length: 12 }, (_, i) => ({
      ...many.findings.find((f) => f.code === 'OBJECTIVE_MISSED_MONTH')!,
      cell: `G${30 + i}`,
      row: 29 + i,
    }));
    gateway.respond = () => ({ ...many, findings: [...many.findings, ...warnings] });
    await renderReady(gateway);
    expect(
      screen.getByRole('button', { name: 'À vérifier (16)' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(screen.getByRole('group', { name: /16 points à vérifier/ })).toBeInTheDocument();
  });

  it('unfold and fold again', async () => {
    await renderReady(new FakeGateway());
    const section = await unfold('Indicateurs');
    expect(within(section).getAllByRole('img')).toHaveLength(3);
    await userEvent.click(screen.getByRole('button', { name: 'Indicateurs (3)' }));
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('findings', () => {
  it('tells one line per problem, under its indicator named with its section and row', async () => {
    const { container } = await renderReady(new FakeGateway());
    const errors = await unfold('À corriger');
    const warnings = await unfold('À vérifier');
    const titles = (section: HTMLElement) =>
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    expect(titles(errors)).toEqual(["Nombre d'usagers reçus E15ligne 22"]);
    expect(titles(warnings)).toEqual([
      "Taux d'appels aboutis SVI E10Accueil téléphonique · ligne 6",
      'Délai moyen de réponse aux courriels en jours ouvrés E18ligne 10',
    ]);
    const lines = (section: HTMLElement) =>
      within(section)
        .getAllByRole('button', { name: /^(Erreur|À vérifier|Information), cellule/ })
        .map((line) => line.getAttribute('data-problem'));
    expect(lines(errors)).toEqual(['missing_months:22']);
    expect(lines(warnings)).toEqual([
      'suspicious_value:6:8',
      'objective_missed:6',
      'average:6',
      'objective_missed:10',
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('asks to check a suspicious value’s entry first, before explaining its gap', async () => {
    await renderReady(new FakeGateway());
    const line = screen.getByRole('button', { name: /^À vérifier, cellule N6/ });
    expect(line).toHaveTextContent(
      /^N6 Août : 0,0 %, très loin des autres mois .*Vérifier la saisie/,
    );
    // The month under the objective is told once: with its suspicious value.
    const gap = screen.getByRole('button', { name: /^À vérifier, cellule S6/ });
    expect(gap).toHaveTextContent('Novembre (87,9 %) et la moyenne annuelle');
    expect(gap).not.toHaveTextContent('Août');
  });

  it('selects the cell where to act when a line is clicked', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await userEvent.click(screen.getByRole('button', { name: /^À vérifier, cellule S6/ }));
    expect(gateway.callsOf('selectCell')).toEqual([
      { method: 'selectCell', args: ['Tableau de bord 2020', 'S6'] },
    ]);
  });

  it('folds the informations, one line per indicator with its months in ranges', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    const toggle = screen.getByRole('button', { name: 'Informations (2)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: /cellule I10/ })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: /^Information, cellule I10/ })).toHaveTextContent(
      'Mars-avr. : COVID.',
    );
    expect(screen.getByRole('button', { name: /^Information, cellule F22/ })).toHaveTextContent(
      'Mai : Fermés',
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers to check up to the last month filled when later months are all empty', async () => {
    const gateway = new FakeGateway();
    gateway.respond = (request) => filledToSeptember(request.asOf);
    await renderReady(gateway);
    expect(screen.getByRole('group', { name: '1 erreur à corriger' })).toBeInTheDocument();
    const errors = await unfold('À corriger');
    expect(within(errors).getByRole('heading', { level: 3 })).toHaveTextContent('Tout le tableau');
    await userEvent.click(
      within(errors).getByRole('button', { name: 'Arrêter le contrôle à septembre 2020' }),
    );
    const ready = await screen.findByRole('group', { name: 'Prêt à envoyer à la préfecture' });
    expect(ready).toHaveTextContent('Arrêté à fin septembre 2020.');
    expect(gateway.callsOf('check').at(-1)?.args[0]).toEqual({ asOf: { year: 2020, month: 9 } });
  });

  it('explains when a cell cannot be selected', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    gateway.failNext('selectCell', new GatewayError('unexpected', 'Sélection impossible.'));
    const line = screen.getByRole('button', { name: /cellule G22/ });
    await userEvent.click(line);
    const alert = await screen.findByRole('group', {
      name: 'Une erreur inattendue s’est produite',
    });
    expect(alert).toHaveTextContent('Sélection impossible.');
    // Under the line that was clicked, not at the top of the pane.
    expect(line.parentElement?.contains(alert)).toBe(true);
    await userEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(gateway.callsOf('selectCell')).toHaveLength(2);
  });
});

describe('options', () => {
  it('removes the marks, confirming it under the button', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await unfold('Options');
    const button = screen.getByRole('button', { name: 'Effacer les marques' });
    await userEvent.click(button);
    const notice = await screen.findByText(
      'Marques effacées : les cellules ont retrouvé leur mise en forme.',
    );
    expect(button.parentElement?.contains(notice)).toBe(true);
    expect(gateway.callsOf('clearFlags')).toHaveLength(1);
  });

  it('explains a failure to remove the marks under the button', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await unfold('Options');
    gateway.failNext('clearFlags', new GatewayError('protected_sheet', 'Feuille protégée.'));
    const button = screen.getByRole('button', { name: 'Effacer les marques' });
    await userEvent.click(button);
    const alert = await screen.findByRole('group', { name: 'Feuille protégée' });
    expect(button.parentElement?.contains(alert)).toBe(true);
    expect(screen.getByRole('button', { name: FILL }).nextElementSibling).not.toBe(alert);
  });

  it('explains the marks’ colours in words', async () => {
    await renderReady(new FakeGateway());
    const options = await unfold('Options');
    const legend = within(options).getByText('Marques dans le classeur').parentElement!;
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['à corriger', 'à vérifier', 'suspendu, fermé ou sans objet']);
  });

  it('undoes the last computation only when there is one, confirming it under the button', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    await unfold('Options');
    const undo = screen.getByRole('button', { name: 'Annuler le dernier calcul' });
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(undo);
    expect(gateway.callsOf('undoLastFill')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: FILL }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    await waitFor(() => expect(undo.getAttribute('aria-disabled')).toBeNull());
    await userEvent.click(undo);
    const notice = await screen.findByText(
      'Dernier calcul annulé : les cellules ont retrouvé leur contenu.',
    );
    expect(undo.parentElement?.contains(notice)).toBe(true);
    expect(gateway.callsOf('undoLastFill')).toHaveLength(1);
    expect(screen.queryByRole('group', { name: 'Moyennes calculées' })).not.toBeInTheDocument();
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when there is nothing to undo, without offering to retry', async () => {
    const gateway = new FakeGateway();
    gateway.undoable = true;
    await renderReady(gateway);
    await unfold('Options');
    gateway.failNext(
      'undoLastFill',
      new GatewayError('nothing_to_undo', 'Aucun calcul à annuler.'),
    );
    const undo = screen.getByRole('button', { name: 'Annuler le dernier calcul' });
    await userEvent.click(undo);
    const alert = await screen.findByRole('group', { name: 'Rien à annuler' });
    expect(undo.parentElement?.contains(alert)).toBe(true);
    expect(within(alert).queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(undo.getAttribute('aria-disabled')).toBe('true');
  });

  it('re-reads the sheet for another as-of month, and back to the default', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await unfold('Options');
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

  it('opens another sheet', async () => {
    const gateway = new FakeGateway();
    gateway.respond = (request) =>
      request.sheet === 'Feuil2' ? cleanAnalysis() : sampleAnalysis();
    await renderReady(gateway);
    await unfold('Options');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Feuille du tableau de bord' }),
      'Feuil2',
    );
    await waitFor(() => expect(screen.getByText('1 indicateur')).toBeInTheDocument());
  });
});

describe('Utiliser la sélection with a dashboard recognised', () => {
  it('asks before replacing it, and keeps it when the agent says so', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    await unfold('Options');
    const button = screen.getByRole('button', { name: 'Utiliser la sélection' });
    await userEvent.click(button);
    const question = await screen.findByText(
      'Remplacer le tableau reconnu dans « Tableau de bord 2020 » par la sélection A4:T31 de « Feuil2 » ?',
    );
    expect(button.parentElement?.contains(question)).toBe(true);
    expect(gateway.callsOf('check')).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.click(screen.getByRole('button', { name: 'Garder le tableau actuel' }));
    expect(question).not.toBeInTheDocument();
    expect(gateway.callsOf('check')).toHaveLength(1);
  });

  it('reads the selection once the agent confirms', async () => {
    const gateway = new FakeGateway();
    gateway.respond = (request) => (request.within ? cleanAnalysis() : sampleAnalysis());
    await renderReady(gateway);
    await unfold('Options');
    await userEvent.click(screen.getByRole('button', { name: 'Utiliser la sélection' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remplacer' }));
    await screen.findByText('1 indicateur');
    expect(gateway.callsOf('check').at(-1)?.args[0]).toEqual({
      asOf: undefined,
      sheet: 'Feuil2',
      within: { top: 3, left: 0, bottom: 30, right: 19 },
    });
  });

  it('explains a selection too small to be a dashboard, without reading it', async () => {
    const gateway = new FakeGateway();
    gateway.selection = { sheet: 'Feuil1', range: { top: 4, left: 1, bottom: 4, right: 1 } };
    await renderReady(gateway);
    await unfold('Options');
    await userEvent.click(screen.getByRole('button', { name: 'Utiliser la sélection' }));
    expect(
      await screen.findByText(
        /^La sélection B5 de « Feuil1 » \(1 ligne, 1 colonne\) est trop petite pour être un tableau de bord : sélectionnez tout le tableau/,
      ),
    ).toBeInTheDocument();
    expect(gateway.callsOf('check')).toHaveLength(1);
    expect(screen.getByText('3 indicateurs')).toBeInTheDocument();
  });

  it('keeps the recognised dashboard when the selection holds none', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    await unfold('Options');
    gateway.failNext('check', new GatewayError('no_dashboard', 'Aucun tableau dans la sélection.'));
    await userEvent.click(screen.getByRole('button', { name: 'Utiliser la sélection' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Remplacer' }));
    const alert = await screen.findByRole('group', { name: 'Aucun tableau de bord trouvé' });
    expect(alert).toHaveTextContent('Le tableau reconnu est conservé.');
    expect(screen.getByText('3 indicateurs')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: VERDICT })).toBeInTheDocument();
  });
});
