/** Last year's months kept left of this year's: the command says which block it read. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonReport } from '../../src/core/report-json';
import { habitWorkbook } from '../fixtures/variants/habit-files';
import { HABITS, withCells } from '../fixtures/variants/habits';
import { removeDir, tempDir } from '../fixtures/variants/files';
import { runCli } from './run-cli';

let dir: string;
let path: string;

beforeAll(async () => {
  dir = await tempDir();
  path = join(dir, 'deux-annees.xlsx');
  await writeFile(path, await habitWorkbook(HABITS.twoYearBlocks(), 'excel'));
});

afterAll(() => removeDir(dir));

describe('a sheet with the 2019 and 2020 blocks', () => {
  it('reads 2020 and says so in the JSON report', async () => {
    const run = await runCli(['check', path, '--json']);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.year).toBe(2020);
    expect(report.columns.months[0]).toBe('S');
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: 'LAYOUT_GUESSED', severity: 'warning', cell: 'S4' }),
    );
  });

  it('refuses an --as-of in 2019 with one French sentence, exit 2', async () => {
    const run = await runCli(['check', path, '--as-of', '2019-06']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Le mois «\u00a02019-06\u00a0» n’est pas dans l’année 2020 du tableau de bord lu (la feuille porte aussi les mois de 2019)\u202f; indiquer un mois de 2020, par exemple --as-of 2020-06.\n',
    );
  });

  it('in English with --lang en; fill refuses too and writes nothing', async () => {
    const run = await runCli(['fill', path, '--as-of', '2019-06', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Month "2019-06" is not in the year 2020');
    expect(existsSync(path.replace(/\.xlsx$/, '.controle.xlsx'))).toBe(false);
  });

  it('accepts an --as-of in 2020', async () => {
    const run = await runCli(['check', path, '--as-of', '2020-06', '--json']);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as JsonReport).asOf).toBe('2020-06');
  });
});

describe('the readable report', () => {
  it('prints what concerns the layout first: the block read, a row without label', async () => {
    const variant = withCells(HABITS.twoYearBlocks(), [[5, 1, null]]);
    const unread = join(dir, 'sans-libelle.xlsx');
    await writeFile(unread, await habitWorkbook(variant, 'libreoffice'));
    const run = await runCli(['check', unread]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const start = lines.indexOf('Lecture de la feuille');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toMatch(/^ {2}avertissement +S4 +La feuille porte plusieurs blocs/);
    expect(lines[start + 2]).toMatch(/^ {2}erreur +S6 +Ligne 6\u00a0: «\u00a0/);
    expect(lines[start + 3]).toBe('');
  });
});
