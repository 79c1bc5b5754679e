/** "Calculer les moyennes" through the fake Excel: one read, one write, nothing else touched. */
import { a1 } from '../../src/core/address';
import { cellAt } from '../../src/core/grid';
import { FLAG_COLORS } from '../../src/core/plan';
import { createGatewayOn } from '../../src/excel/gateway';
import { PAYLOAD_BUDGET } from '../../src/excel/payload';
import type { FillOutcome } from '../../src/gateway/types';
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeOfficeError } from './fake/api';
import { differences } from './fake/workbook';
import { failure, largeDashboard, SEED_SHEET, setup, syncsOf } from './helpers';
import { plainFlag } from '../helpers/flags';

const REPORT = 'Contrôle 2020';

describe('fill on the seed dashboard', () => {
  it('reads in one sync and writes everything in one more', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    const syncs = await syncsOf(host, () => gateway.fill());
    expect(syncs).toBe(2);
    expect(book.writes.every((w) => w.sync === 2)).toBe(true);
    // The way back is written first, and calculation is never suspended: nothing stays stale.
    expect(book.writes[0].what).toBe('addXmlPart');
    expect(book.writes.some((w) => w.what === 'suspendCalculation')).toBe(false);
    expect(book.staleFormulas).toBe(false);
  });

  it('writes each Moyenne as a value with its unit format, and the atteinte objectif column', async () => {
    const { book, host } = setup();
    await createGatewayOn(host).fill();
    const t5 = book.cell(SEED_SHEET, 'T5');
    expect(t5.formula).toBeNull();
    expect(t5.value).toBeCloseTo(0.986833, 5);
    expect(t5.format).toBe('0.0%');
    expect(book.cell(SEED_SHEET, 'T10')).toMatchObject({ value: 2.36, format: '0.0 "j"' });
    expect(book.cell(SEED_SHEET, 'T12')).toMatchObject({ value: 6, format: '0.0 "j"' });
    expect(book.cell(SEED_SHEET, 'T13')).toMatchObject({ value: 'Pas de données', kind: 'text' });
    expect(book.cell(SEED_SHEET, 'U2').value).toBe('Atteinte objectif 2020');
    expect(book.cell(SEED_SHEET, 'U5').value).toBe('oui');
    expect(book.cell(SEED_SHEET, 'U6').value).toBe('non');
    expect(book.cell(SEED_SHEET, 'U21').value).toBe('sans objectif');
    expect(book.cell(SEED_SHEET, 'U22').value).toBe('non évaluable');
  });

  it('flags the months with findings in the colour of their worst severity', async () => {
    const { book, host } = setup();
    await createGatewayOn(host).fill();
    expect(book.cell(SEED_SHEET, 'G22').fill).toMatchObject({
      color: FLAG_COLORS.error,
      pattern: 'Solid',
    });
    expect(book.cell(SEED_SHEET, 'N6').fill).toMatchObject({ color: FLAG_COLORS.warning });
    expect(book.cell(SEED_SHEET, 'I7').fill).toMatchObject({ color: FLAG_COLORS.info });
    expect(book.cell(SEED_SHEET, 'G5').fill.pattern).toBe('None');
  });

  it('writes the report sheet: rows, bold titles, widths, links to the cells', async () => {
    const { book, host } = setup();
    const { plan } = await createGatewayOn(host).fill();
    const report = book.mustSheet(REPORT);
    plan.report.rows.forEach((row, r) =>
      row.forEach((value, c) => expect(report.get(r, c).value).toBe(value === '' ? null : value)),
    );
    expect(report.get(0, 0).bold).toBe(true);
    expect(report.get(1, 0).bold).toBe(false);
    expect(report.columnWidths.size).toBe(plan.report.columnWidths.length);
    const link = plan.report.links[0];
    expect(report.get(link.row, link.col).hyperlink).toEqual({
      documentReference: `'${SEED_SHEET}'!${link.target}`,
      textToDisplay: link.target,
      screenTip: link.target,
    });
    // A cell address stays text ("@"), never read as anything else.
    expect(report.get(link.row, link.col).format).toBe('@');
  });

  it('changes no other cell of the dashboard', async () => {
    const { book, host } = setup();
    const before = book.grid(SEED_SHEET);
    const { plan } = await createGatewayOn(host).fill();
    const after = book.grid(SEED_SHEET);
    const planned = new Set(plan.writes.map((w) => a1(w.row, w.col)));
    const changed: string[] = [];
    for (let r = 0; r < after.rowCount; r += 1)
      for (let c = 0; c < after.colCount; c += 1)
        if (JSON.stringify(cellAt(before, r, c)) !== JSON.stringify(cellAt(after, r, c)))
          changed.push(a1(r, c));
    expect(changed.filter((cell) => !planned.has(cell))).toEqual([]);
    const flagged = new Set(plan.flags.map((f) => a1(f.row, f.col)));
    const sheet = book.mustSheet(SEED_SHEET);
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      if (!flagged.has(a1(r, c))) expect(cell.fill.pattern).toBe('None');
    }
  });

  it('gives the same workbook when run twice', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    const first: FillOutcome = await gateway.fill();
    const once = book.capture();
    const second = await gateway.fill();
    expect(differences(once, book.capture())).toEqual([]);
    // As written: row, column, kind, colour and note (a flag also keeps what its note is from).
    expect(second.plan.flags.map(plainFlag)).toEqual(first.plan.flags.map(plainFlag));
    expect(second.plan.report).toEqual(first.plan.report);
  });

  it('puts an added column after a hidden one, not over it', async () => {
    const grid = { ...seedGrid(), hiddenColumns: [20] };
    const { book, host } = setup([grid]);
    await createGatewayOn(host).fill();
    expect(book.cell(SEED_SHEET, 'U2').value).toBeNull();
    expect(book.cell(SEED_SHEET, 'V2').value).toBe('Atteinte objectif 2020');
  });

  it('replaces the report sheet of a previous run', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    book
      .mustSheet(REPORT)
      .update(40, 0, { value: 'note du référent', text: 'note du référent', kind: 'text' });
    await gateway.fill();
    expect(book.sheets.filter((s) => s.name === REPORT)).toHaveLength(1);
    expect(book.mustSheet(REPORT).get(40, 0).value).not.toBe('note du référent');
  });
});

describe('fill on a 2,000-row dashboard', () => {
  it('stays within the payload budget, with a number of calls that does not grow with rows', async () => {
    const { book, host } = setup([largeDashboard(2000)]);
    const gateway = createGatewayOn(host);
    const syncs = await syncsOf(host, () => gateway.fill());
    // Read and write in as few syncs as 4 MB each allows, never a sync per row.
    expect(syncs).toBeLessThanOrEqual(6);
    expect(
      book.payloads.every((p) => p.request <= PAYLOAD_BUDGET && p.response <= PAYLOAD_BUDGET),
    ).toBe(true);
    const calls = book.writes.map((w) => w.what);
    expect(calls.filter((what) => what === 'values').length).toBeLessThanOrEqual(12);
    expect(calls.filter((what) => what === 'numberFormat').length).toBeLessThanOrEqual(12);
    expect(calls.filter((what) => what === 'cellProperties').length).toBeLessThanOrEqual(12);
    expect(calls.length).toBeLessThan(60);
  });
});

describe('a workbook that refuses the write', () => {
  it('writes nothing on a protected sheet, and says what to do', async () => {
    const { book, host } = setup();
    book.mustSheet(SEED_SHEET).protected = true;
    const before = book.capture();
    const error = await failure(createGatewayOn(host).fill());
    expect(error.code).toBe('protected_sheet');
    expect(error.message).toContain(`«\u00a0${SEED_SHEET}\u00a0» est protégée`);
    expect(book.writes).toEqual([]);
    expect(differences(before, book.capture())).toEqual([]);
    expect(book.xmlParts).toEqual([]);
  });

  it('writes nothing when the workbook structure is protected', async () => {
    const { book, host } = setup();
    book.structureProtected = true;
    const error = await failure(createGatewayOn(host).fill());
    expect(error.code).toBe('protected_sheet');
    expect(error.message).toMatch(/structure du classeur/);
    expect(book.writes).toEqual([]);
  });

  it('writes nothing while a cell is being edited', async () => {
    const { book, host } = setup();
    book.cellEditMode = true;
    const before = book.capture();
    expect((await failure(createGatewayOn(host).fill())).code).toBe('cell_editing');
    expect(differences(before, book.capture())).toEqual([]);
  });

  it('writes nothing when the way back cannot be saved', async () => {
    const { book, host } = setup();
    book.failOn = { what: 'addXmlPart', error: new FakeOfficeError('GeneralException', 'Refusé.') };
    const before = book.capture();
    const error = await failure(createGatewayOn(host).fill());
    expect(error.message).toMatch(/erreur interne/);
    expect(differences(before, book.capture())).toEqual([]);
  });

  it('refuses when the dashboard sheet bears the report sheet’s name', async () => {
    const { book, host } = setup([{ ...seedGrid(), sheet: REPORT }]);
    const error = await failure(createGatewayOn(host).fill());
    expect(error.message).toContain(`«\u00a0${REPORT}\u00a0»`);
    expect(book.writes).toEqual([]);
  });

  it('gives back what a batch refused half-way had already written', async () => {
    const { book, host } = setup();
    const before = book.capture();
    // Excel refuses the report sheet after the dashboard cells and flags were written.
    book.failOn = { what: 'addSheet', error: new FakeOfficeError('GeneralException', 'Refusé.') };
    const error = await failure(createGatewayOn(host).fill());
    expect(error.code).toBe('unexpected');
    expect(error.message).toMatch(/erreur interne/);
    expect(differences(before, book.capture())).toEqual([]);
    // The records are as they were: none.
    expect(book.xmlParts.filter((part) => part.namespace.endsWith(':undo'))).toEqual([]);
  });
});
