/** Variant workbooks through the whole file path: the command, ExcelJS, the engine and back. */
import { readFile } from 'node:fs/promises';
import { cellAt } from '../../src/core/grid';
import type { JsonReport } from '../../src/core/report-json';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';
import { SEED_ROWS } from '../fixtures/seed-dashboard';
import { removeDir, seedSheet, tempDir, writeWorkbookFile } from '../fixtures/variants/files';
import { runCli } from './run-cli';

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
});

afterAll(() => removeDir(dir));

async function check(path: string): Promise<JsonReport> {
  const run = await runCli(['check', path, '--json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as JsonReport;
}

async function filledGrid(path: string): Promise<ReturnType<typeof workbookToGrids>[number]> {
  const output = path.replace(/\.xlsx$/, '.controle.xlsx');
  return workbookToGrids(await loadWorkbook(await readFile(output)))[0];
}

describe('a dashboard that already has its "Atteinte objectif 2020" column', () => {
  const metByHand: Record<string, string> = {};
  for (let row = 5; row <= SEED_ROWS.length; row++) metByHand[`U${row}`] = 'oui';

  let path: string;
  beforeAll(async () => {
    path = await writeWorkbookFile(dir, 'avec-atteinte.xlsx', [
      // Typed by hand: "oui" everywhere, wrong for row 6 (89,11 % for a 90 % objective).
      seedSheet({ U2: 'Atteinte objectif 2020', ...metByHand }),
    ]);
  });

  it('is recognised: the JSON report names the column', async () => {
    const report = await check(path);
    expect(report.columns.met).toBe('U');
    expect(report.indicators.find((indicator) => indicator.row === 6)?.met).toBe(false);
  });

  it('is written in place by fill: no column added, the wrong "oui" of row 6 corrected', async () => {
    const run = await runCli(['fill', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/ajoutée/);
    const grid = await filledGrid(path);
    expect(cellAt(grid, 1, 20).value).toBe('Atteinte objectif 2020');
    expect(cellAt(grid, 5, 20).value).toBe('non');
    expect(cellAt(grid, 4, 20).value).toBe('oui');
    expect(cellAt(grid, 20, 20).value).toBe('sans objectif');
    expect(cellAt(grid, 6, 20).value).toBe('non évaluable');
    expect(grid.colCount).toBe(21);
  });
});

describe('rates typed as text, with a decimal point or a no-break space', () => {
  let path: string;
  beforeAll(async () => {
    path = await writeWorkbookFile(dir, 'texte.xlsx', [
      seedSheet({ G5: '96.8%', H5: '98,5\u00a0%' }),
    ]);
  });

  it('reads them as numbers, counts them in the average and warns about each', async () => {
    const report = await check(path);
    const calls = report.indicators.find((indicator) => indicator.row === 5);
    expect(calls?.months.slice(0, 2)).toEqual([
      expect.objectContaining({ cell: 'G5', status: 'value', value: 0.968, text: '96.8%' }),
      expect.objectContaining({ cell: 'H5', status: 'value', value: 0.985, text: '98,5\u00a0%' }),
    ]);
    expect(calls?.monthsCounted).toBe(12);
    const rest = [0.986, 0.995, 0.984, 0.979, 0.976, 0.997, 0.97, 0.995, 0.99, 0.992];
    const mean = (0.968 + 0.985 + rest.reduce((sum, v) => sum + v, 0)) / 12;
    expect(calls?.average).toBeCloseTo(mean, 9);
    const textNumbers = report.findings.filter((finding) => finding.code === 'TEXT_NUMBER');
    expect(textNumbers.map((finding) => [finding.cell, finding.severity])).toEqual([
      ['G5', 'warning'],
      ['H5', 'warning'],
    ]);
  });

  it('fill writes that average, and leaves the text cells as the agent typed them', async () => {
    await runCli(['fill', path]);
    const grid = await filledGrid(path);
    const report = await check(path);
    expect(cellAt(grid, 4, 19).value).toBe(report.indicators[0].average);
    expect(cellAt(grid, 4, 6)).toMatchObject({ value: '96.8%', kind: 'text' });
    expect(cellAt(grid, 4, 7)).toMatchObject({ value: '98,5\u00a0%', kind: 'text' });
  });
});
