/** Every state the pane can be in, each with something useful on screen and no axe violation. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { GatewayError } from '../../src/gateway/types';
import { FakeGateway } from './fake-gateway';
import { renderPane, renderReady, unfold } from './render';

describe('task pane states', () => {
  it('shows progress while the dashboard is being read', async () => {
    const gateway = new FakeGateway();
    const release = gateway.hold('check');
    const { container } = renderPane(gateway);
    expect(screen.getByText('Lecture du tableau de bord…')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    release();
    await screen.findByRole('heading', { level: 1, name: /Sous-préfecture d'Aix/ });
  });

  it('shows the recognised dashboard: site, year, sheet and number of indicators', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      "Sous-préfecture d'Aix – 2020",
    );
    expect(screen.getByText('Tableau de bord 2020', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('3 indicateurs')).toBeInTheDocument();
    await unfold('Options');
    const picker = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Feuille du tableau de bord',
    });
    expect(picker.value).toBe('Tableau de bord 2020');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('guides the agent when no dashboard is found, and lets them choose a sheet', async () => {
    const gateway = new FakeGateway();
    gateway.failNext('check', new GatewayError('no_dashboard', 'Aucun tableau dans « Feuil1 ».'));
    const { container } = renderPane(gateway);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aucun tableau de bord trouvé' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Aucun tableau dans « Feuil1 ».')).toBeInTheDocument();
    expect(screen.getByText(/douze mois/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Feuille du tableau de bord' }),
      'Tableau de bord 2020',
    );
    await screen.findByRole('heading', { level: 1, name: /Sous-préfecture d'Aix/ });
    expect(gateway.callsOf('check').at(-1)?.args[0]).toEqual({
      asOf: undefined,
      sheet: 'Tableau de bord 2020',
    });
  });

  it('recognises the table the agent selected when recognition failed', async () => {
    const gateway = new FakeGateway();
    gateway.failNext('check', new GatewayError('no_dashboard', 'Aucun tableau trouvé.'));
    renderPane(gateway);
    await userEvent.click(await screen.findByRole('button', { name: 'Utiliser la sélection' }));
    await screen.findByRole('heading', { level: 1, name: /Sous-préfecture d'Aix/ });
    expect(gateway.callsOf('check').at(-1)?.args[0]).toEqual({
      asOf: undefined,
      sheet: 'Feuil2',
      within: { top: 3, left: 0, bottom: 30, right: 19 },
    });
  });

  it('explains a selection too small to be a dashboard when none was found', async () => {
    const gateway = new FakeGateway();
    gateway.failNext('check', new GatewayError('no_dashboard', 'Aucun tableau trouvé.'));
    gateway.selection = { sheet: 'Feuil1', range: { top: 4, left: 1, bottom: 4, right: 1 } };
    const { container } = renderPane(gateway);
    await userEvent.click(await screen.findByRole('button', { name: 'Utiliser la sélection' }));
    expect(
      await screen.findByText(
        /^La sélection B5 de « Feuil1 » \(1 ligne, 1 colonne\) est trop petite/,
      ),
    ).toBeInTheDocument();
    expect(gateway.callsOf('check')).toHaveLength(1);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('explains a protected sheet when the computation cannot write, keeping the results', async () => {
    const gateway = new FakeGateway();
    const { container } = await renderReady(gateway);
    gateway.failNext(
      'fill',
      new GatewayError('protected_sheet', 'La feuille « Tableau de bord 2020 » est protégée.'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Calculer les moyennes annuelles' }));
    const alert = await screen.findByRole('group', { name: 'Feuille protégée' });
    expect(alert).toHaveTextContent('est protégée');
    expect(alert).toHaveTextContent('Ôter la protection de la feuille');
    expect(screen.getByRole('heading', { level: 2, name: 'Indicateurs (3)' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('group', { name: 'Moyennes calculées' });
    expect(gateway.callsOf('fill')).toHaveLength(2);
    expect(screen.queryByRole('group', { name: 'Feuille protégée' })).not.toBeInTheDocument();
  });

  it('shows a protected sheet as the whole pane when it stops the first reading', async () => {
    const gateway = new FakeGateway();
    gateway.failNext('check', new GatewayError('protected_sheet', 'Feuille protégée.'));
    const { container } = renderPane(gateway);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feuille protégée' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when Excel is too old, without a retry that cannot help', async () => {
    const gateway = new FakeGateway();
    gateway.failNext(
      'check',
      new GatewayError(
        'unsupported_version',
        'Cette version d’Excel ne prend pas en charge ExcelApi 1.7.',
      ),
    );
    const { container } = renderPane(gateway);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Version d’Excel trop ancienne' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/ExcelApi 1.7/)).toBeInTheDocument();
    expect(screen.getByText(/Mettez Excel à jour/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when Office is not available, with where to open the pane', async () => {
    const { container } = renderPane(null);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Excel n’est pas disponible' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/groupe Qual-e-Pref/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('explains an unexpected error and recovers on retry', async () => {
    const gateway = new FakeGateway();
    gateway.failNext('check', new TypeError('Cannot read properties of undefined'));
    const { container } = renderPane(gateway);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Une erreur inattendue s’est produite',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Cannot read properties of undefined/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();

    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    await screen.findByRole('heading', { level: 1, name: /Sous-préfecture d'Aix/ });
  });

  it('asks to finish the cell being edited, in a message that can be closed', async () => {
    const gateway = new FakeGateway();
    await renderReady(gateway);
    gateway.failNext('fill', new GatewayError('cell_editing', 'Excel est en mode édition.'));
    await userEvent.click(screen.getByRole('button', { name: 'Calculer les moyennes annuelles' }));
    const alert = await screen.findByRole('group', { name: 'Cellule en cours de modification' });
    expect(alert).toHaveTextContent('touche Entrée');
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    await waitFor(() =>
      expect(
        screen.queryByRole('group', { name: 'Cellule en cours de modification' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('speaks English when Office does', async () => {
    const gateway = new FakeGateway();
    renderPane(gateway, 'en');
    await screen.findByRole('heading', { level: 1, name: /Sous-préfecture d'Aix/ });
    expect(screen.getByRole('button', { name: 'Compute the yearly averages' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check before sending' })).toBeInTheDocument();
    expect(screen.getByText('3 indicators')).toBeInTheDocument();
  });
});
