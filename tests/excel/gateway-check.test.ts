/** "Vérifier": finding and reading the dashboard through the fake Excel, in one sync. */
import { analyse } from '../../src/core/analyse';
import { recognise } from '../../src/core/recognise';
import { createGatewayOn } from '../../src/excel/gateway';
import { STATE_KEYS } from '../../src/excel/state';
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeSettings } from './fake/host';
import { failure, largeDashboard, notesGrid, SEED_SHEET, setup, shifted, syncsOf } from './helpers';

const TODAY = { year: 2026, month: 11 };

describe('check on the seed dashboard', () => {
  it('reads it in one sync and finds what the engine finds on the same grid', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    let analysis = null as Awaited<ReturnType<typeof gateway.check>> | null;
    const syncs = await syncsOf(host, async () => {
      analysis = await gateway.check();
    });
    expect(syncs).toBe(1);

    const grid = seedGrid();
    const recognition = recognise(grid);
    if (!recognition.ok) throw new Error('seed not recognised');
    const expected = analyse(grid, recognition.dashboard, { today: TODAY });
    expect(analysis).toEqual(expected);
    expect(book.writes).toEqual([]);
  });

  it('reads a 2,000-row dashboard in one sync', async () => {
    const { host } = setup([largeDashboard(2000)]);
    const gateway = createGatewayOn(host);
    const syncs = await syncsOf(host, async () => {
      const analysis = await gateway.check();
      expect(analysis.indicators).toHaveLength(2000);
    });
    expect(syncs).toBe(1);
  });

  it('reads a table that does not start at A1', async () => {
    const { host } = setup([shifted(seedGrid(), 2, 2)]);
    const analysis = await createGatewayOn(host).check();
    expect(analysis.dashboard.columns.label).toBe(3);
    expect(analysis.dashboard.columns.average).toBe(21);
    expect(analysis.dashboard.rows[0].row).toBe(6);
    expect(analysis.indicators[0].average).toBeCloseTo(0.986833, 5);
  });

  it('reads merged areas only where ExcelApi 1.13 is there (the fake refuses it below), and recognises the seed either way', async () => {
    for (const excelApi of ['1.9', '1.13']) {
      const { host } = setup([seedGrid()], { excelApi });
      const analysis = await createGatewayOn(host).check();
      expect(analysis.indicators[1].section).toBe('accueil téléphonique');
    }
  });
});

describe('finding the dashboard', () => {
  it('looks at the other sheets when the active one is not a dashboard, then remembers it', async () => {
    const { host } = setup([notesGrid('Notes'), seedGrid()], { active: 'Notes' });
    const first = createGatewayOn(host);
    expect(await syncsOf(host, () => first.check())).toBe(2);
    expect(host.settings.document.has(STATE_KEYS.dashboard)).toBe(true);

    // The workbook opened again: the remembered sheet is read straight away.
    const reopened = { ...host, settings: host.settings.reopened() };
    const second = createGatewayOn(reopened);
    let sheet = '';
    expect(
      await syncsOf(host, async () => {
        sheet = (await second.check()).dashboard.sheet;
      }),
    ).toBe(1);
    expect(sheet).toBe(SEED_SHEET);
  });

  it('prefers the active sheet when it is a dashboard, over the one remembered', async () => {
    const { host } = setup([seedGrid(), largeDashboard(30, 'Tableau de bord 2021')], {
      active: 'Tableau de bord 2021',
    });
    host.settings.set(STATE_KEYS.dashboard, { v: 1, sheet: SEED_SHEET, within: null });
    await host.settings.save();
    const analysis = await createGatewayOn(host).check();
    expect(analysis.dashboard.sheet).toBe('Tableau de bord 2021');
  });

  it('forgets a remembered sheet that was deleted', async () => {
    const { host } = setup([notesGrid('Notes'), seedGrid()], { active: 'Notes' });
    host.settings.set(STATE_KEYS.dashboard, { v: 1, sheet: 'TDB supprimé', within: null });
    await host.settings.save();
    const analysis = await createGatewayOn(host).check();
    expect(analysis.dashboard.sheet).toBe(SEED_SHEET);
    expect(host.settings.get(STATE_KEYS.dashboard)).toMatchObject({ sheet: SEED_SHEET });
  });

  it('uses the sheet asked for, and says when it is unknown or not a dashboard', async () => {
    const { host } = setup([notesGrid('Notes'), seedGrid()], { active: 'Notes' });
    const gateway = createGatewayOn(host);
    expect((await gateway.check({ sheet: SEED_SHEET })).dashboard.sheet).toBe(SEED_SHEET);

    const unknown = await failure(gateway.check({ sheet: 'TDB 2019' }));
    expect(unknown.code).toBe('unknown_sheet');
    expect(unknown.message).toContain('«\u00a0TDB 2019\u00a0»');

    const notDashboard = await failure(gateway.check({ sheet: 'Notes' }));
    expect(notDashboard.code).toBe('no_dashboard');
    expect(notDashboard.message).toContain('«\u00a0Notes\u00a0»');
  });

  it('says so when no sheet holds a dashboard', async () => {
    const { host } = setup([notesGrid('Notes'), notesGrid('Suivi')]);
    const error = await failure(createGatewayOn(host).check());
    expect(error.code).toBe('no_dashboard');
    expect(error.message).toMatch(/douze mois/);
  });

  it('recognises the table the agent selected, and remembers that block', async () => {
    const grid = seedGrid();
    const { host } = setup([grid]);
    const within = { top: 1, left: 0, bottom: 23, right: 19 };
    const analysis = await createGatewayOn(host).check({ within });
    expect(analysis.indicators).toHaveLength(20);
    expect(host.settings.get(STATE_KEYS.dashboard)).toMatchObject({
      sheet: SEED_SHEET,
      within: 'A2:T24',
    });
  });

  it('speaks English when Office does', async () => {
    const { host } = setup([notesGrid('Notes')], { lang: 'en' });
    const error = await failure(createGatewayOn(host).check());
    expect(error.message).toMatch(/No dashboard found/);
  });
});

describe('Excel refusing', () => {
  it('reports a cell being edited', async () => {
    const { book, host } = setup();
    book.cellEditMode = true;
    const error = await failure(createGatewayOn(host).check());
    expect(error.code).toBe('cell_editing');
    expect(error.message).toMatch(/Entrée/);
  });

  it('refuses to run below ExcelApi 1.9, without calling Excel', async () => {
    const { host } = setup([seedGrid()], { excelApi: '1.8' });
    const gateway = createGatewayOn(host);
    const error = await failure(gateway.check());
    expect(error.code).toBe('unsupported_version');
    expect(error.message).toContain('ExcelApi 1.9');
    expect(host.counter.syncs).toBe(0);
  });
});

describe('settings', () => {
  it('ignores a damaged or older record of the dashboard', async () => {
    const settings = new FakeSettings();
    settings.set(STATE_KEYS.dashboard, { v: 0, sheet: 42 });
    await settings.save();
    const { host } = setup([seedGrid()], { settings });
    expect((await createGatewayOn(host).check()).dashboard.sheet).toBe(SEED_SHEET);
  });
});
