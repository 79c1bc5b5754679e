import type { Worksheet } from 'exceljs';
import { Workbook } from 'exceljs';
import type { FillPlan, ReportSheet } from '../../src/core/types';
import { linkFormula, openPackage, WorkbookError, writeFilled } from '../../src/xlsx';
import { addSheet } from '../fixtures/variants/build-workbook';
import { cellOf } from '../oracle/exceljs-cells';
import { loadWorkbook, saveWorkbook } from '../oracle/exceljs-io';

const SHEET = 'TDB 2020';
const BORDER = { style: 'thin' as const, color: { argb: 'FF000000' } };

const REPORT: ReportSheet = {
  name: 'Contrôle 2020',
  rows: [
    ['Contrôle du tableau de bord'],
    ['Erreurs', 1],
    [],
    ['Gravité', 'Code', 'Cellule'],
    ['erreur', 'MISSING_MONTH', 'B3'],
  ],
  boldRows: [0, 3],
  links: [{ row: 4, col: 2, target: 'B3' }],
  columnWidths: [18, 26, 10],
};

function plan(overrides: Partial<FillPlan> = {}): FillPlan {
  return {
    sheet: SHEET,
    writes: [],
    flags: [],
    report: REPORT,
    addedMetColumn: null,
    after: {
      findings: [],
      summary: { indicators: 0, errors: 0, warnings: 0, infos: 0, readyToSend: true },
    },
    ...overrides,
  };
}

/** A sheet whose header row and first data row share their styles, as Excel stores them. */
async function dashboardWorkbook(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = addSheet(workbook, {
    name: SHEET,
    rows: [
      ['Indicateur', 'Janv', 'Fevr', 'Moyenne'],
      [
        'Taux',
        { v: 0.99, f: '0.0%' },
        { v: 0.98, f: '0.0%' },
        { formula: '=AVERAGE(B2:C2)', v: 0.985, f: '0.00%' },
      ],
      ['Délai', { v: 2, f: '0.0' }, null, { formula: '=AVERAGE(B3:C3)', v: 2, f: '0%' }],
    ],
  });
  for (const address of ['A1', 'B1', 'C1', 'D1']) {
    sheet.getCell(address).style = { font: { bold: true }, border: { bottom: BORDER } };
  }
  for (const [row, col] of [
    [1, 1],
    [1, 2],
    [2, 1],
    [2, 2],
    [1, 3],
    [2, 3],
  ]) {
    const cell = cellOf(sheet, row, col);
    cell.style = { ...cell.style, font: { italic: true }, border: { left: BORDER } };
  }
  return saveWorkbook(workbook);
}

/** The plan written by the file engine, read back by ExcelJS. */
async function filled(bytes: Uint8Array, fillPlan: FillPlan): Promise<Workbook> {
  return loadWorkbook(writeFilled(openPackage(bytes), fillPlan));
}

function sheetOf(workbook: Workbook, name = SHEET): Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('writeFilled: cell writes', () => {
  it('writes value and number format, keeps the rest of the style, and no other cell changes', async () => {
    const bytes = await dashboardWorkbook();
    const after = await filled(
      bytes,
      plan({
        writes: [
          { row: 1, col: 3, value: 0.985, format: '0.0%', role: 'average' },
          { row: 2, col: 3, value: 'Pas de données', format: null, role: 'average' },
        ],
      }),
    );
    const sheet = sheetOf(after);
    const d2 = cellOf(sheet, 1, 3);
    expect([d2.value, d2.numFmt, d2.font?.italic, d2.border?.left?.style]).toEqual([
      0.985,
      '0.0%',
      true,
      'thin',
    ]);
    const d3 = cellOf(sheet, 2, 3);
    expect([d3.value, d3.numFmt, d3.font?.italic]).toEqual(['Pas de données', '0%', true]);
    // Cells that shared D2's style keep their own format.
    expect([cellOf(sheet, 1, 1).numFmt, cellOf(sheet, 1, 2).numFmt]).toEqual(['0.0%', '0.0%']);
    expect(cellOf(sheet, 1, 1).value).toBe(0.99);
  });

  it('heads an added column like the header beside it, and gives the column a width', async () => {
    const bytes = await dashboardWorkbook();
    const after = await filled(
      bytes,
      plan({
        writes: [
          { row: 0, col: 4, value: 'Atteinte objectif 2020', format: null, role: 'met_header' },
          { row: 1, col: 4, value: 'oui', format: null, role: 'met' },
        ],
        addedMetColumn: 4,
      }),
    );
    const sheet = sheetOf(after);
    const header = cellOf(sheet, 0, 4);
    expect([header.value, header.font?.bold, header.border?.bottom?.style]).toEqual([
      'Atteinte objectif 2020',
      true,
      'thin',
    ]);
    expect(cellOf(sheet, 1, 4).value).toBe('oui');
    expect(sheet.getColumn(5).width).toBe(16);
  });

  it('overwrites the first cell of a shared formula and keeps the formulas that borrowed it', async () => {
    const workbook = new Workbook();
    const sheet = addSheet(workbook, {
      name: SHEET,
      rows: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    });
    sheet.fillFormula('C1:C3', 'SUM(A1:B1)', [3, 7, 11]);
    const after = sheetOf(
      await filled(
        await saveWorkbook(workbook),
        plan({ writes: [{ row: 0, col: 2, value: 3, format: '0.0', role: 'average' }] }),
      ),
    );
    expect([
      cellOf(after, 0, 2).value,
      cellOf(after, 1, 2).formula,
      cellOf(after, 2, 2).formula,
    ]).toEqual([3, 'SUM(A2:B2)', 'SUM(A3:B3)']);
    expect([cellOf(after, 1, 2).result, cellOf(after, 2, 2).result]).toEqual([7, 11]);
  });
});

describe('writeFilled: flags', () => {
  it('fills the flagged cells with the plan colour and keeps their font, border and format', async () => {
    const bytes = await dashboardWorkbook();
    const after = await filled(
      bytes,
      plan({
        flags: [
          { row: 2, col: 2, kind: 'error', color: '#ffc7ce', note: 'Février : rien n’est saisi.' },
        ],
      }),
    );
    const sheet = sheetOf(after);
    const c3 = cellOf(sheet, 2, 2);
    expect(c3.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFC7CE' },
    });
    expect([c3.font?.italic, c3.border?.left?.style, c3.note]).toEqual([true, 'thin', undefined]);
    expect(cellOf(sheet, 2, 1).fill).not.toHaveProperty('fgColor');
  });
});

describe('writeFilled: the report sheet', () => {
  it('adds the report sheet at the end with its rows, bold rows, widths and cell links', async () => {
    const workbook = await loadWorkbook(await dashboardWorkbook());
    addSheet(workbook, { name: 'Notes', rows: [['à garder']] });
    const after = await filled(await saveWorkbook(workbook), plan());
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual([SHEET, 'Notes', 'Contrôle 2020']);
    const report = sheetOf(after, 'Contrôle 2020');
    expect([
      cellOf(report, 0, 0).value,
      cellOf(report, 1, 1).value,
      cellOf(report, 4, 1).value,
    ]).toEqual(['Contrôle du tableau de bord', 1, 'MISSING_MONTH']);
    expect([
      cellOf(report, 0, 0).font?.bold,
      cellOf(report, 3, 2).font?.bold,
      cellOf(report, 1, 0).font?.bold,
    ]).toEqual([true, true, undefined]);
    expect([1, 2, 3].map((col) => report.getColumn(col).width)).toEqual([18, 26, 10]);
    const link = cellOf(report, 4, 2);
    expect([link.formula, link.result]).toEqual([linkFormula(SHEET, 'B3'), 'B3']);
    expect(link.font?.underline).toBe(true);
  });

  it('replaces a report sheet of the same name, whatever its case, in its place, and keeps one', async () => {
    const workbook = await loadWorkbook(await dashboardWorkbook());
    addSheet(workbook, { name: 'CONTRÔLE 2020', rows: [['ancien rapport'], ['ligne en trop']] });
    addSheet(workbook, { name: 'Notes', rows: [['à garder']] });
    const once = writeFilled(openPackage(await saveWorkbook(workbook)), plan());
    const twice = writeFilled(openPackage(once), plan());
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
    const after = await loadWorkbook(twice);
    expect(after.worksheets.map((sheet) => sheet.name)).toEqual([SHEET, 'Contrôle 2020', 'Notes']);
    const report = sheetOf(after, 'Contrôle 2020');
    expect([cellOf(report, 0, 0).value, cellOf(report, 1, 0).value]).toEqual([
      'Contrôle du tableau de bord',
      'Erreurs',
    ]);
    expect(report.rowCount).toBe(5);
  });

  it('refuses a report that would replace the dashboard itself', async () => {
    const pkg = openPackage(await dashboardWorkbook());
    expect(() => writeFilled(pkg, plan({ report: { ...REPORT, name: SHEET } }))).toThrow(
      WorkbookError,
    );
  });
});

describe('linkFormula', () => {
  it('quotes the sheet name, doubling its apostrophes and the formula text quotes', () => {
    expect(linkFormula("Tableau d'Aix", 'G22')).toBe(`HYPERLINK("#'Tableau d''Aix'!G22","G22")`);
    expect(linkFormula('TDB "2020"', 'A1')).toBe(`HYPERLINK("#'TDB ""2020""'!A1","A1")`);
  });
});
