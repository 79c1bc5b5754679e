import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cellAt } from '../../src/core/grid';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';
import { seedSheet, writeWorkbookFile } from '../fixtures/variants/files';
import { runCli } from './run-cli';
import { sampleFolder } from './sample-folder';

const folder = sampleFolder();
const { copySample } = folder;

describe('qualepref fill', () => {
  it('writes <name>.controle.xlsx beside the input by default, and leaves the input untouched', async () => {
    const input = await copySample();
    const original = await readFile(input);
    const run = await runCli(['fill', input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const output = join(folder.path(), 'tableau.controle.xlsx');
    expect(run.stdout).toContain(`Classeur contrôlé écrit dans\u00a0: ${output}\n`);
    expect(run.stdout).toContain(
      '20 moyennes calculées, colonne «\u00a0Atteinte objectif 2020\u00a0» ajoutée en U',
    );
    expect(run.stdout).toMatch(/^1 erreur à corriger/m);
    expect((await readFile(input)).equals(original)).toBe(true);
    expect((await readdir(folder.path())).sort()).toEqual([
      'tableau.controle.xlsx',
      'tableau.xlsx',
    ]);

    const grids = workbookToGrids(await loadWorkbook(await readFile(output)));
    expect(grids.map((grid) => grid.sheet)).toEqual(['Tableau de bord 2020', 'Contrôle 2020']);
    expect(cellAt(grids[0], 1, 20).value).toBe('Atteinte objectif 2020');
    expect(cellAt(grids[0], 5, 20).value).toBe('non');
    expect(cellAt(grids[0], 4, 19)).toMatchObject({ format: '0.0%', formula: null });
  });

  it('writes where -o says, creating the folder, and prints the same report as check', async () => {
    const input = await copySample();
    const output = join(folder.path(), 'envoi', '2021', 'aix.xlsx');
    const run = await runCli(['fill', input, '-o', output, '--as-of', '2020-12']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Classeur contrôlé écrit dans\u00a0: ${output}\n`);
    const check = await runCli(['check', input]);
    expect(run.stdout.startsWith(check.stdout)).toBe(true);
    expect((await loadWorkbook(await readFile(output))).worksheets).toHaveLength(2);
    expect(await readdir(join(folder.path(), 'envoi', '2021'))).toEqual(['aix.xlsx']);
  });

  it('exits 0 on a workbook whose January is filled, and says it is ready', async () => {
    const input = await writeWorkbookFile(folder.path(), 'corrige.xlsx', [seedSheet({ G22: 12 })]);
    const run = await runCli(['fill', input]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Prêt à envoyer à la préfecture');
    const grid = workbookToGrids(
      await loadWorkbook(await readFile(join(folder.path(), 'corrige.controle.xlsx'))),
    )[0];
    expect(cellAt(grid, 21, 19).value).toBe(12);
  });

  it('says the same in English with --lang en, the dashboard words staying French', async () => {
    const input = await copySample();
    const run = await runCli(['fill', input, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `Checked workbook written to: ${join(folder.path(), 'tableau.controle.xlsx')}`,
    );
    const grid = workbookToGrids(
      await loadWorkbook(await readFile(join(folder.path(), 'tableau.controle.xlsx'))),
    )[0];
    expect(cellAt(grid, 4, 20).value).toBe('oui');
  });

  it('fills its own output again to the same bytes', async () => {
    const input = await copySample();
    const once = join(folder.path(), 'once.xlsx');
    const twice = join(folder.path(), 'twice.xlsx');
    expect((await runCli(['fill', input, '-o', once])).code).toBe(1);
    expect((await runCli(['fill', once, '-o', twice])).code).toBe(1);
    expect((await readFile(twice)).equals(await readFile(once))).toBe(true);
  });

  it('refuses an output that would overwrite a folder, leaving no file behind', async () => {
    const input = await copySample();
    await mkdir(join(folder.path(), 'sortie.xlsx'));
    const run = await runCli(['fill', input, '-o', join(folder.path(), 'sortie.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^Le fichier «\u00a0.*sortie\.xlsx\u00a0» n’a pas pu être écrit \(\w+\)\u00a0: [^\n]*\n$/,
    );
    expect((await readdir(folder.path())).sort()).toEqual(['sortie.xlsx', 'tableau.xlsx']);
    expect(await readdir(join(folder.path(), 'sortie.xlsx'))).toEqual([]);
  });
});
