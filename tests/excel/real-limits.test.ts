/**
 * The limits of real Excel, through the strict fake: Excel on the web's 5 MB payloads, merged
 * areas above 512, used ranges above 5 million cells, multi-area and whole-column selections,
 * a second runtime (the ribbon's) writing, records that move with the workbook, rounded numbers.
 * Check, fill, undo and clear run on dashboards of 20, 600, 2,000 and 10,000 rows, with every
 * sync's payload measured against the 4 MB budget.
 */
import { parseRangeA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { FLAG_COLORS } from '../../src/core/plan';
import type { XRange } from '../../src/excel/excel-api';
import { createGatewayOn } from '../../src/excel/gateway';
import { PAYLOAD_BUDGET } from '../../src/excel/payload';
import { STATE_KEYS } from '../../src/excel/state';
import { seedGrid } from '../fixtures/seed-dashboard';
import { buildGrid } from '../helpers/grid';
import { FakeOfficeError } from './fake/api';
import { FakeSettings, fakeHost } from './fake/host';
import type { FakeWorkbook, Payload } from './fake/workbook';
import { NO_FILL, differences } from './fake/workbook';
import { failure, largeDashboard, SEED_SHEET, setup, syncsOf } from './helpers';

function withinBudget(payloads: readonly Payload[]): boolean {
  return payloads.every((p) => p.request <= PAYLOAD_BUDGET && p.response <= PAYLOAD_BUDGET);
}

/** Syncs and the largest request and response of one operation. */
async function measured(book: FakeWorkbook, operation: () => Promise<unknown>) {
  const from = book.payloads.length;
  await operation();
  const payloads = book.payloads.slice(from);
  return {
    syncs: payloads.length,
    request: Math.max(0, ...payloads.map((p) => p.request)),
    response: Math.max(0, ...payloads.map((p) => p.response)),
    payloads,
  };
}

describe.each([
  [20, 1, 2],
  [600, 1, 2],
  [2000, 1, 6],
  [10000, 5, 30],
])('a dashboard of %i rows', (rows, checkSyncs, fillSyncs) => {
  it('is checked, filled, undone and cleared within the payload budget, in few syncs', async () => {
    const { book, host } = setup([largeDashboard(rows)]);
    const gateway = createGatewayOn(host);
    const before = book.capture();

    const check = await measured(book, () => gateway.check());
    expect(check.syncs).toBeLessThanOrEqual(checkSyncs);
    expect(withinBudget(check.payloads)).toBe(true);

    const fill = await measured(book, () => gateway.fill());
    expect(fill.syncs).toBeLessThanOrEqual(fillSyncs);
    expect(withinBudget(fill.payloads)).toBe(true);

    const undo = await measured(book, () => gateway.undoLastFill());
    expect(
      undo.payloads.filter((p) => p.request > PAYLOAD_BUDGET || p.response > PAYLOAD_BUDGET),
    ).toEqual([]);
    expect(differences(before, book.capture())).toEqual([]);

    await gateway.fill();
    const clear = await measured(book, () => gateway.clearFlags());
    expect(withinBudget(clear.payloads)).toBe(true);
    const sheet = book.mustSheet('Tableau de bord 2020');
    expect([...sheet.cells.values()].every((cell) => cell.fill.pattern === 'None')).toBe(true);
  }, 120_000);
});

describe('Excel on the web’s payload limits, as the fake models them', () => {
  it('refuses a request over 5 MB before running it, and a response over 5 MB', async () => {
    const { book, host } = setup([largeDashboard(10000)]);
    const request = await host
      .run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem('Tableau de bord 2020');
        sheet.getRangeByIndexes(0, 30, 200_000, 1).values = Array.from({ length: 200_000 }, () => [
          'une valeur assez longue',
        ]);
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((request as FakeOfficeError).code).toBe('RequestPayloadSizeLimitExceeded');
    expect(book.writes).toEqual([]);
    const response = await host
      .run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('Tableau de bord 2020')
          .getUsedRange(true)
          .load('values,text,formulas,numberFormat,valueTypes');
        await ctx.sync();
      })
      .catch((e: unknown) => e);
    expect((response as FakeOfficeError).code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('explains a payload refusal in French', async () => {
    const { book, host } = setup();
    book.failOn = {
      what: 'values',
      error: new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'too large'),
    };
    const error = await failure(createGatewayOn(host).fill());
    expect(error.message).toMatch(/trop volumineux.*5 Mo/);
  });
});

/** A dashboard whose every indicator label is merged over two columns: one area per row. */
function mergedRows(count: number): Grid {
  const grid = largeDashboard(count);
  const merges = [
    ...grid.merges,
    ...Array.from({ length: count }, (_, i) => ({ top: 4 + i, bottom: 4 + i, left: 0, right: 0 })),
  ].filter((m) => m.right > m.left || m.bottom > m.top);
  // Column A holds the section; merge it with nothing else changing: A(row) spans rows in pairs.
  const pairs = Array.from({ length: Math.floor(count / 2) }, (_, i) => ({
    top: 4 + 2 * i,
    bottom: 5 + 2 * i,
    left: 0,
    right: 0,
  }));
  return { ...grid, merges: [...merges, ...pairs] };
}

describe('merged areas above 512', () => {
  it('fail one call in the fake, and the gateway reads them in bands without failing', async () => {
    const { host } = setup([mergedRows(1400)]);
    const code = await host
      .run(async (ctx) => {
        ctx.workbook.worksheets
          .getItem('Tableau de bord 2020')
          .getUsedRange(true)
          .getMergedAreasOrNullObject()
          .load('address');
        await ctx.sync();
      })
      .catch((e: unknown) => (e as FakeOfficeError).code);
    expect(code).toBe('GeneralException');
    const analysis = await createGatewayOn(host).check();
    expect(analysis.indicators.length).toBeGreaterThan(1000);
  });
});

describe('a used range above 5 million cells', () => {
  it('gives null values in the fake, and the gateway reads the dashboard it holds', async () => {
    const grid = seedGrid();
    const { book, host } = setup([grid]);
    // A stray value far down and right: the used range is 100,000 × 61 cells.
    book.mustSheet(SEED_SHEET).update(99_999, 60, { value: 'x', text: 'x', kind: 'text' });
    const nulls = await host.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(SEED_SHEET).getUsedRange(true).load('values');
      await ctx.sync();
      return used.values;
    });
    expect(nulls).toBeNull();
    const analysis = await createGatewayOn(host).check();
    expect(analysis.indicators).toHaveLength(20);
    expect(withinBudget(book.payloads)).toBe(true);
  });
});

describe('selections', () => {
  it('throw on getSelectedRange with several areas; the gateway spans them', async () => {
    const { book, host } = setup();
    book.selection = { sheet: SEED_SHEET, address: 'A2:T3,A5:T24' };
    const code = await host
      .run(async (ctx) => {
        const workbook = ctx.workbook as unknown as { getSelectedRange(): XRange };
        workbook.getSelectedRange().load('address');
        await ctx.sync();
      })
      .catch((e: unknown) => (e as FakeOfficeError).code);
    expect(code).toBe('InvalidSelection');
    expect(await createGatewayOn(host).getSelection()).toEqual({
      sheet: SEED_SHEET,
      range: { top: 1, left: 0, bottom: 23, right: 19 },
    });
  });

  it('cut whole columns and whole rows to the used range', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    book.selection = { sheet: SEED_SHEET, address: 'A:T' };
    const used = book.mustSheet(SEED_SHEET).usedRange(true);
    expect((await gateway.getSelection()).range).toEqual({
      top: used.top,
      bottom: used.bottom,
      left: 0,
      right: 19,
    });
    book.selection = { sheet: SEED_SHEET, address: '2:24' };
    expect((await gateway.getSelection()).range).toEqual({
      top: 1,
      bottom: 23,
      left: used.left,
      right: used.right,
    });
  });
});

describe('recalculation', () => {
  it('leaves formulas stale under suspended calculation in the fake, until calculate', async () => {
    const { book, host } = setup();
    await host.run(async (ctx) => {
      const fake = ctx as unknown as {
        application: {
          suspendApiCalculationUntilNextSync(): void;
          calculate(type: 'Recalculate'): void;
        };
      };
      fake.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem(SEED_SHEET).getRange('T5').values = [[1]];
      await ctx.sync();
      expect(book.staleFormulas).toBe(true);
      fake.application.calculate('Recalculate');
      await ctx.sync();
    });
    expect(book.staleFormulas).toBe(false);
  });

  it('the gateway never leaves a formula stale', async () => {
    const { book, host } = setup();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    await gateway.undoLastFill();
    expect(book.staleFormulas).toBe(false);
  });
});

describe('the ribbon’s fill, in another runtime', () => {
  it('makes the open task pane check again, though Excel says ThisLocalAddin', async () => {
    const { book, host } = setup();
    const pane = createGatewayOn(host);
    await pane.check();
    const listener = jest.fn();
    await pane.onDashboardChanged(listener);
    await pane.fill();
    expect(listener).not.toHaveBeenCalled();
    host.clock += 60_000;
    const ribbon = createGatewayOn(fakeHost(book, { settings: host.settings.reopened() }));
    await ribbon.fill();
    expect(listener).toHaveBeenCalled();
  });
});

describe('records that belong to the workbook', () => {
  it('survive a change of add-in identity: undo and exact flag removal still work', async () => {
    const { book, host } = setup();
    const sheet = book.mustSheet(SEED_SHEET);
    sheet.update(5, 13, { fill: { color: '#C6EFCE', pattern: 'Solid' } }); // N6, the agent's green
    const before = book.capture();
    await createGatewayOn(host).fill();
    // Another deployment of the add-in: its own, empty document settings.
    const other = createGatewayOn(fakeHost(book, { settings: new FakeSettings() }));
    expect(await other.canUndo()).toBe(true);
    await other.undoLastFill();
    expect(differences(before, book.capture())).toEqual([]);
    await createGatewayOn(host).fill();
    await other.clearFlags();
    expect(book.cell(SEED_SHEET, 'N6').fill).toMatchObject({ color: '#C6EFCE' });
    expect(book.cell(SEED_SHEET, 'G22').fill).toMatchObject(NO_FILL);
  });

  it('are moved out of the document settings an earlier version used', async () => {
    const { book, host } = setup();
    const before = book.capture();
    await createGatewayOn(host).fill();
    // The same fill as an earlier version kept it: records in the settings, none in the workbook.
    const settings = new FakeSettings();
    const records = await host.run(async (ctx) => {
      const parts = ['flags', 'undo'].map((kind) =>
        ctx.workbook.customXmlParts
          .getByNamespace(`urn:qualepref-controle:records:${kind}`)
          .getOnlyItemOrNullObject(),
      );
      const xml = parts.map((part) => part.getXml());
      await ctx.sync();
      return xml.map((x) => x.value);
    });
    const stored = records.map(
      (xml) =>
        JSON.parse(
          xml
            .replace(/^[^>]*>/, '')
            .replace(/<\/record>$/, '')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&amp;/g, '&'),
        ) as unknown,
    );
    settings.set(STATE_KEYS.flags, stored[0]);
    settings.set(STATE_KEYS.undo, stored[1]);
    await settings.save();
    book.xmlParts.splice(0, book.xmlParts.length);
    const legacy = createGatewayOn(fakeHost(book, { settings }));
    expect(await legacy.canUndo()).toBe(true);
    await legacy.undoLastFill();
    expect(differences(before, book.capture())).toEqual([]);
    expect(settings.document.has(STATE_KEYS.undo)).toBe(false);
  });

  it('refuse, writing nothing, a fill whose record is over its budget', async () => {
    // Every Moyenne cell holds a long note the undo record would have to keep.
    const grid = largeDashboard(8000);
    const note = 'Moyenne à revoir avec le référent qualité. '.repeat(7);
    const cells = grid.cells.map((row, r) =>
      r < 4
        ? row
        : row.map((c, i) =>
            i === 19 ? { ...c, value: note, text: note, formula: null, kind: 'text' as const } : c,
          ),
    );
    const { book, host } = setup([{ ...grid, cells }]);
    const before = book.writes.length;
    const error = await failure(createGatewayOn(host).fill());
    expect(error.message).toMatch(/trop grand/);
    expect(book.writes).toHaveLength(before);
    expect(book.xmlParts).toEqual([]);
  }, 120_000);

  it('take a flag colour without a record for a flag: cleared, never kept as the cell’s own', async () => {
    const { book, host } = setup();
    const sheet = book.mustSheet(SEED_SHEET);
    // A flag whose record was lost: G5 shows exactly the error colour, and no record knows it.
    sheet.update(4, 6, { fill: { color: FLAG_COLORS.error, pattern: 'Solid' } });
    const gateway = createGatewayOn(host);
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'G5').fill).toMatchObject(NO_FILL);
    sheet.update(21, 6, { fill: { color: FLAG_COLORS.warning, pattern: 'Solid' } }); // G22, flagged
    await gateway.fill();
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'G22').fill).toMatchObject(NO_FILL);
  });
});

describe('undo and numbers Excel gives back rounded', () => {
  it('still undoes when a written average reads back to 15 digits', async () => {
    const { book, host } = setup();
    const before = book.capture();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    const t5 = book.cell(SEED_SHEET, 'T5');
    const place = parseRangeA1('T5');
    if (!place || typeof t5.value !== 'number') throw new Error('T5 not written');
    book
      .mustSheet(SEED_SHEET)
      .update(place.top, place.left, { value: Number(t5.value.toPrecision(15)) });
    expect(await syncsOf(host, () => gateway.undoLastFill())).toBeGreaterThan(0);
    expect(differences(before, book.capture())).toEqual([]);
  });
});

describe('a dashboard on a sheet without the 2,000-row case’s shape', () => {
  it('is read even when it lies right of the first window', async () => {
    const wide = buildGrid([['x']], { sheet: 'Vide' });
    const { host } = setup([wide, largeDashboard(30)], { active: 'Tableau de bord 2020' });
    const analysis = await createGatewayOn(host).check();
    expect(analysis.indicators).toHaveLength(30);
  });
});
