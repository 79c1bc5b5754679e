import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { a1, rangeA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { formatNumber } from '../../src/core/numbers';
import { openPackage } from '../../src/xlsx';
import { seedGrid, SEED_SHEET } from '../fixtures/seed-dashboard';
import { addSheet } from '../fixtures/variants/build-workbook';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook, saveWorkbook } from '../oracle/exceljs-io';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');

/**
 * The workbook saved, then read by the file engine; ExcelJS, the independent oracle, must read
 * the same grids from the same bytes.
 */
async function roundTrip(workbook: Workbook): Promise<Grid[]> {
  const bytes = await saveWorkbook(workbook);
  const grids = openPackage(bytes).readGrids();
  expect(comparable(grids)).toEqual(comparable(workbookToGrids(await loadWorkbook(bytes))));
  return grids;
}

/** Merges in one order: the oracle lists them as it meets their cells. */
function comparable(grids: readonly Grid[]) {
  return grids.map((grid) => ({ ...grid, merges: grid.merges.map(rangeA1).sort() }));
}

describe('the sample workbook read as a grid', () => {
  let sample: Grid;
  const seed = seedGrid();

  beforeAll(async () => {
    const bytes = readFileSync(SAMPLE);
    const grids = openPackage(bytes).readGrids();
    expect(grids.map((grid) => grid.sheet)).toEqual([SEED_SHEET]);
    expect(comparable(grids)).toEqual(comparable(workbookToGrids(await loadWorkbook(bytes))));
    sample = grids[0];
  });

  it('has the size of the seed transcription', () => {
    expect(sample.rowCount).toBe(seed.rowCount);
    expect(sample.colCount).toBe(seed.colCount);
  });

  it('holds every cell of the seed: value, kind, number format and formula', () => {
    for (let row = 0; row < seed.rowCount; row++) {
      for (let col = 0; col < seed.colCount; col++) {
        const expected = cellAt(seed, row, col);
        const actual = cellAt(sample, row, col);
        const where = `${SEED_SHEET}!${a1(row, col)}`;
        expect({ where, value: actual.value, kind: actual.kind, format: actual.format }).toEqual({
          where,
          value: expected.value,
          kind: expected.kind,
          format: expected.format,
        });
        expect({ where, formula: actual.formula }).toEqual({ where, formula: expected.formula });
      }
    }
  });

  it('has the merged areas of the seed', () => {
    const ranges = (grid: Grid) => grid.merges.map(rangeA1).sort();
    expect(ranges(sample)).toEqual(ranges(seed));
  });

  it('shows numbers as French Excel does, and error results as their code', () => {
    expect(cellAt(sample, 4, 6).text).toBe(formatNumber(0.99, '0.0%', 'fr'));
    expect(cellAt(sample, 11, 19)).toMatchObject({ value: 6, format: '0%', kind: 'number' });
    expect(cellAt(sample, 11, 19).text).toBe(formatNumber(6, '0%', 'fr'));
    expect(cellAt(sample, 12, 19)).toMatchObject({
      value: '#DIV/0!',
      text: '#DIV/0!',
      kind: 'error',
      formula: '=AVERAGE(G13:R13)',
    });
  });

  it('gives merged-over cells as empty', () => {
    expect(cellAt(sample, 5, 0).kind).toBe('empty');
    expect(cellAt(sample, 2, 7).kind).toBe('empty');
  });
});

describe('cells of every kind', () => {
  let grid: Grid;

  beforeAll(async () => {
    const workbook = new Workbook();
    const sheet = addSheet(workbook, {
      name: 'Kinds',
      rows: [],
      hiddenColumns: [2],
    });
    sheet.getCell('A1').value = {
      richText: [{ text: 'Taux ' }, { font: { bold: true }, text: "d'appels" }],
    };
    sheet.getCell('B1').value = { text: 'Site', hyperlink: 'https://www.interieur.gouv.fr' };
    sheet.getCell('C1').value = true;
    sheet.getCell('D1').value = new Date(Date.UTC(2020, 0, 31));
    sheet.getCell('D1').numFmt = 'dd/mm/yyyy';
    sheet.getCell('E1').value = { error: '#N/A' };
    sheet.getCell('F1').value = { formula: 'G1*2' };
    sheet.getCell('G1').value = { formula: 'IF(TRUE,"oui","non")', result: 'oui' };
    sheet.getCell('H1').value = '  99,0 %  ';
    sheet.fillFormula('A3:A5', 'SUM(B3:C3)', [1, 2, 3]);
    sheet.getCell('D5').value = 1;
    grid = (await roundTrip(workbook))[0];
  });

  it('joins rich text runs and reads hyperlinks as their text', () => {
    expect(cellAt(grid, 0, 0)).toMatchObject({ value: "Taux d'appels", kind: 'text' });
    expect(cellAt(grid, 0, 1)).toMatchObject({ value: 'Site', text: 'Site', kind: 'text' });
  });

  it('reads booleans, dates as serial numbers, and error values', () => {
    expect(cellAt(grid, 0, 2)).toMatchObject({ value: true, text: 'VRAI', kind: 'boolean' });
    expect(cellAt(grid, 0, 3)).toMatchObject({
      value: 43861,
      format: 'dd/mm/yyyy',
      kind: 'number',
    });
    expect(cellAt(grid, 0, 4)).toMatchObject({ value: '#N/A', kind: 'error', formula: null });
  });

  it('keeps a formula without a cached result as an empty cell with its formula', () => {
    expect(cellAt(grid, 0, 5)).toMatchObject({ value: null, kind: 'empty', formula: '=G1*2' });
    expect(cellAt(grid, 0, 6)).toMatchObject({
      value: 'oui',
      kind: 'text',
      formula: '=IF(TRUE,"oui","non")',
    });
  });

  it('keeps text as typed, spaces included', () => {
    expect(cellAt(grid, 0, 7)).toMatchObject({ value: '  99,0 %  ', text: '  99,0 %  ' });
  });

  it('gives each cell of a shared formula its own formula text', () => {
    expect([2, 3, 4].map((row) => cellAt(grid, row, 0).formula)).toEqual([
      '=SUM(B3:C3)',
      '=SUM(B4:C4)',
      '=SUM(B5:C5)',
    ]);
    expect([2, 3, 4].map((row) => cellAt(grid, row, 0).value)).toEqual([1, 2, 3]);
  });

  it('lists hidden columns, and sizes the grid on the cells that hold something', () => {
    expect(grid.hiddenColumns).toEqual([2]);
    expect(grid.rowCount).toBe(5);
    expect(grid.colCount).toBe(8);
    expect(grid.cells[1]).toEqual([]);
  });
});

describe('workbook-level reading', () => {
  it('gives one grid per sheet, in tab order', async () => {
    const workbook = new Workbook();
    addSheet(workbook, { name: 'Notes', rows: [['à lire']] });
    addSheet(workbook, { name: 'Vide', rows: [] });
    addSheet(workbook, { name: 'TDB 2021', rows: [['Janv']] });
    const grids = await roundTrip(workbook);
    expect(grids.map((grid) => [grid.sheet, grid.rowCount])).toEqual([
      ['Notes', 1],
      ['Vide', 0],
      ['TDB 2021', 1],
    ]);
  });

  it('reads dates of a 1904 workbook as 1904 serial numbers', async () => {
    const workbook = new Workbook();
    workbook.properties.date1904 = true;
    const sheet = addSheet(workbook, { name: 'Mac', rows: [] });
    sheet.getCell('A1').value = new Date(Date.UTC(2020, 0, 31));
    sheet.getCell('A1').numFmt = 'dd/mm/yyyy';
    const [grid] = await roundTrip(workbook);
    expect(cellAt(grid, 0, 0).value).toBe(43861 - 1462);
    expect(grid.date1904).toBe(true);
  });
});
