/**
 * The command line over files that are not plain .xlsx dashboards: macro-enabled workbooks stay
 * .xlsm, and every file that cannot be read gets exit 2 and one French sentence saying what to
 * do, nothing on stdout, no file written.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { openPackage } from '../../src/xlsx';
import { FEATURES, withFeatures } from '../fixtures/features/features';
import { removeDir, tempDir } from '../fixtures/variants/files';
import { unzip, zip } from '../helpers/package-edit';
import { runCli } from './run-cli';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');

let dir: string;

beforeEach(async () => {
  dir = await tempDir();
});

afterEach(() => removeDir(dir));

async function withFeature(name: string, file: string): Promise<string> {
  const path = join(dir, file);
  const parts = withFeatures(unzip(new Uint8Array(await readFile(SAMPLE))), [name]);
  await writeFile(path, zip(parts));
  return path;
}

async function sentence(args: readonly string[]): Promise<string> {
  const before = (await readdir(dir)).sort();
  const run = await runCli(args);
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  expect(run.stderr).toMatch(/^[^\n]+\n$/);
  expect((await readdir(dir)).sort()).toEqual(before);
  return run.stderr.trimEnd();
}

describe('macro-enabled workbooks', () => {
  it('fill writes <name>.controle.xlsm, macros kept', async () => {
    const input = await withFeature('VBA project (.xlsm)', 'tableau.xlsm');
    const run = await runCli(['fill', input]);
    expect(run.code).toBe(1);
    const output = join(dir, 'tableau.controle.xlsm');
    expect(run.stdout).toContain(`Classeur contrôlé écrit dans\u00a0: ${output}\n`);
    const before = openPackage(new Uint8Array(await readFile(input)));
    const after = openPackage(new Uint8Array(await readFile(output)));
    expect(after.macroEnabled).toBe(true);
    expect(after.bytes('xl/vbaProject.bin')).toEqual(before.bytes('xl/vbaProject.bin'));
  });

  it('refuses an output whose extension contradicts the macros', async () => {
    const xlsm = await withFeature('VBA project (.xlsm)', 'tableau.xlsm');
    expect(await sentence(['fill', xlsm, '-o', join(dir, 'envoi.xlsx')])).toMatch(
      /^Le classeur contient des macros\u00a0: le fichier à écrire doit se terminer par \.xlsm/,
    );
    const xlsx = join(dir, 'tableau.xlsx');
    await copyFile(SAMPLE, xlsx);
    expect(await sentence(['fill', xlsx, '-o', join(dir, 'envoi.xlsm')])).toMatch(
      /^Le classeur ne contient pas de macros\u00a0: le fichier à écrire doit se terminer par \.xlsx/,
    );
  });
});

describe('files that are not readable workbooks', () => {
  const ole = (stream: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
    bytes.set(
      Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    return bytes;
  };

  it.each([
    [
      'chiffre.xlsx',
      () => ole('EncryptedPackage'),
      /est protégé par un mot de passe\u00a0: ouvrez-le dans Excel, retirez le mot de passe/,
    ],
    [
      'ancien.xls',
      () => ole('Workbook'),
      /est au format Excel 97-2003 \(\.xls\)\u00a0: ouvrez-le dans Excel et enregistrez-le/,
    ],
    [
      'calc.ods',
      () => zip({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet') }),
      /est un classeur OpenDocument \(\.ods\)\u00a0: ouvrez-le dans LibreOffice Calc et enregistrez-le au format Excel/,
    ],
    [
      'coupe.xlsx',
      async () => (await readFile(SAMPLE)).subarray(0, 4000),
      /est incomplet ou endommagé\u00a0: /,
    ],
  ])('%s', async (name, bytes, expected) => {
    const path = join(dir, name);
    await writeFile(path, await bytes());
    for (const command of ['check', 'fill']) {
      const said = await sentence([command, path]);
      expect(said).toMatch(
        new RegExp(`^Le fichier «\u00a0${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\u00a0» `),
      );
      expect(said).toMatch(expected);
    }
  });

  it('answers at once on a sheet with a list validation over whole columns', async () => {
    const input = await withFeature('a list validation over whole columns', 'validation.xlsx');
    const run = await runCli(['check', input, '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.indicators).toBe(20);
  });
});

// Every feature copy is still a readable dashboard for the command line.
it.each(Object.keys(FEATURES))('check reads the copy with %s', async (name) => {
  const input = await withFeature(name, name.includes('.xlsm') ? 'f.xlsm' : 'f.xlsx');
  const run = await runCli(['check', input, '--json']);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
});
