/** Worksheet.copy and renaming in the strict fake behave as Excel's. */
import { FakeOfficeError } from './fake/api';
import { differences } from './fake/workbook';
import { notesGrid, SEED_SHEET, setup } from './helpers';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof FakeOfficeError ? error.code : String(error);
}

describe('Worksheet.copy in the fake', () => {
  it('copies every cell, merge and width after the sheet asked for, named "<name> (2)"', async () => {
    const { book, host } = setup([notesGrid('Notes'), notesGrid('Avant')], {});
    book.mustSheet('Notes').columnWidths.set(0, 120);
    await host.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem('Notes');
      const copy = notes.copy('After', notes).load('name');
      await ctx.sync();
      expect(copy.name).toBe('Notes (2)');
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['Notes', 'Notes (2)', 'Avant']);
    const copied = new Map(
      [...book.capture('Notes (2)')].map(([key, value]) => [key.replace(' (2)', ''), value]),
    );
    expect(differences(book.capture('Notes'), copied)).toEqual([]);
  });

  it('places copies at the beginning, the end or before a sheet', async () => {
    const { book, host } = setup([notesGrid('A'), notesGrid('B')]);
    await host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.getItem('B').copy('Beginning');
      sheets.getItem('A').copy('End');
      sheets.getItem('B').copy('Before', sheets.getItem('A'));
      await ctx.sync();
    });
    expect(book.sheets.map((s) => s.name)).toEqual(['B (2)', 'B (3)', 'A', 'B', 'A (2)']);
  });

  it('renames, refusing a name taken (whatever its case) or one Excel forbids', async () => {
    const { book, host } = setup([notesGrid('A'), notesGrid('B')]);
    const rename = (to: string) =>
      host.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').name = to;
        await ctx.sync();
      });
    expect(await codeOf(rename('b'))).toBe('ItemAlreadyExists');
    expect(await codeOf(rename('Bilan: 2021'))).toBe('InvalidArgument');
    expect(await codeOf(rename('x'.repeat(32)))).toBe('InvalidArgument');
    await rename('Tableau de bord 2021');
    expect(book.sheets.map((s) => s.name)).toEqual(['Tableau de bord 2021', 'B']);
  });

  it('refuses to copy in a protected workbook', async () => {
    const { book, host } = setup();
    book.structureProtected = true;
    const code = await codeOf(
      host.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem(SEED_SHEET);
        sheet.copy('After', sheet);
        await ctx.sync();
      }),
    );
    expect(code).toBe('AccessDenied');
    expect(book.sheets).toHaveLength(1);
  });
});
