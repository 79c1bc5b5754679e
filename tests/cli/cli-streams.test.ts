/** `-` as the input (standard input) and as fill's output (standard output), and fill --json. */
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';
import { removeDir, tempDir } from '../fixtures/variants/files';
import { runCli } from './run-cli';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');

let dir: string;
let sample: string;
let bytes: Buffer;

beforeEach(async () => {
  dir = await tempDir();
  sample = join(dir, 'tableau.xlsx');
  await copyFile(SAMPLE, sample);
  bytes = await readFile(sample);
});

afterEach(() => removeDir(dir));

const piped = (stdin?: Uint8Array) => ({ stdin, stdinIsTerminal: false, stdoutIsTerminal: false });

describe('check -', () => {
  it('reads the workbook from standard input: the same report as from its file', async () => {
    const fromFile = await runCli(['check', sample, '--json']);
    const fromStdin = await runCli(['check', '-', '--json'], undefined, piped(bytes));
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stderr).toBe('');
    const report = JSON.parse(fromStdin.stdout) as Record<string, unknown>;
    expect(report.file).toBe('-');
    expect({ ...report, file: 'tableau.xlsx' }).toEqual(JSON.parse(fromFile.stdout));
  });

  it('names standard input in the readable report and in its sentences', async () => {
    const run = await runCli(['check', '-'], undefined, piped(bytes));
    expect(run.stdout).toContain('Fichier\u00a0: -\n');
    const text = await runCli(['check', '-'], undefined, piped(Buffer.from('Janv;Févr\n')));
    expect(text.stderr).toMatch(
      /^Le fichier «\s- \(entrée standard\)\s» n’est pas un classeur Excel \.xlsx\s: /,
    );
    expect(text.code).toBe(2);
  });

  it('refuses a terminal as standard input, reading nothing', async () => {
    const run = await runCli(['check', '-'], undefined, { stdinIsTerminal: true, stdin: bytes });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'Le fichier - désigne l’entrée standard, qui est ici le terminal\u00a0: envoyez-y le classeur, par exemple\u00a0: qualepref check - < tableau.xlsx.\n',
    );
  });

  it('says so when standard input cannot be read', async () => {
    const run = await runCli(['check', '-', '--lang', 'en'], undefined, {
      stdinIsTerminal: false,
      stdin: new Error('EIO'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'File "- (standard input)" cannot be read: check your access rights.\n',
    );
  });

  it('reaches a file literally named - by its path', async () => {
    await copyFile(sample, join(dir, '-'));
    const run = await runCli(['check', join(dir, '-'), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: '-', sheet: 'Tableau de bord 2020' });
  });
});

describe('fill - and fill -o -', () => {
  it('needs -o when the workbook comes from standard input, and says so in French', async () => {
    const run = await runCli(['fill', '-'], undefined, piped(bytes));
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      'Un classeur lu sur l’entrée standard (-) n’a pas de dossier où poser sa copie\u00a0: indiquez le classeur à écrire avec -o, par exemple\u00a0: qualepref fill - -o tableau.controle.xlsx < tableau.xlsx.\n',
    );
    expect(await readdir(dir)).toEqual(['tableau.xlsx']);
  });

  it('fills standard input into the file -o names', async () => {
    const output = join(dir, 'copie.xlsx');
    const run = await runCli(['fill', '-', '-o', output], undefined, piped(bytes));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Classeur contrôlé écrit dans\u00a0: ${output}\n`);
    const direct = join(dir, 'direct.xlsx');
    await runCli(['fill', sample, '-o', direct]);
    expect((await readFile(output)).equals(await readFile(direct))).toBe(true);
  });

  it('writes the workbook to standard output with -o -, the report going to stderr', async () => {
    const run = await runCli(['fill', sample, '-o', '-'], undefined, piped());
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^1 erreur à corriger/m);
    expect(run.stderr).toMatch(/Classeur contrôlé écrit sur la sortie standard\.\n$/);
    const direct = join(dir, 'direct.xlsx');
    await runCli(['fill', sample, '-o', direct]);
    expect(run.stdoutBytes.equals(await readFile(direct))).toBe(true);
    expect(await readdir(dir)).toEqual(['direct.xlsx', 'tableau.xlsx']);
    const grids = workbookToGrids(await loadWorkbook(run.stdoutBytes));
    expect(grids.map((grid) => grid.sheet)).toEqual(['Tableau de bord 2020', 'Contrôle 2020']);
  });

  it('works as a filter: fill - -o -', async () => {
    const run = await runCli(['fill', '-', '-o', '-', '--lang', 'en'], undefined, piped(bytes));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Checked workbook written to standard output\.\n$/);
    expect(run.stdoutBytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses -o - on a terminal before reading anything', async () => {
    const run = await runCli(['fill', join(dir, 'absent.xlsx'), '-o', '-']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stdoutBytes).toHaveLength(0);
    expect(run.stderr).toBe(
      '-o - écrirait le classeur sur la sortie standard, qui est ici le terminal\u00a0: redirigez-la vers un fichier (qualepref fill tableau.xlsx -o - > copie.xlsx) ou donnez un nom de fichier à -o.\n',
    );
  });

  it('refuses -o - together with --json: both would take standard output', async () => {
    const run = await runCli(['fill', sample, '-o', '-', '--json'], undefined, piped());
    expect(run.code).toBe(2);
    expect(run.stdoutBytes).toHaveLength(0);
    expect(run.stderr).toBe(
      '--json et -o - écriraient tous deux sur la sortie standard\u00a0: donnez un nom de fichier à -o, ou retirez --json.\n',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({ code: 'stdout_taken' });
  });
});

describe('fill --json', () => {
  it('prints only the JSON report, the same as check --json, once the copy is written', async () => {
    const check = await runCli(['check', sample, '--json']);
    const fill = await runCli(['fill', sample, '--json']);
    expect(fill.code).toBe(1);
    expect(fill.stderr).toBe('');
    expect(JSON.parse(fill.stdout)).toEqual(JSON.parse(check.stdout));
    expect(fill.stdout).toBe(check.stdout);
    expect((await readdir(dir)).sort()).toEqual(['tableau.controle.xlsx', 'tableau.xlsx']);
  });

  it('prints nothing of the report when the copy cannot be written', async () => {
    const run = await runCli(['fill', sample, '--json', '-o', join(sample, 'copie.xlsx')]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({
      schema: 'qualepref-error/1',
      code: 'not_written',
    });
  });
});
