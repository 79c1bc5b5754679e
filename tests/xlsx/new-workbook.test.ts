/**
 * The new-workbook writer: every part well-formed XML, the package read back by ExcelJS (an
 * independent reader) with its values, number formats, bold headers, widths and frozen rows.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { Workbook } from 'exceljs';
import type { SheetTable } from '../../src/core/sheet-table';
import { fittedWidths } from '../../src/core/sheet-table';
import { newWorkbook, newWorkbookParts } from '../../src/xlsx/new-workbook';

const SHEETS: SheetTable[] = [
  {
    name: 'Sites',
    rows: [
      [
        { value: 'Fichier', bold: true },
        { value: 'Site', bold: true },
        { value: 'Erreurs', bold: true },
      ],
      [{ value: 'aix.xlsx' }, { value: "Sous-préfecture d'Aix" }, { value: 1 }],
      [{ value: 'a & b <c> "d"' }, { value: null }, { value: 0 }],
    ],
    widths: [20, 30, 10],
    frozenRows: 1,
  },
  {
    name: 'Indicateurs',
    rows: [
      [{ value: 'Moyenne', bold: true }],
      [{ value: 0.98683, format: '0.0%' }],
      [{ value: 2.36, format: '0.0 "j"' }],
      [{ value: 38.25, format: '0.0' }],
      [{ value: 'Pas de données' }],
      [],
      [{ value: 'fin\u0007 de ligne' }],
    ],
    widths: [14],
    frozenRows: 0,
  },
];

async function readBack(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('newWorkbook', () => {
  const bytes = newWorkbook(SHEETS);

  it('writes the parts of a minimal SpreadsheetML package, each well-formed', () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/styles.xml',
      'xl/sharedStrings.xml',
    ]);
    for (const [path, content] of Object.entries(files))
      expect([path, XMLValidator.validate(strFromU8(content))]).toEqual([path, true]);
  });

  it('is read back by ExcelJS: sheets, values, number formats and bold headers', async () => {
    const workbook = await readBack(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sites', 'Indicateurs']);
    const sites = workbook.getWorksheet('Sites');
    const indicators = workbook.getWorksheet('Indicateurs');
    if (!sites || !indicators) throw new Error('sheets missing');
    expect(sites.getCell('A1').value).toBe('Fichier');
    expect(sites.getCell('A1').font?.bold).toBe(true);
    expect(sites.getCell('B2').value).toBe("Sous-préfecture d'Aix");
    expect(sites.getCell('B2').font?.bold).toBeFalsy();
    expect(sites.getCell('C2').value).toBe(1);
    expect(sites.getCell('A3').value).toBe('a & b <c> "d"');
    expect(sites.getCell('B3').value).toBeNull();
    expect(indicators.getCell('A2').value).toBe(0.98683);
    expect(indicators.getCell('A2').numFmt).toBe('0.0%');
    expect(indicators.getCell('A3').numFmt).toBe('0.0 "j"');
    expect(indicators.getCell('A4').numFmt).toBe('0.0');
    expect(indicators.getCell('A5').value).toBe('Pas de données');
    expect(indicators.getCell('A7').value).toBe('fin de ligne');
  });

  it('sets the column widths and freezes the header row', async () => {
    const workbook = await readBack(bytes);
    const sites = workbook.getWorksheet('Sites');
    expect([1, 2, 3].map((col) => sites?.getColumn(col).width)).toEqual([20, 30, 10]);
    expect(sites?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    const indicators = workbook.getWorksheet('Indicateurs');
    expect(indicators?.views[0]?.state).not.toBe('frozen');
  });

  it('gives the same bytes for the same sheets', () => {
    expect(Buffer.from(newWorkbook(SHEETS)).equals(Buffer.from(bytes))).toBe(true);
  });

  it('shares each distinct text once and each style once', () => {
    const parts = newWorkbookParts([
      {
        name: 'A',
        rows: [[{ value: 'x' }, { value: 'x' }, { value: 1, format: '0.0%' }]],
        widths: [],
        frozenRows: 0,
      },
      {
        name: 'B',
        rows: [[{ value: 'x' }, { value: 2, format: '0.0%' }]],
        widths: [],
        frozenRows: 0,
      },
    ]);
    expect(parts['xl/sharedStrings.xml']).toContain('count="3" uniqueCount="1"');
    expect(parts['xl/styles.xml']).toContain('<numFmts count="1">');
    expect(parts['xl/styles.xml']).toContain('<cellXfs count="2">');
  });

  it('refuses sheet names Excel would refuse', () => {
    const sheet = (name: string): SheetTable => ({ name, rows: [], widths: [], frozenRows: 0 });
    expect(() => newWorkbook([])).toThrow();
    expect(() => newWorkbook([sheet('a/b')])).toThrow('invalid sheet name');
    expect(() => newWorkbook([sheet('x'.repeat(32))])).toThrow('invalid sheet name');
    expect(() => newWorkbook([sheet('Sites'), sheet('sites')])).toThrow('invalid sheet name');
  });
});

describe('fittedWidths', () => {
  it('fits the longest text of each column, within bounds', () => {
    expect(
      fittedWidths([
        [{ value: 'Fichier', bold: true }, { value: null }],
        [{ value: 'x'.repeat(100) }, { value: 3 }],
      ]),
    ).toEqual([60, 8]);
  });
});
