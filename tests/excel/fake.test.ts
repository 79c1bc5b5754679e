/** The fake is as strict as Office.js where the gateway could go wrong. */
import { seedGrid } from '../fixtures/seed-dashboard';
import { FakeOfficeError } from './fake/api';
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
