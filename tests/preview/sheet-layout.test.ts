import { columnPixels, layoutSheet } from '../../src/preview/sheet-layout';
import { downloadName } from '../../src/preview/download';
import { buildGrid } from '../helpers/grid';

describe('layout of the sheet rendering', () => {
  it('draws a merged area once, spanning its rows and columns', () => {
    const grid = buildGrid(
      [
        ['Titre', null, null],
        ['accueil', 'Taux', { v: 0.99, f: '0.0%', t: '99,0%' }],
        [null, 'Délai', 2],
      ],
      { merges: ['A1:C1', 'A2:A3'] },
    );
    const layout = layoutSheet(grid);
    expect(layout.columns).toEqual([0, 1, 2]);
    expect(layout.rows[0]).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 3, text: 'Titre', kind: 'text' },
    ]);
    expect(layout.rows[1].map((cell) => [cell.col, cell.rowSpan, cell.text])).toEqual([
      [0, 2, 'accueil'],
      [1, 1, 'Taux'],
      [2, 1, '99,0%'],
    ]);
    expect(layout.rows[2].map((cell) => cell.col)).toEqual([1, 2]);
    expect(layout.rows[1][2].kind).toBe('number');
  });

  it('leaves hidden columns out, narrowing the merged areas across them', () => {
    const grid = buildGrid(
      [
        ['En-tête', null, null, null],
        ['a', 'caché', 'c', 'd'],
      ],
      { merges: ['A1:C1'], hiddenColumns: [1] },
    );
    const layout = layoutSheet(grid);
    expect(layout.columns).toEqual([0, 2, 3]);
    expect(layout.rows[0].map((cell) => [cell.col, cell.colSpan])).toEqual([
      [0, 2],
      [3, 1],
    ]);
    expect(layout.rows[1].map((cell) => cell.text)).toEqual(['a', 'c', 'd']);
  });

  it('shows a merged area whose first column is hidden with its own value', () => {
    const grid = buildGrid([['Section', null, 'x']], { merges: ['A1:B1'], hiddenColumns: [0] });
    expect(layoutSheet(grid).rows[0].map((cell) => [cell.col, cell.text])).toEqual([
      [1, 'Section'],
      [2, 'x'],
    ]);
  });

  it('converts Excel column widths to pixels, with Excel’s default', () => {
    expect(columnPixels(null)).toBe(64);
    expect(columnPixels(50)).toBe(355);
  });
});

describe('name of the downloaded workbook', () => {
  it('keeps the name of an untouched workbook', () => {
    expect(downloadName('tableau.xlsx', false)).toBe('tableau.xlsx');
  });

  it('names a filled workbook as the command line names its output', () => {
    expect(downloadName('tableau-de-bord-2020-aix.xlsx', true)).toBe(
      'tableau-de-bord-2020-aix.controle.xlsx',
    );
    expect(downloadName('tableau.controle.xlsx', true)).toBe('tableau.controle.xlsx');
    expect(downloadName('TDB.XLSX', true)).toBe('TDB.controle.xlsx');
  });

  it('keeps a workbook with macros an .xlsm', () => {
    expect(downloadName('tableau.xlsm', true, true)).toBe('tableau.controle.xlsm');
    expect(downloadName('tableau.xlsm', false, true)).toBe('tableau.xlsm');
  });
});
