/**
 * The sample through the whole file path: read, analyse, plan, patch, read again, with the file
 * engine and with ExcelJS as an independent reader. Nothing of the agent's dashboard may change
 * beyond what the plan writes, and filling the filled workbook again must give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { a1, rangeA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { openPackage } from '../../src/xlsx';
import { SEED_SHEET } from '../fixtures/seed-dashboard';
import type { Filled } from '../helpers/fill';
import { fillWorkbook } from '../helpers/fill';
import { argb, cellOf } from '../oracle/exceljs-cells';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');
const TODAY = { year: 2026, month: 11 };

function fill(bytes: Uint8Array): Filled {
  return fillWorkbook(bytes, TODAY);
}

/** The grids as ExcelJS reads them; the file engine must read the same. */
async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const grids = workbookToGrids(await loadWorkbook(bytes));
  const sorted = (list: readonly Grid[]) =>
    list.map((grid) => ({ ...grid, merges: grid.merges.map(rangeA1).sort() }));
  expect(sorted(openPackage(bytes).readGrids())).toEqual(sorted(grids));
  return grids;
}

function dashboardGrid(grids: readonly Grid[]): Grid {
  const grid = grids.find((g) => g.sheet === SEED_SHEET);
  if (!grid) throw new Error('no dashboard sheet');
  return grid;
}

describe('filling the sample workbook', () => {
  const input = new Uint8Array(readFileSync(SAMPLE));
  let first: Filled;
  let before: Grid;
  let after: Grid[];

  beforeAll(async () => {
    first = fill(input);
    before = dashboardGrid(await gridsOf(input));
    after = await gridsOf(first.bytes);
  });

  it('writes every Moyenne and atteinte objectif cell, and adds the column header', () => {
    const roles = first.plan.writes.map((write) => write.role);
    expect(roles.filter((role) => role === 'average')).toHaveLength(20);
    expect(roles.filter((role) => role === 'met')).toHaveLength(20);
    expect(roles.filter((role) => role === 'met_header')).toHaveLength(1);
    const grid = dashboardGrid(after);
    for (const write of first.plan.writes) {
      const cell = cellAt(grid, write.row, write.col);
      expect({ cell: a1(write.row, write.col), value: cell.value, formula: cell.formula }).toEqual({
        cell: a1(write.row, write.col),
        value: write.value,
        formula: null,
      });
      if (write.format !== null) expect(cell.format).toBe(write.format);
    }
  });

  it('keeps the value, formula and number format of every other cell of the dashboard', () => {
    const written = new Set(first.plan.writes.map((write) => `${write.row}:${write.col}`));
    const grid = dashboardGrid(after);
    let compared = 0;
    for (let row = 0; row < Math.max(before.rowCount, grid.rowCount); row++) {
      for (let col = 0; col < Math.max(before.colCount, grid.colCount); col++) {
        if (written.has(`${row}:${col}`)) continue;
        const { value, formula, format, kind } = cellAt(grid, row, col);
        const was = cellAt(before, row, col);
        expect({ row, col, value, formula, format, kind }).toEqual({
          row,
          col,
          value: was.value,
          formula: was.formula,
          format: was.format,
          kind: was.kind,
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('keeps the merges and the sheets, and adds the report sheet at the end', () => {
    expect(dashboardGrid(after).merges.map(rangeA1).sort()).toEqual(
      before.merges.map(rangeA1).sort(),
    );
    expect(after.map((grid) => grid.sheet)).toEqual([SEED_SHEET, 'Contrôle 2020']);
  });

  it('colours the flagged month cells with the plan colours', async () => {
    const sheet = (await loadWorkbook(first.bytes)).getWorksheet(SEED_SHEET);
    if (!sheet) throw new Error('no dashboard sheet');
    expect(first.plan.flags.length).toBeGreaterThan(0);
    for (const flag of first.plan.flags) {
      expect(cellOf(sheet, flag.row, flag.col).fill).toMatchObject({
        pattern: 'solid',
        fgColor: { argb: argb(flag.color) },
      });
    }
    const g22 = first.plan.flags.find((flag) => flag.row === 21 && flag.col === 6);
    expect(g22?.kind).toBe('error');
  });

  it('gives the same workbook when the filled workbook is filled again', async () => {
    const second = fill(first.bytes);
    expect(await gridsOf(second.bytes)).toEqual(after);
    expect(second.plan.report).toEqual(first.plan.report);
    expect(second.plan.addedMetColumn).toBeNull();
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
