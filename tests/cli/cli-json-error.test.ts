/**
 * With --json, unusable input prints `{ schema: "qualepref-error/1", code, message }` on stdout
 * besides the sentence on stderr, exit 2; the codes are a stable list the README documents.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI_ERROR_CODES } from '../../src/cli/cli-error';
import { removeDir, seedSheet, tempDir, writeWorkbookFile } from '../fixtures/variants/files';
import { withoutStyles } from '../helpers/package-edit';
import type { Streams } from './run-cli';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');

let dir: string;
let sample: string;

beforeEach(async () => {
  dir = await tempDir();
  sample = join(dir, 'tableau.xlsx');
  await copyFile(SAMPLE, sample);
});

afterEach(() => removeDir(dir));

/** Runs an unusable input and returns the JSON error object, checked against stderr. */
async function jsonError(args: readonly string[], streams?: Streams): Promise<unknown> {
  const run = await runCli(args, undefined, streams);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^[^\n]+\n$/);
  const error = JSON.parse(run.stdout) as { message?: unknown };
  expect(Object.keys(error)).toEqual(['schema', 'code', 'message']);
  expect(error.message).toBe(run.stderr.trimEnd());
  expect(run.stdout.endsWith('}\n')).toBe(true);
  return error;
}

const piped: Streams = { stdinIsTerminal: false, stdoutIsTerminal: false };

describe('the JSON error object', () => {
  it('has the schema, a stable code and the French sentence', async () => {
    const path = join(dir, 'absent.xlsx');
    expect(await jsonError(['check', path, '--json'])).toEqual({
      schema: 'qualepref-error/1',
      code: 'missing_file',
      message: `Le fichier «\u00a0${path}\u00a0» est introuvable\u00a0: vérifiez le nom et le dossier.`,
    });
  });

  it('speaks English with --lang en', async () => {
    expect(await jsonError(['check', sample, '--json', '--lang', 'en', '--as-of', 'June'])).toEqual(
      {
        schema: 'qualepref-error/1',
        code: 'bad_as_of',
        message: '--as-of expects a month written YYYY-MM, for example 2020-06, not "June".',
      },
    );
  });

  it('is not printed without --json, nor for what follows --', async () => {
    const run = await runCli(['check', join(dir, 'absent.xlsx')]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    const after = await runCli(['check', '--', '--json']);
    expect([after.code, after.stdout]).toEqual([2, '']);
  });

  it('gives each kind of unusable input its code', async () => {
    await writeFile(join(dir, 'notes.xlsx'), 'Janv;Fevr;Mars\n');
    await writeFile(join(dir, 'ancien.xls'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    await mkdir(join(dir, 'dossier.xlsx'));
    await writeWorkbookFile(dir, 'sans-tableau.xlsx', [
      { name: 'Notes', rows: [['Comité qualité']] },
      { name: 'Vide', rows: [] },
    ]);
    await writeWorkbookFile(dir, 'vide.xlsx', [{ name: 'Feuil1', rows: [] }]);
    await writeWorkbookFile(dir, 'controle.xlsx', [{ ...seedSheet(), name: 'contrôle 2020' }]);
    const cases: [readonly string[], string, Streams?][] = [
      [['check', join(dir, 'dossier.xlsx'), '--json'], 'is_directory'],
      [['check', join(dir, 'notes.xlsx'), '--json'], 'not_a_workbook'],
      [['check', join(dir, 'ancien.xls'), '--json'], 'legacy_xls'],
      [['check', join(dir, 'vide.xlsx'), '--json'], 'empty_workbook'],
      [['check', join(dir, 'sans-tableau.xlsx'), '--json', '--sheet', 'Vide'], 'empty_sheet'],
      [['check', join(dir, 'sans-tableau.xlsx'), '--json'], 'no_dashboard'],
      [['check', sample, '--json', '--sheet', 'TDB'], 'unknown_sheet'],
      [['fill', join(dir, 'controle.xlsx'), '--json'], 'report_name_taken'],
      [['check', sample, '--json', '--lang', 'de'], 'bad_lang'],
      [['fill', sample, '--json', '-o', sample], 'same_output'],
      [['fill', '-', '--json'], 'output_required', piped],
      [['check', '-', '--json'], 'stdin_is_terminal'],
      [['check', '-', '--json'], 'unreadable_file', { ...piped, stdin: new Error('EIO') }],
      [['fill', sample, '--json', '-o', '-'], 'stdout_taken', piped],
      [['fill', sample, '--json', '-o', join(sample, 'x.xlsx')], 'not_written'],
      [['check', sample, '--json', '--csv'], 'unknown_option'],
      [['check', sample, '--json', '--sheet'], 'missing_value'],
      [['check', '--json'], 'missing_argument'],
      [['check', sample, sample, '--json'], 'too_many_arguments'],
      [['verify', sample, '--json'], 'unknown_command'],
    ];
    for (const [args, code, streams] of cases) {
      expect([args, await jsonError(args, streams)]).toEqual([
        args,
        expect.objectContaining({ code }),
      ]);
    }
  });
});

describe('a copy that cannot be produced', () => {
  async function unstyled(): Promise<string> {
    const path = join(dir, 'sans-styles.xlsx');
    await writeFile(path, withoutStyles(new Uint8Array(await readFile(SAMPLE))));
    return path;
  }

  it.each(['fill', 'rollover'])(
    '%s: not_saved, in French without the engine’s English',
    async (command) => {
      const path = await unstyled();
      expect(await jsonError([command, path, '--json'])).toEqual({
        schema: 'qualepref-error/1',
        code: 'not_saved',
        message: `La copie du fichier «\u00a0${path}\u00a0» n’a pas pu être produite\u00a0: le fichier n’a pas été modifié\u202f; ouvrez-le dans Excel, enregistrez-le de nouveau, puis réessayez.`,
      });
    },
  );

  it('keeps the engine’s detail in English, where support reads it', async () => {
    const path = await unstyled();
    expect(await jsonError(['fill', path, '--json', '--lang', 'en'])).toEqual({
      schema: 'qualepref-error/1',
      code: 'not_saved',
      message: `The copy of file "${path}" could not be produced (the workbook has no styles part): the file was not changed; open it in Excel, save it again, then try again.`,
    });
  });
});

describe('the error codes', () => {
  it('are exactly the codes of the README’s table, in its order', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    // The section "The command line", up to the next section; prettier pads the table's cells.
    const section = readme.split(/^## The command line$/m)[1].split(/^## /m)[0];
    const documented = [...section.matchAll(/^\s*\| `([a-z0-9_]+)` +\|/gm)].map((row) => row[1]);
    expect(documented).toEqual([...CLI_ERROR_CODES]);
  });

  it('are unique, lower-case words joined by _', () => {
    expect(new Set(CLI_ERROR_CODES).size).toBe(CLI_ERROR_CODES.length);
    for (const code of CLI_ERROR_CODES) expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
  });
});
