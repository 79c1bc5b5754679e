/** `qualepref rollover` on real files (design.md §7b). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';
import { seedSheet, writeWorkbookFile } from '../fixtures/variants/files';
import { runCli } from './run-cli';
import { SAMPLE, sampleFolder } from './sample-folder';

const folder = sampleFolder();
const { copySample } = folder;

describe('qualepref rollover', () => {
  it('writes <name>.2021.xlsx with "Tableau de bord 2021", and leaves the input untouched', async () => {
    const input = await copySample();
    const original = await readFile(input);
    const run = await runCli(['rollover', input]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = join(folder.path(), 'tableau.2021.xlsx');
    expect((await readdir(folder.path())).sort()).toEqual(['tableau.2021.xlsx', 'tableau.xlsx']);
    expect((await readFile(input)).equals(original)).toBe(true);
    expect(run.stdout).toContain(
      'Feuille «\u00a0Tableau de bord 2021\u00a0» préparée à partir de «\u00a0Tableau de bord 2020\u00a0»\u00a0: 20 indicateurs, 10 moyennes reportées, 10 sans données',
    );
    expect(run.stdout).toContain(`Classeur écrit\u00a0: ${output}\n`);
    expect(run.stdout).toContain(
      '  - Ligne 7, «\u00a0Taux de réponse aux courriers dans les 15 jours ouvrés\u00a0»\u00a0: aucun mois de 2020',
    );

    const book = await loadWorkbook(await readFile(output));
    const sheet = book.getWorksheet('Tableau de bord 2021');
    expect(sheet?.getCell('D5').value).toBeCloseTo(0.98683, 5);
    expect(sheet?.getCell('D7').value).toBe('-');
    expect(sheet?.getCell('G3').value).toBe('ANNEE 2021');
    const grids = workbookToGrids(book);
    const before = workbookToGrids(await loadWorkbook(original));
    expect(grids.find((g) => g.sheet === 'Tableau de bord 2020')).toEqual(
      before.find((g) => g.sheet === 'Tableau de bord 2020'),
    );
    const next = grids.find((g) => g.sheet === 'Tableau de bord 2021');
    for (let row = 4; row < 24; row += 1)
      for (let col = 6; col < 18; col += 1)
        expect(next?.cells[row]?.[col]?.kind ?? 'empty').toBe('empty');
  });

  it('prints qualepref-rollover/1 with --json, in English with --lang en', async () => {
    const input = await copySample();
    const out = join(folder.path(), 'suivant.xlsx');
    const run = await runCli(['rollover', input, '-o', out, '--json', '--lang', 'en']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & {
      rows: { row: number; n1: number | null; metN1: string }[];
      notCarried: { reason: string; message: string }[];
    };
    expect(json).toMatchObject({
      schema: 'qualepref-rollover/1',
      from: 2020,
      to: 2021,
      sheet: 'Tableau de bord 2021',
      output: out,
    });
    expect(json.rows).toHaveLength(20);
    expect(json.rows[0]).toEqual({ row: 5, n1: expect.closeTo(0.98683, 5), metN1: 'oui' });
    expect(json.rows.filter((row) => row.n1 === null)).toHaveLength(10);
    expect(json.notCarried[0].message).toContain('no month of 2020 holds a number');
    expect((await readdir(folder.path())).sort()).toEqual(['suivant.xlsx', 'tableau.xlsx']);
  });

  it('exits 2 when the 2021 sheet already exists, and writes nothing', async () => {
    const input = await writeWorkbookFile(folder.path(), 'deux.xlsx', [
      seedSheet(),
      { name: 'tableau de bord 2021', rows: [['déjà préparé']] },
    ]);
    const run = await runCli(['rollover', input]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'La feuille «\u00a0Tableau de bord 2021\u00a0» existe déjà dans ce classeur\u00a0: rien n’a été écrit. Renommez-la ou supprimez-la pour préparer 2021 à nouveau.\n',
    );
    expect(await readdir(folder.path())).toEqual(['deux.xlsx']);
  });

  it('rolls over the dashboard --sheet names, and refuses to write over its input', async () => {
    const input = await writeWorkbookFile(folder.path(), 'aix.xlsx', [
      { name: 'Notes', rows: [['Réunion CLU']] },
      seedSheet(),
    ]);
    const same = await runCli(['rollover', input, '-o', input]);
    expect(same.code).toBe(2);
    const run = await runCli(['rollover', input, '--sheet', 'Tableau de bord 2020']);
    expect(run.code).toBe(0);
    const book = await loadWorkbook(await readFile(join(folder.path(), 'aix.2021.xlsx')));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Notes',
      'Tableau de bord 2020',
      'Tableau de bord 2021',
    ]);
  });

  it('exits 2 with one sentence for a missing file or a dashboard without a year', async () => {
    const missing = await runCli(['rollover', join(folder.path(), 'absent.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const noYear = await writeWorkbookFile(folder.path(), 'suivi.xlsx', [
      {
        name: 'Suivi',
        rows: seedSheet({ G3: 'Mois' }).rows,
        merges: seedSheet().merges,
      },
    ]);
    const run = await runCli(['rollover', noYear]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('L’année du tableau de bord est introuvable');
  });

  it('is listed in the help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toContain('rollover');
  });

  it('works as a filter, rollover - -o -, and refuses - without -o', async () => {
    const piped = {
      stdin: await readFile(SAMPLE),
      stdinIsTerminal: false,
      stdoutIsTerminal: false,
    };
    const run = await runCli(['rollover', '-', '-o', '-'], undefined, piped);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const grids = workbookToGrids(await loadWorkbook(run.stdoutBytes));
    expect(grids.map((grid) => grid.sheet)).toContain('Tableau de bord 2021');
    const refused = await runCli(['rollover', '-'], undefined, piped);
    expect(refused.code).toBe(2);
    expect(refused.stdoutBytes.length).toBe(0);
  });
});
