/** "Préparer 2021" in the pane: preview, confirmation, result, "Annuler", refusals. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { planRollover } from '../../src/core/rollover';
import { GatewayError } from '../../src/gateway/types';
import type { RolloverOutcome } from '../../src/gateway/types';
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeGateway } from './fake-gateway';
import { engineAnswers } from './fixtures/engine';
import { renderReady } from './render';

const ENGLISH_SECTION = 'Prepare the 2021 dashboard';
const PREVIEW_TABLE = { name: 'Ce qui sera écrit dans les colonnes N-1 pour 2021' };

function seedGateway(): FakeGateway {
  const gateway = new FakeGateway();
  const grid = seedGrid();
  const { respond } = engineAnswers([grid]);
  gateway.respond = respond;
  gateway.respondRollover = (request): RolloverOutcome => {
    const analysis = respond(request);
    const result = planRollover(grid, analysis);
    if (!result.ok) throw new Error(result.reason);
    return { analysis, plan: result.plan };
  };
  return gateway;
}

/** The rollover's section, folded at first like the pane's other long sections. */
async function openSection(name = 'Préparer le tableau de bord 2021'): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name }));
}

describe('Préparer 2021', () => {
  it('shows what the 2021 sheet will hold before writing anything', async () => {
    const gateway = seedGateway();
    const { container } = await renderReady(gateway);
    await openSection();
    await userEvent.click(screen.getByRole('button', { name: 'Préparer 2021' }));
    const table = await screen.findByRole('table', PREVIEW_TABLE);
    expect(gateway.callsOf('planRollover')).toHaveLength(1);
    expect(gateway.callsOf('rollover')).toHaveLength(0);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(21);
    expect(rows[1]).toHaveTextContent("Taux d'appels aboutis98,7 %oui");
    expect(rows[3]).toHaveTextContent('Taux de réponse aux courriers dans les 15 jours ouvrés--');
    expect(screen.getByText(/Une copie de « Tableau de bord 2020 » nommée/)).toBeInTheDocument();
    const gaps = screen.getByRole('list', { name: /^Non reporté ou reporté avec réserve/ });
    expect(within(gaps).getAllByRole('listitem')).toHaveLength(12);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('creates the sheet on confirmation, then takes it away with "Annuler"', async () => {
    const gateway = seedGateway();
    const { container } = await renderReady(gateway);
    await openSection();
    await userEvent.click(screen.getByRole('button', { name: 'Préparer 2021' }));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Créer la feuille «\u00a0Tableau de bord 2021\u00a0»',
      }),
    );
    expect(
      await screen.findByText('La feuille « Tableau de bord 2021 » a été créée et sélectionnée.'),
    ).toBeInTheDocument();
    expect(gateway.rolledOver).toBe(true);
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Annuler\u00a0: retirer la feuille «\u00a0Tableau de bord 2021\u00a0»',
      }),
    );
    expect(
      await screen.findByText('La feuille « Tableau de bord 2021 » a été retirée.'),
    ).toBeInTheDocument();
    expect(gateway.rolledOver).toBe(false);
    expect(screen.getByRole('button', { name: 'Préparer 2021' })).toBeInTheDocument();
  });

  it('says why when Excel refuses, and keeps the preview to try again', async () => {
    const gateway = seedGateway();
    await renderReady(gateway);
    await openSection();
    await userEvent.click(screen.getByRole('button', { name: 'Préparer 2021' }));
    gateway.failNext(
      'rollover',
      new GatewayError('unexpected', 'La feuille « Tableau de bord 2021 » existe déjà.'),
    );
    await userEvent.click(await screen.findByRole('button', { name: /Créer la feuille/ }));
    expect(
      await screen.findByText('La feuille « Tableau de bord 2021 » existe déjà.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', PREVIEW_TABLE)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(screen.queryByRole('table', PREVIEW_TABLE)).not.toBeInTheDocument();
  });

  it('speaks English in an English pane', async () => {
    const gateway = seedGateway();
    await renderReady(gateway, 'en');
    await openSection(ENGLISH_SECTION);
    await userEvent.click(screen.getByRole('button', { name: 'Prepare 2021' }));
    expect(
      await screen.findByRole('button', { name: 'Create the sheet "Tableau de bord 2021"' }),
    ).toBeInTheDocument();
  });
});
