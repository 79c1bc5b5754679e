/** The fake is as strict as Office.js where the gateway could go wrong. */
import { seedGrid } from '../fixtures/seed-dashboard';
import type { XClientResult } from '../../src/excel/excel-api';
import { FakeOfficeError } from './fake/api';
import { FakeSettings, fakeHost } from './fake/host';
import { SEED_SHEET, setup } from './helpers';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof FakeOfficeError ? error.code : String(error);
}

describe('the strict fake of Excel', () => {
  it('refuses to read a property that was not loaded, or before the sync', async () => {
    const { host } = setup();
    // The reads below break Office.js's rules on purpose: the fake must refuse them.
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    await host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem(SEED_SHEET).getRange('A1:B2');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values[0][0]).toBe(seedGrid().cells[0][0].value);
      expect(() => range.text).toThrow(/not available/);
    });
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
  });

  it('counts every sync and runs the calls only then', async () => {
    const { book, host } = setup();
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SEED_SHEET).getRange('T5').values = [[1]];
      expect(book.cell(SEED_SHEET, 'T5').value).not.toBe(1);
      await ctx.sync();
      await ctx.sync();
    });
    expect(book.cell(SEED_SHEET, 'T5').value).toBe(1);
    expect(host.counter.syncs).toBe(2);
  });

  it('fails the sync on a missing sheet, and on a 2-D array of the wrong size', async () => {
    const { host } = setup();
    expect(
      await codeOf(
        host.run(async (ctx) => {
          ctx.workbook.worksheets.getItem('Nope').load('name');
          await ctx.sync();
        }),
      ),
    ).toBe('ItemNotFound');
    expect(
      await codeOf(
        host.run(async (ctx) => {
          ctx.workbook.worksheets.getItem(SEED_SHEET).getRange('T5:T6').values = [[1]];
          await ctx.sync();
        }),
      ),
    ).toBe('InvalidArgument');
  });

  it('applies the calls before a refused write, as Excel does', async () => {
    const { book, host } = setup([seedGrid(), { ...seedGrid(), sheet: 'Protégée' }]);
    book.mustSheet('Protégée').protected = true;
    const code = await codeOf(
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(SEED_SHEET).getRange('T5').values = [[1]];
        ctx.workbook.worksheets.getItem('Protégée').getRange('T5').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(book.cell(SEED_SHEET, 'T5').value).toBe(1);
    expect(book.cell('Protégée', 'T5').value).not.toBe(1);
  });

  it('answers a merged-areas call only from ExcelApi 1.13', async () => {
    const { host } = setup([seedGrid()], { excelApi: '1.12' });
    expect(
      await codeOf(
        host.run(async (ctx) => {
          ctx.workbook.worksheets
            .getItem(SEED_SHEET)
            .getUsedRange(true)
            .getMergedAreasOrNullObject()
            .load('address');
          await ctx.sync();
        }),
      ),
    ).toBe('ApiNotFound');
  });
});

/** A ClientResult's value once synced (read through a function, as the gateway does). */
function valueOf<T>(result: XClientResult<T>): T {
  return result.value;
}

describe('the strict fake’s custom XML parts and payloads', () => {
  const NS = 'urn:test:records';

  it('finds a part by namespace, gives null for none or for two, and is shared by every host', async () => {
    const { book, host } = setup();
    await host.run(async (ctx) => {
      const missing = ctx.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      missing.load('id');
      const xml = missing.getXml();
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(valueOf(xml)).toBeNull();
      ctx.workbook.customXmlParts.add(`<r xmlns="${NS}">1</r>`);
      await ctx.sync();
    });
    const other = fakeHost(book, { settings: new FakeSettings() });
    await other.run(async (ctx) => {
      const part = ctx.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      part.load('id');
      const content = part.getXml();
      await ctx.sync();
      expect(valueOf(content)).toBe(`<r xmlns="${NS}">1</r>`);
      part.setXml(`<r xmlns="${NS}">2</r>`);
      ctx.workbook.customXmlParts.add(`<r xmlns="${NS}">3</r>`);
      await ctx.sync();
      const two = ctx.workbook.customXmlParts.getByNamespace(NS).getOnlyItemOrNullObject();
      two.load('id');
      await ctx.sync();
      expect(two.isNullObject).toBe(true);
    });
    expect(book.xmlParts.map((part) => part.xml)).toEqual([
      `<r xmlns="${NS}">2</r>`,
      `<r xmlns="${NS}">3</r>`,
    ]);
  });

  it('measures what each sync sends and brings back', async () => {
    const { book, host } = setup();
    await host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem(SEED_SHEET);
      sheet.getRange('T5:T6').values = [['a'.repeat(1000)], [1]];
      await ctx.sync();
      sheet.getRange('A1:T24').load('values');
      await ctx.sync();
    });
    const [write, read] = book.payloads;
    expect(write.request).toBeGreaterThan(1000);
    expect(write.response).toBe(0);
    expect(read.response).toBeGreaterThan(1000);
  });

  it('gives a null object for an intersection that does not overlap', async () => {
    const { host } = setup();
    await host.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(SEED_SHEET).getUsedRange(true);
      const inside = used.getIntersectionOrNullObject('A1:B2').load('address');
      const outside = used.getIntersectionOrNullObject('AA100:AB200').load('address');
      await ctx.sync();
      expect(inside.isNullObject).toBe(false);
      expect(inside.address).toMatch(/A1:B2$/);
      expect(outside.isNullObject).toBe(true);
    });
  });

  it('answers without payload limits as desktop Excel does', async () => {
    const { host } = setup([seedGrid()], { payloadLimits: false });
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SEED_SHEET).getRange('A1').values = [['x'.repeat(6e6)]];
      await ctx.sync();
    });
  });
});
