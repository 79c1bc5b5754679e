/**
 * The file rollover on real workbooks: the seed's 2020 sheet copied to "Tableau de bord 2021",
 * read back by ExcelJS as an independent oracle, and the 2020 sheet's part left byte for byte.
 */
import { strFromU8, unzipSync } from 'fflate';
import { Workbook } from 'exceljs';
import { findDashboard } from '../../src/core/recognise';
import { analyse } from '../../src/core/analyse';
import { planRollover } from '../../src/core/rollover';
import type { RolloverPlan } from '../../src/core/rollover-types';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook, saveWorkbook } from '../oracle/exceljs-io';
import { cellStyles } from '../helpers/shown-styles';
import { openPackage } from '../../src/xlsx/package';
import { writeRolloverFile } from '../../src/xlsx/rollover-write';
import { WorkbookError } from '../../src/xlsx/workbook-error';
import { seedSheet, workbookBytes } from '../fixtures/variants/files';
import { addSheet } from '../fixtures/variants/build-workbook';
import { fillWorkbook } from '../helpers/fill';

async function planOf(bytes: Uint8Array): Promise<RolloverPlan> {
  const grids = workbookToGrids(await loadWorkbook(bytes));
  const found = findDashboard(grids);
  if (!('dashboard' in found)) throw new Error(found.error);
  const analysis = analyse(found.grid, found.dashboard, {
    today: { year: 2026, month: 11 },
  });
  const result = planRollover(found.grid, analysis);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

/** The seed workbook with a notes sheet after it, a validation and a conditional format. */
async function seedWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = addSheet(workbook, seedSheet());
  for (let row = 5; row <= 24; row += 1)
    for (let col = 7; col <= 18; col += 1)
      sheet.getCell(row, col).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: ['"-,COVID,Fermés,NC"'],
      };
  sheet.addConditionalFormatting({
    ref: 'G5:R24',
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: ['0.9'],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4, activeCell: 'C5' }];
  sheet.pageSetup.printArea = 'A1:T24';
  addSheet(workbook, { name: 'Notes', rows: [['Réunion CLU']] });
  return saveWorkbook(workbook);
}

describe('rollover of the seed workbook into a file', () => {
  let input: Uint8Array;
  let plan: RolloverPlan;
  let output: Uint8Array;
  let book: Workbook;

  beforeAll(async () => {
    input = await seedWorkbook();
    plan = await planOf(input);
    output = writeRolloverFile(openPackage(input), plan).bytes;
    book = await loadWorkbook(output);
  });

  it('adds "Tableau de bord 2021" right after the 2020 sheet', () => {
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tableau de bord 2020',
      'Tableau de bord 2021',
      'Notes',
    ]);
  });

  it('writes the N-1 columns: 98,68 % for "Taux d\'appels aboutis", "-" without data', () => {
    const sheet = book.getWorksheet('Tableau de bord 2021');
    const d5 = sheet?.getCell('D5');
    expect(d5?.value).toBeCloseTo(0.986833, 6);
    expect(d5?.numFmt).toBe('0.00%');
    expect(sheet?.getCell('E5').value).toBe('oui');
    for (const row of [7, 8, 13, 14, 15, 17, 18, 19, 20, 22]) {
      expect(sheet?.getCell(`D${row}`).value).toBe('-');
      expect(sheet?.getCell(`E${row}`).value).toBe('-');
    }
    expect(sheet?.getCell('D10').value).toBe(2.36);
    expect(sheet?.getCell('D10').numFmt).toBe('0.0 "j"');
  });

  it('empties every month, comment and Moyenne of 2021, keeping their formats', () => {
    const sheet = book.getWorksheet('Tableau de bord 2021');
    for (let row = 5; row <= 24; row += 1)
      for (let col = 7; col <= 20; col += 1) expect(sheet?.getCell(row, col).value).toBeNull();
    expect(sheet?.getCell('G5').numFmt).toBe('0.0%');
    expect(sheet?.getCell('T6').numFmt).toBe('0.00%');
  });

  it('keeps headers, objectives, merges, widths, validations, conditional formats and views', () => {
    const before = book.getWorksheet('Tableau de bord 2020');
    const after = book.getWorksheet('Tableau de bord 2021');
    expect(after?.getCell('G3').value).toBe('ANNEE 2021');
    expect(after?.getCell('F5').value).toBe(0.9);
    expect(after?.getCell('B5').value).toBe("Taux d'appels aboutis");
    expect(Object.keys(after?.model.merges ?? {}).length).toBe(before?.model.merges.length);
    expect(after?.model.merges).toEqual(before?.model.merges);
    expect(after?.columns.map((c) => c.width)).toEqual(before?.columns.map((c) => c.width));
    expect(after?.getCell('H9').dataValidation).toEqual(before?.getCell('H9').dataValidation);
    expect(after?.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4 });
  });

  it('leaves the 2020 sheet untouched, cell for cell and byte for byte', async () => {
    const grids = workbookToGrids(await loadWorkbook(input));
    const again = workbookToGrids(book);
    expect(again[0]).toEqual(grids[0]);
    const source = unzipSync(input);
    const result = unzipSync(output);
    expect(strFromU8(result['xl/worksheets/sheet1.xml'])).toBe(
      strFromU8(source['xl/worksheets/sheet1.xml']),
    );
    for (const path of Object.keys(source).filter((p) => p.startsWith('xl/worksheets/')))
      expect(result[path]).toEqual(source[path]);
  });

  it('copies merges, widths, validations, conditional formats and print settings as written', () => {
    const files = unzipSync(output);
    const source = strFromU8(files['xl/worksheets/sheet1.xml']);
    const copy = strFromU8(files['xl/worksheets/sheet3.xml']);
    for (const name of [
      'cols',
      'mergeCells',
      'dataValidations',
      'conditionalFormatting',
      'pageMargins',
    ]) {
      const part = (xml: string) =>
        new RegExp(`<${name}\\b[\\s\\S]*?</${name}>|<${name}\\b[^>]*/>`).exec(xml)?.[0];
      expect(part(copy)).toBeDefined();
      expect(part(copy)).toBe(part(source));
    }
  });

  it('registers the sheet in the package: content type, relationship, app.xml', () => {
    const files = unzipSync(output);
    const part = Object.keys(files).find(
      (p) => p.startsWith('xl/worksheets/sheet') && !unzipSync(input)[p],
    );
    expect(part).toBeDefined();
    expect(strFromU8(files['[Content_Types].xml'])).toContain(`PartName="/${part}"`);
    expect(strFromU8(files['xl/_rels/workbook.xml.rels'])).toContain(
      `Target="${part?.replace('xl/', '')}"`,
    );
    const app = strFromU8(files['docProps/app.xml']);
    expect(app).toContain('<vt:lpstr>Tableau de bord 2021</vt:lpstr>');
    // The 2020 sheet's print area stays its own, the Notes sheet after it moves one on.
    const workbook = strFromU8(files['xl/workbook.xml']);
    expect(workbook).toContain('localSheetId="0">&apos;Tableau de bord 2020&apos;!$A1:$T24<');
  });

  it('reads back as a dashboard of 2021 with no value in its months', async () => {
    const grids = workbookToGrids(book);
    const found = findDashboard(grids, 'Tableau de bord 2021');
    if (!('dashboard' in found)) throw new Error(found.error);
    expect(found.dashboard.year).toBe(2021);
    const analysis = analyse(found.grid, found.dashboard, {
      today: { year: 2021, month: 1 },
    });
    expect(analysis.indicators.every((i) => i.monthsCounted === 0)).toBe(true);
  });
});

describe('rollover of other files', () => {
  it('refuses, with a WorkbookError, a plan for a sheet the workbook does not have', async () => {
    const plan = await planOf(await workbookBytes([seedSheet()]));
    const other = openPackage(await workbookBytes([{ ...seedSheet(), name: 'Autre' }]));
    expect(() => writeRolloverFile(other, plan)).toThrow(WorkbookError);
  });

  it('leaves its input as it was, even a Node Buffer (whose slice() is a view)', async () => {
    const input = Buffer.from(await workbookBytes([seedSheet()]));
    const before = Uint8Array.from(input);
    const plan = await planOf(input);
    writeRolloverFile(openPackage(input), plan);
    expect(Uint8Array.from(input)).toEqual(before);
  });

  it('rolls over a workbook whose only sheet is the dashboard', async () => {
    const input = await workbookBytes([seedSheet()]);
    const plan = await planOf(input);
    const book = await loadWorkbook(writeRolloverFile(openPackage(input), plan).bytes);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tableau de bord 2020',
      'Tableau de bord 2021',
    ]);
  });

  it('leaves notes to the 2020 sheet and says so', async () => {
    const workbook = new Workbook();
    const sheet = addSheet(workbook, seedSheet());
    sheet.getCell('S9').note = 'Vérifier avec le service courrier';
    const input = await saveWorkbook(workbook);
    const plan = await planOf(input);
    const { bytes, dropped } = writeRolloverFile(openPackage(input), plan);
    expect(dropped).toEqual(['comments']);
    const copy = strFromU8(unzipSync(bytes)['xl/worksheets/sheet2.xml']);
    expect(copy).not.toContain('legacyDrawing');
    const files = unzipSync(bytes);
    expect(files['xl/worksheets/_rels/sheet2.xml.rels']).toBeUndefined();
    expect(files['xl/worksheets/_rels/sheet1.xml.rels']).toEqual(
      unzipSync(input)['xl/worksheets/_rels/sheet1.xml.rels'],
    );
    const book = await loadWorkbook(bytes);
    expect(book.worksheets.map((s) => s.name)).toContain('Tableau de bord 2021');
  });

  it('gives the cells a fill flagged their own styles back in the new year, not the flags', async () => {
    const sample = await workbookBytes([seedSheet()]);
    const filled = fillWorkbook(sample, { year: 2021, month: 2 });
    const flagged = filled.plan.flags.map(({ row, col }) => ({ row, col }));
    expect(flagged.length).toBeGreaterThan(0);
    const plan = await planOf(filled.bytes);
    const rolled = openPackage(writeRolloverFile(openPackage(filled.bytes), plan).bytes);
    const own = cellStyles(openPackage(sample), 'Tableau de bord 2020', flagged);
    expect(cellStyles(rolled, 'Tableau de bord 2021', flagged)).toEqual(own);
    // The 2020 sheet keeps its flags: it is the year's record.
    expect(cellStyles(rolled, 'Tableau de bord 2020', flagged)).toEqual(
      cellStyles(openPackage(filled.bytes), 'Tableau de bord 2020', flagged),
    );
  });
});
