import type { Fill } from 'exceljs';
import { Workbook } from 'exceljs';

import { a1, parseA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { FLAG_COLORS } from '../../src/core/plan';
import { GatewayError } from '../../src/gateway/types';
import { cellKey } from '../../src/preview/sheet-picture';
import type { PreviewSession } from '../../src/preview/session';
import { openPackage } from '../../src/xlsx';
import { FEATURES, withFeatures } from '../fixtures/features/features';
import { unzip, withoutStyles, zip } from '../helpers/package-edit';
import { loadWorkbook, saveWorkbook } from '../oracle/exceljs-io';
import { SEED_MERGES, SEED_ROWS } from '../fixtures/seed-dashboard';
import { addSheet } from '../fixtures/variants/build-workbook';
import { openPreview, SAMPLE_SHEET, sampleBytes, workbookBytes } from './helpers';

function dashboardGrid(session: PreviewSession, sheet = SAMPLE_SHEET): Grid {
  const grid = session.allGrids().find((candidate) => candidate.sheet === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return grid;
}

function at(grid: Grid, address: string) {
  const pos = parseA1(address);
  if (!pos) throw new Error(address);
  return cellAt(grid, pos.row, pos.col);
}

async function savedWorkbook(session: PreviewSession): Promise<Workbook> {
  return loadWorkbook(await session.save());
}

function fillOf(workbook: Workbook, address: string, sheet = SAMPLE_SHEET): Fill | undefined {
  return workbook.getWorksheet(sheet)?.getCell(address).style.fill;
}

/** Every sheet's cells (value, formula, format), for before/after comparisons. */
function contentOf(session: PreviewSession) {
  return session
    .allGrids()
    .map((grid) => ({ sheet: grid.sheet, cells: grid.cells, merges: grid.merges }));
}

async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GatewayError) return error;
    throw error;
  }
  throw new Error('expected a GatewayError');
}

describe('preview gateway on the sample workbook', () => {
  it('is the preview kind and lists the sample sheet', async () => {
    const { gateway } = await openPreview();
    expect(gateway.kind).toBe('preview');
    await expect(gateway.listSheets()).resolves.toEqual([SAMPLE_SHEET]);
  });

  it('checks the dashboard without writing anything', async () => {
    const { session, gateway } = await openPreview();
    const before = contentOf(session);
    const analysis = await gateway.check();
    expect(analysis.dashboard.sheet).toBe(SAMPLE_SHEET);
    expect(analysis.dashboard.year).toBe(2020);
    expect(analysis.asOf).toEqual({ year: 2020, month: 12 });
    expect(analysis.indicators).toHaveLength(20);
    expect(analysis.summary.errors).toBe(1);
    expect(analysis.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual([
      'G22',
    ]);
    expect(contentOf(session)).toEqual(before);
    expect(session.getSnapshot().modified).toBe(false);
    await expect(gateway.canUndo()).resolves.toBe(false);
  });

  it('passes the as-of month to the analysis', async () => {
    const { gateway } = await openPreview();
    const analysis = await gateway.check({ asOf: { year: 2020, month: 6 } });
    expect(analysis.asOf).toEqual({ year: 2020, month: 6 });
  });

  it('fills Moyenne, atteinte objectif, the flags and the report sheet', async () => {
    const { session, gateway } = await openPreview();
    const { analysis, plan } = await gateway.fill();
    expect(plan.sheet).toBe(SAMPLE_SHEET);
    expect(analysis.summary.errors).toBe(1);

    const grid = dashboardGrid(session);
    // The SVI call rate of row 6: the plain mean of its twelve months, written as a value.
    const svi = analysis.indicators.find((indicator) => indicator.row === 5);
    expect(svi?.average).toBeCloseTo(0.8911, 4);
    expect(at(grid, 'T6')).toMatchObject({ kind: 'number', formula: null, format: '0.0%' });
    expect(at(grid, 'T6').value).toBeCloseTo(svi?.average ?? NaN, 10);
    // A row without any number: no #DIV/0! any more.
    expect(at(grid, 'T13')).toMatchObject({ kind: 'text', value: 'Pas de données' });
    // The added "Atteinte objectif 2020" column, right of the table.
    expect(plan.addedMetColumn).not.toBeNull();
    expect(session.getSnapshot().sheets).toEqual([SAMPLE_SHEET, plan.report.name]);

    const snapshot = session.getSnapshot();
    expect(snapshot.modified).toBe(true);
    expect(snapshot.picture?.grid.sheet).toBe(SAMPLE_SHEET);
    const g22 = cellKey(21, 6);
    expect(snapshot.picture?.fills.get(g22)).toBe(FLAG_COLORS.error);
    expect(snapshot.notes.get(g22)?.kind).toBe('error');
    expect(snapshot.notes.get(g22)?.note).toContain('Janvier');

    const saved = await savedWorkbook(session);
    expect(fillOf(saved, 'G22')).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(saved.getWorksheet(plan.report.name)).toBeDefined();
    await expect(gateway.canUndo()).resolves.toBe(true);
  });

  it('gives the same workbook when filling twice as when filling once', async () => {
    const once = await openPreview();
    await once.gateway.fill();
    const twice = await openPreview();
    await twice.gateway.fill();
    await twice.gateway.fill();
    expect(contentOf(twice.session)).toEqual(contentOf(once.session));
    expect(twice.session.getSnapshot().picture?.fills).toEqual(
      once.session.getSnapshot().picture?.fills,
    );
  });

  it('clears the flags, giving each cell its own fill back and keeping the averages', async () => {
    const { session, gateway } = await openPreview();
    const original = await loadWorkbook(sampleBytes());
    const { plan } = await gateway.fill();
    const filledContent = contentOf(session);
    await gateway.clearFlags();

    const saved = await savedWorkbook(session);
    for (const flag of plan.flags) {
      const address = a1(flag.row, flag.col);
      expect([address, fillOf(saved, address)]).toEqual([address, fillOf(original, address)]);
    }
    expect(contentOf(session)).toEqual(filledContent);
    expect(session.getSnapshot().notes.size).toBe(0);
    // The header fills of the sample are the agent's own and stay.
    expect(session.getSnapshot().picture?.fills.get(cellKey(1, 0))).toBeDefined();
  });

  it('undoes the last fill exactly, then has nothing more to undo', async () => {
    const { session, gateway } = await openPreview();
    const before = contentOf(session);
    const fillsBefore = session.getSnapshot().picture?.fills;
    await gateway.fill();
    await gateway.undoLastFill();

    expect(contentOf(session)).toEqual(before);
    const snapshot = session.getSnapshot();
    expect(snapshot.sheets).toEqual([SAMPLE_SHEET]);
    expect(snapshot.picture?.fills).toEqual(fillsBefore);
    expect(snapshot.notes.size).toBe(0);
    expect(snapshot.modified).toBe(false);
    await expect(gateway.canUndo()).resolves.toBe(false);
    const error = await rejection(gateway.undoLastFill());
    expect(error.code).toBe('nothing_to_undo');
    expect(error.message).toBe('Il n’y a aucun calcul à annuler.');
  });

  it('undoes a second fill back to the first one, flags included', async () => {
    const { session, gateway } = await openPreview();
    await gateway.fill({ asOf: { year: 2020, month: 6 } });
    const afterFirst = contentOf(session);
    const notesAfterFirst = session.getSnapshot().notes;
    await gateway.fill();
    await gateway.undoLastFill();
    expect(contentOf(session)).toEqual(afterFirst);
    expect(session.getSnapshot().notes).toEqual(notesAfterFirst);
  });

  it('replaces the flags of an earlier fill rather than piling them up', async () => {
    const { session, gateway } = await openPreview();
    await gateway.fill();
    const fullYear = session.getSnapshot().picture?.fills;
    await gateway.fill({ asOf: { year: 2020, month: 1 } });
    await gateway.fill();
    expect(session.getSnapshot().picture?.fills).toEqual(fullYear);
  });

  it('selects a cell for the rendering to show, and reports it as the selection', async () => {
    const { session, gateway } = await openPreview();
    const reveal = session.getSnapshot().reveal;
    await gateway.selectCell(SAMPLE_SHEET, 'G22');
    expect(session.getSnapshot().reveal).toBe(reveal + 1);
    await expect(gateway.getSelection()).resolves.toEqual({
      sheet: SAMPLE_SHEET,
      range: { top: 21, left: 6, bottom: 21, right: 6 },
    });
  });

  it('reports the range the agent selected in the rendering, merged cells whole', async () => {
    const { session, gateway } = await openPreview();
    session.select({ anchor: { row: 4, col: 1 }, active: { row: 8, col: 4 } });
    await expect(gateway.getSelection()).resolves.toEqual({
      sheet: SAMPLE_SHEET,
      range: { top: 4, left: 1, bottom: 8, right: 4 },
    });
    // A5 is merged over the section's rows: selecting it selects the whole area.
    const section = SEED_MERGES.find((range) => range.startsWith('A5:'));
    expect(section).toBeDefined();
    session.select({ anchor: { row: 4, col: 0 }, active: { row: 4, col: 0 } });
    const selected = await gateway.getSelection();
    expect(selected.range.bottom).toBeGreaterThan(4);
  });

  it('explains an unknown sheet or cell', async () => {
    const { gateway } = await openPreview();
    const sheet = await rejection(gateway.selectCell('Feuil9', 'A1'));
    expect(sheet.code).toBe('unknown_sheet');
    expect(sheet.message).toContain('«\u00a0Feuil9\u00a0»');
    const check = await rejection(gateway.check({ sheet: 'Feuil9' }));
    expect(check.code).toBe('unknown_sheet');
    expect(check.message).toContain(`«\u00a0${SAMPLE_SHEET}\u00a0»`);
    const cell = await rejection(gateway.selectCell(SAMPLE_SHEET, 'pas une cellule'));
    expect(cell.code).toBe('unexpected');
  });

  it('keeps the language it was given', async () => {
    const { gateway } = await openPreview(sampleBytes(), 'en');
    const error = await rejection(gateway.undoLastFill());
    expect(error.message).toBe('There is no computation to undo.');
    const { plan } = await gateway.fill();
    expect(plan.report.rows[0]).toEqual(['Qual-e-pref dashboard check 2020']);
  });

  it('subscribes to dashboard changes with a no-op: the rendering cannot be edited', async () => {
    const { gateway } = await openPreview();
    const listener = jest.fn();
    const unsubscribe = await gateway.onDashboardChanged(listener);
    await gateway.fill();
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('preview gateway on other workbooks', () => {
  const notes = { name: 'Notes', rows: [['Réunion du 3 mars'], ['Rien à signaler']] };
  const dashboard = {
    name: 'TDB',
    rows: SEED_ROWS,
    merges: SEED_MERGES,
  };

  it('finds the dashboard on a later sheet and remembers it', async () => {
    const { session, gateway } = await openPreview(await workbookBytes(notes, dashboard));
    const analysis = await gateway.check();
    expect(analysis.dashboard.sheet).toBe('TDB');
    expect(session.getSnapshot().picture?.grid.sheet).toBe('TDB');
    expect(session.dashboardPlace).toEqual({ sheet: 'TDB' });
  });

  it('refuses, writing nothing, to put the report over a dashboard sheet of the same name', async () => {
    const { session, gateway } = await openPreview(
      await workbookBytes({ ...dashboard, name: 'Contrôle 2020' }),
    );
    const before = contentOf(session);
    const error = await rejection(gateway.fill());
    expect(error.message).toMatch(
      /^Le tableau de bord est dans une feuille nommée «\u00a0Contrôle 2020\u00a0»/,
    );
    expect(contentOf(session)).toEqual(before);
    expect(await gateway.canUndo()).toBe(false);
  });

  it('says in French, without the file engine’s English, that a copy cannot be produced', async () => {
    const unstyled = withoutStyles(sampleBytes());
    const { session, gateway } = await openPreview(unstyled);
    const before = contentOf(session);
    for (const error of [await rejection(gateway.fill()), await rejection(gateway.rollover())]) {
      expect({ code: error.code, message: error.message }).toEqual({
        code: 'unexpected',
        message:
          'La copie de ce fichier n’a pas pu être produite\u00a0: le fichier n’a pas été modifié\u202f; ouvrez-le dans Excel, enregistrez-le de nouveau, puis réessayez.',
      });
    }
    expect(contentOf(session)).toEqual(before);
    const english = await openPreview(unstyled, 'en');
    expect((await rejection(english.gateway.fill())).message).toContain(
      '(the workbook has no styles part)',
    );
  });

  it('says why there is no dashboard, in French', async () => {
    const { gateway } = await openPreview(await workbookBytes(notes));
    const error = await rejection(gateway.check());
    expect(error.code).toBe('no_dashboard');
    expect(error.message).toMatch(/douze mois/);
  });

  it('recognises the table the agent selected when asked to look there', async () => {
    const { gateway } = await openPreview(await workbookBytes(notes, dashboard));
    const selection = { top: 1, left: 0, bottom: 23, right: 19 };
    const analysis = await gateway.check({ sheet: 'TDB', within: selection });
    expect(analysis.indicators).toHaveLength(20);
    // The place is remembered: the next check looks at the same block.
    await expect(gateway.check()).resolves.toMatchObject({ dashboard: { sheet: 'TDB' } });
  });

  it('clears the flags an earlier fill left in the file, recorded there, filled again or not', async () => {
    const original = await loadWorkbook(sampleBytes());
    const earlier = await openPreview();
    const { plan } = await earlier.gateway.fill();
    const filled = await earlier.session.save();
    const expectOwnFills = async (session: PreviewSession) => {
      const saved = await savedWorkbook(session);
      for (const flag of plan.flags) {
        const address = a1(flag.row, flag.col);
        expect([address, fillOf(saved, address)]).toEqual([address, fillOf(original, address)]);
      }
    };

    const reopened = await openPreview(filled);
    await reopened.gateway.clearFlags();
    await expectOwnFills(reopened.session);

    const refilled = await openPreview(filled);
    await refilled.gateway.fill();
    await refilled.gateway.clearFlags();
    await expectOwnFills(refilled.session);
  });

  it('gives a flagged cell its own fill back, and leaves the cells sharing its style alone', async () => {
    const workbook = new Workbook();
    const sheet = addSheet(workbook, dashboard);
    const own: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF92D050' } };
    // G22 (the missing January) and its label B22 share one green style, as a copied cell does.
    sheet.getCell('G22').style = { fill: own };
    sheet.getCell('B22').style = sheet.getCell('G22').style;
    const { session, gateway } = await openPreview(await saveWorkbook(workbook));

    await gateway.fill();
    let saved = await savedWorkbook(session);
    expect(fillOf(saved, 'G22', 'TDB')).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(fillOf(saved, 'B22', 'TDB')).toEqual(own);

    await gateway.clearFlags();
    saved = await savedWorkbook(session);
    expect(fillOf(saved, 'G22', 'TDB')).toEqual(own);
    expect(fillOf(saved, 'B22', 'TDB')).toEqual(own);
  });

  it('keeps the current workbook when another file cannot be opened', async () => {
    const { session } = await openPreview();
    const generation = session.getSnapshot().generation;
    await expect(
      session.open(new TextEncoder().encode('pas un classeur'), 'x.xlsx'),
    ).rejects.toMatchObject({
      code: 'not_a_workbook',
    });
    expect(session.getSnapshot().generation).toBe(generation);
    expect(session.getSnapshot().fileName).toBe('tableau-de-bord-2020-aix.xlsx');
  });

  it('starts afresh on a new workbook: no undo, no flags, first sheet shown', async () => {
    const { session, gateway } = await openPreview();
    await gateway.fill();
    await session.open(await workbookBytes(notes, dashboard), 'autre.xlsx');
    const snapshot = session.getSnapshot();
    expect(snapshot).toMatchObject({ generation: 2, fileName: 'autre.xlsx', modified: false });
    expect(snapshot.picture?.grid.sheet).toBe('Notes');
    expect(snapshot.notes.size).toBe(0);
    await expect(gateway.canUndo()).resolves.toBe(false);
  });
});

describe('preview gateway on a workbook with macros and a chart', () => {
  it('fills it, keeping every part it does not touch, and clears its flags exactly', async () => {
    const names = ['VBA project (.xlsm)', 'chart and chart sheet'];
    expect(names.every((name) => name in FEATURES)).toBe(true);
    const input = zip(withFeatures(unzip(sampleBytes()), names));
    const { session, gateway } = await openPreview(input, 'fr', 'tableau.xlsm');
    expect(session.macroEnabled).toBe(true);
    await gateway.fill();
    await gateway.clearFlags();
    const before = openPackage(input);
    const after = openPackage(await session.save());
    expect(after.macroEnabled).toBe(true);
    for (const path of ['xl/vbaProject.bin', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml']) {
      expect(
        Buffer.from(after.entry(path)?.local ?? []).equals(
          Buffer.from(before.entry(path)?.local ?? []),
        ),
      ).toBe(true);
    }
    const styles = (pkg: typeof before) =>
      pkg
        .scan(SAMPLE_SHEET)
        .cells.filter((cell) => cell.col >= 6 && cell.col <= 17)
        .map((cell) => cell.style);
    expect(styles(after)).toEqual(styles(before));
  });
});
