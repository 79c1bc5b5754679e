/** The ribbon's "Calculer les moyennes": compute, fill, show the outcome, always finish. */
import { computeAverages } from '../../src/commands/compute-command';
import { createGatewayOn } from '../../src/excel/gateway';
import { seedGrid } from '../fixtures/seed-dashboard';
import { buildGrid } from '../helpers/grid';
import { SEED_SHEET, notesGrid, setup, withCell } from './helpers';

describe('computeAverages', () => {
  it('fills the dashboard and selects the first error', async () => {
    const { book, host } = setup();
    const notify = jest.fn(() => Promise.resolve());
    const outcome = await computeAverages({ gateway: createGatewayOn(host), lang: 'fr', notify });
    expect(outcome.ok).toBe(true);
    expect(book.cell(SEED_SHEET, 'T5').formula).toBeNull();
    expect(book.selection).toEqual({ sheet: SEED_SHEET, address: 'G22' });
    expect(book.active).toBe(SEED_SHEET);
    expect(outcome.message).toMatch(/1 erreur à corriger/);
    expect(notify).not.toHaveBeenCalled();
  });

  it('shows the report sheet when the dashboard is ready to send', async () => {
    const { book, host } = setup([withCell(seedGrid(), 'G22', 40)]);
    const outcome = await computeAverages({
      gateway: createGatewayOn(host),
      lang: 'fr',
      notify: () => Promise.resolve(),
    });
    expect(outcome.message).toMatch(/prêt à envoyer à la préfecture/);
    expect(book.active).toBe('Contrôle 2020');
    expect(book.selection).toEqual({ sheet: 'Contrôle 2020', address: 'A1' });
  });

  it('tells a failure in a notice, and writes nothing', async () => {
    const { book, host } = setup([notesGrid('Notes')]);
    const notify = jest.fn(() => Promise.resolve());
    const outcome = await computeAverages({ gateway: createGatewayOn(host), lang: 'fr', notify });
    expect(outcome.ok).toBe(false);
    expect(notify).toHaveBeenCalledWith(
      expect.stringMatching(/^Les moyennes n’ont pas été calculées\. Aucun tableau de bord/),
    );
    expect(book.writes).toEqual([]);
  });

  it('reports in English when Office speaks English', async () => {
    const { host } = setup([buildGrid([['x']], { sheet: 'Sheet1' })], { lang: 'en' });
    const notify = jest.fn(() => Promise.resolve());
    await computeAverages({ gateway: createGatewayOn(host), lang: 'en', notify });
    expect(notify).toHaveBeenCalledWith(
      expect.stringMatching(/^The averages were not computed\. No dashboard/),
    );
  });
});
