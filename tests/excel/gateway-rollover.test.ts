/** "Préparer 2021" through the fake Excel: one read, one write, the 2020 sheet untouched. */
import { analyse } from '../../src/core/analyse';
import { createGatewayOn } from '../../src/excel/gateway';
import { locateDashboard } from '../../src/excel/locate';
import { PAYLOAD_BUDGET } from '../../src/excel/payload';
import { REQUEST_BUDGET, rolloverPlanFor, writeRollover } from '../../src/excel/rollover-write';
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeOfficeError } from './fake/api';
import { differences, NO_FILL } from './fake/workbook';
import { failure, largeDashboard, notesGrid, SEED_SHEET, setup, syncsOf } from './helpers';

const NEXT = 'Tableau de bord 2021';
const NO_DATA_ROWS = [7, 8, 13, 14, 15, 17, 18, 19, 20, 22];
const MONTHS = 'GHIJKLMNOPQR'.split('');

describe('rollover of the seed dashboard in Excel', () => {
  it('copies the sheet beside itself in one read and one write, and shows it', async () => {
    const { book, host } = setup([seedGrid(), notesGrid('Notes')]);
    const gateway = createGatewayOn(host);
    const syncs = await syncsOf(host, () => gateway.rollover());
    expect(syncs).toBe(2);
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([SEED_SHEET, NEXT, 'Notes']);
    expect(book.writes.every((w) => w.sync === 2)).toBe(true);
    expect(book.writes[0].what).toBe('copySheet');
    expect(book.active).toBe(NEXT);
    expect(book.selection).toEqual({ sheet: NEXT, address: 'G5' });
  });

  it('writes 98,68 % as N-1 of "Taux d\'appels aboutis", "-" for the rows without data', async () => {
    const { book, host } = setup();
    const outcome = await createGatewayOn(host).rollover();
    expect(outcome.plan.newSheet).toBe(NEXT);
    expect(book.cell(NEXT, 'D5')).toMatchObject({ format: '0.00%', kind: 'number' });
    expect(book.cell(NEXT, 'D5').value).toBeCloseTo(0.986833, 6);
    expect(book.cell(NEXT, 'D5').text).toBe('98,68%');
    expect(book.cell(NEXT, 'E5').value).toBe('oui');
    expect(book.cell(NEXT, 'E6').value).toBe('non');
    for (const row of NO_DATA_ROWS) {
      expect(book.cell(NEXT, `D${row}`).value).toBe('-');
      expect(book.cell(NEXT, `E${row}`).value).toBe('-');
    }
    expect(book.cell(NEXT, 'G3').value).toBe('ANNEE 2021');
    expect(book.cell(NEXT, 'F5').value).toBe(0.9);
  });

  it('empties every month, comment and Moyenne of 2021, formats kept, and leaves 2020 as it was', async () => {
    const { book, host } = setup();
    const before = book.capture(SEED_SHEET);
    await createGatewayOn(host).rollover();
    for (let row = 5; row <= 24; row += 1)
      for (const col of [...MONTHS, 'S', 'T']) {
        const cell = book.cell(NEXT, `${col}${row}`);
        expect(cell.kind).toBe('empty');
        expect(cell.formula).toBeNull();
      }
    expect(book.cell(NEXT, 'G5').format).toBe('0.0%');
    expect(book.cell(NEXT, 'T6').format).toBe('0.00%');
    expect(differences(before, book.capture(SEED_SHEET))).toEqual([]);
    expect(book.mustSheet(NEXT).merges).toEqual(book.mustSheet(SEED_SHEET).merges);
  });

  it('previews the plan in one sync, writing nothing', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    let plan = null;
    const syncs = await syncsOf(host, async () => {
      plan = (await gateway.planRollover()).plan;
    });
    expect(syncs).toBe(1);
    expect(book.writes).toEqual([]);
    expect(plan).toMatchObject({ newSheet: NEXT, from: 2020, to: 2021 });
  });

  it("takes the add-in's flags off the copy: they do not become fills of 2021", async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    expect(book.cell(SEED_SHEET, 'G22').fill.pattern).toBe('Solid');
    await gateway.rollover();
    expect(book.cell(SEED_SHEET, 'G22').fill.pattern).toBe('Solid');
    expect(book.cell(NEXT, 'G22').fill).toEqual(NO_FILL);
    expect(book.cell(NEXT, 'N6').fill).toEqual(NO_FILL);
    // The fill's added column: its header moves to 2021, its cells are emptied.
    expect(book.cell(NEXT, 'U2').value).toBe('Atteinte objectif 2021');
    expect(book.cell(NEXT, 'U5').kind).toBe('empty');
    expect(book.cell(NEXT, 'D5').value).toBeCloseTo(0.986833, 6);
    expect(book.cell(NEXT, 'D5').format).toBe('0.0%');
  });

  it('writes a 2,000-row dashboard in one write after the reads a check takes, each under the payload budget', async () => {
    const { book, host } = setup([largeDashboard(2000)]);
    const reads = await syncsOf(host, () => createGatewayOn(host).check());
    const from = book.payloads.length;
    const syncs = await syncsOf(host, () => createGatewayOn(host).rollover());
    // The reads are banded by the 4 MB budget (design.md §8); the write is one request.
    expect(syncs).toBe(reads + 1);
    expect(
      book.payloads
        .slice(from)
        .every((p) => p.request <= PAYLOAD_BUDGET && p.response <= PAYLOAD_BUDGET),
    ).toBe(true);
    expect(book.cell(NEXT, 'R2004').kind).toBe('empty');
  });
});

describe('what rollover refuses in Excel', () => {
  it('refuses when the 2021 sheet exists, whatever its case, and writes nothing', async () => {
    const { book, host } = setup([seedGrid(), notesGrid('TABLEAU DE BORD 2021')]);
    const error = await failure(createGatewayOn(host).rollover());
    expect(error.message).toBe(
      'La feuille «\u00a0Tableau de bord 2021\u00a0» existe déjà dans ce classeur\u00a0: rien n’a été écrit. Renommez-la ou supprimez-la pour préparer 2021 à nouveau.',
    );
    expect(book.writes).toEqual([]);
    expect(book.sheets).toHaveLength(2);
  });

  it('explains, in French, that an Excel without Worksheet.copy cannot prepare the year', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn({
      ...host,
      isSetSupported: (name, version) => name === 'ExcelApi' && version !== '1.7',
    });
    const error = await failure(gateway.rollover());
    expect(error.code).toBe('unsupported_version');
    expect(error.message).toContain(
      'Cette version d’Excel ne sait pas copier une feuille (ExcelApi 1.7 nécessaire)',
    );
    expect(book.writes).toEqual([]);
  });

  it('refuses on a protected sheet or workbook before writing anything', async () => {
    const protectedSheet = setup();
    protectedSheet.book.mustSheet(SEED_SHEET).protected = true;
    expect((await failure(createGatewayOn(protectedSheet.host).rollover())).code).toBe(
      'protected_sheet',
    );
    expect(protectedSheet.book.writes).toEqual([]);
    const protectedBook = setup();
    protectedBook.book.structureProtected = true;
    expect((await failure(createGatewayOn(protectedBook.host).rollover())).code).toBe(
      'protected_sheet',
    );
    expect(protectedBook.book.sheets).toHaveLength(1);
  });

  it('takes the copy away when Excel refuses a write half-way', async () => {
    const { book, host } = setup();
    book.failOn = { what: 'values', error: new FakeOfficeError('GeneralException', 'Boom.') };
    const error = await failure(createGatewayOn(host).rollover());
    expect(error.code).toBe('unexpected');
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([SEED_SHEET]);
  });
});

describe('"Annuler" after a rollover in Excel', () => {
  it('removes the added sheet', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.rollover();
    await gateway.undoRollover();
    expect(book.sheets.map((sheet) => sheet.name)).toEqual([SEED_SHEET]);
    expect((await failure(gateway.undoRollover())).code).toBe('nothing_to_undo');
  });

  it('keeps the sheet once the agent has typed a month into it', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.rollover();
    await book.edit(NEXT, 'G5', 0.97, true);
    const error = await failure(gateway.undoRollover());
    expect(error.message).toContain('Des saisies ont été faites dans la feuille');
    expect(book.sheets).toHaveLength(2);
  });

  it('says there is nothing to remove once the agent deleted the sheet', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.rollover();
    book.sheets.splice(1, 1);
    expect((await failure(gateway.undoRollover())).code).toBe('nothing_to_undo');
  });
});

describe('the request budget of the rollover write', () => {
  async function rolledOver(budget: number) {
    const { book, host } = setup();
    const syncs = await syncsOf(host, () =>
      host.run(async (ctx) => {
        const located = await locateDashboard(
          ctx,
          host,
          {},
          {
            fills: false,
            reserved: 0,
            hint: null,
            known: new Map(),
            alongside: () => undefined,
            remembered: () => null,
          },
        );
        const analysis = analyse(located.snapshot.grid, located.dashboard, {
          today: host.today(),
        });
        await writeRollover(ctx, located, rolloverPlanFor(located, analysis, host), null, budget);
      }),
    );
    return { syncs, capture: book.capture(NEXT) };
  }

  it('splits the write into more syncs only when it outgrows the budget, with the same result', async () => {
    const whole = await rolledOver(REQUEST_BUDGET);
    const split = await rolledOver(1_000);
    expect(whole.syncs).toBe(2);
    expect(split.syncs).toBeGreaterThan(3);
    expect(differences(whole.capture, split.capture)).toEqual([]);
  });
});
