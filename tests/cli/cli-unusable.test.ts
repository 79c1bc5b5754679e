/** Unusable input: exit 2, one sentence on stderr, nothing on stdout, no file written. */
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeDir, seedSheet, tempDir, writeWorkbookFile } from '../fixtures/variants/files';
import type { CliRun } from './run-cli';
import { runCli } from './run-cli';
import { FR_SHORT } from '../helpers/month-headers';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');

let dir: string;
let sample: string;
let before: string[];

beforeEach(async () => {
  dir = await tempDir();
  sample = join(dir, 'tableau.xlsx');
  await copyFile(SAMPLE, sample);
  await writeFile(join(dir, 'notes.xlsx'), 'Janv;Fevr;Mars\n99,0%;98,8%;98,6%\n');
  await mkdir(join(dir, 'dossier.xlsx'));
  await writeWorkbookFile(dir, 'sans-tableau.xlsx', [
    { name: 'Notes', rows: [['Comité qualité'], ['Ordre du jour']] },
    { name: 'Vide', rows: [] },
  ]);
  await writeWorkbookFile(dir, 'vide.xlsx', [{ name: 'Feuil1', rows: [] }]);
  await writeWorkbookFile(dir, 'sans-lignes.xlsx', [
    {
      name: 'TDB',
      rows: [['Indicateur', ...FR_SHORT]],
    },
  ]);
  await writeWorkbookFile(dir, 'controle.xlsx', [{ ...seedSheet(), name: 'contrôle 2020' }]);
  before = (await readdir(dir)).sort();
});

afterEach(() => removeDir(dir));

async function unusable(args: readonly string[]): Promise<string> {
  const run: CliRun = await runCli(args);
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
  expect(run.stderr).toMatch(/^[^\n]+\n$/);
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  expect((await readdir(dir)).sort()).toEqual(before);
  return run.stderr.trimEnd();
}

describe('unusable input', () => {
  it('a missing file', async () => {
    const path = join(dir, 'absent.xlsx');
    expect(await unusable(['check', path])).toBe(
      `Le fichier «\u00a0${path}\u00a0» est introuvable\u00a0: vérifiez le nom et le dossier.`,
    );
    expect(await unusable(['fill', path])).toMatch(/introuvable/);
  });

  it('a text file named .xlsx, and a folder', async () => {
    expect(await unusable(['check', join(dir, 'notes.xlsx')])).toMatch(
      /^Le fichier «\u00a0.*notes\.xlsx\u00a0» n’est pas un classeur Excel \.xlsx\u00a0: /,
    );
    expect(await unusable(['fill', join(dir, 'notes.xlsx')])).toMatch(
      /n’est pas un classeur Excel/,
    );
    expect(await unusable(['check', join(dir, 'dossier.xlsx')])).toMatch(
      /est un dossier, pas un classeur Excel/,
    );
  });

  it('a workbook without a dashboard says why', async () => {
    expect(await unusable(['fill', join(dir, 'sans-tableau.xlsx')])).toBe(
      `Aucun tableau de bord trouvé dans «\u00a0${join(dir, 'sans-tableau.xlsx')}\u00a0»\u00a0: aucune ligne d’en-tête ne porte les douze mois, de janvier à décembre (Janv, Févr… Déc).`,
    );
    expect(await unusable(['check', join(dir, 'sans-lignes.xlsx')])).toMatch(
      /: aucune ligne d’indicateur n’apparaît sous les en-têtes des mois\.$/,
    );
  });

  it('an empty sheet, an empty workbook', async () => {
    expect(await unusable(['check', join(dir, 'sans-tableau.xlsx'), '--sheet', 'Vide'])).toBe(
      'La feuille «\u00a0Vide\u00a0» est vide.',
    );
    expect(await unusable(['check', join(dir, 'vide.xlsx')])).toMatch(
      /ne contient que des feuilles vides\.$/,
    );
  });

  it('a dashboard in a sheet bearing the report sheet’s name is not overwritten', async () => {
    expect(await unusable(['fill', join(dir, 'controle.xlsx')])).toBe(
      'Le tableau de bord est dans une feuille nommée «\u00a0Contrôle 2020\u00a0», le nom de la feuille de contrôle que le calcul écrit\u00a0: renommez-la puis recommencez.',
    );
  });

  it('an unknown sheet lists the sheets of the workbook', async () => {
    expect(await unusable(['fill', sample, '--sheet', 'TDB 2021'])).toBe(
      'La feuille «\u00a0TDB 2021\u00a0» n’existe pas dans ce classeur\u202f; ses feuilles sont\u00a0: «\u00a0Tableau de bord 2020\u00a0».',
    );
  });

  it('a bad --as-of or --lang', async () => {
    for (const month of ['2020-13', '2020-6', 'juin', '2020-00']) {
      expect(await unusable(['check', sample, '--as-of', month])).toBe(
        `--as-of attend un mois au format AAAA-MM, par exemple 2020-06, et non «\u00a0${month}\u00a0».`,
      );
    }
    expect(await unusable(['fill', sample, '--lang', 'de'])).toBe(
      '--lang attend fr ou en, et non «\u00a0de\u00a0».',
    );
  });

  it('an unknown option or command, a missing argument or value, no command', async () => {
    expect(await unusable(['check', sample, '--csv'])).toBe(
      'Option inconnue «\u00a0--csv\u00a0» (qualepref --help pour la liste des options).',
    );
    expect(await unusable(['check', sample, '-o', 'x.xlsx'])).toMatch(
      /^Option inconnue «\u00a0-o\u00a0»/,
    );
    expect(await unusable(['verify', sample])).toMatch(
      /^Commande inconnue «\u00a0verify\u00a0»\u202f; les commandes sont\u00a0: check, fill, consolidate, rollover \(/,
    );
    expect(await unusable(['check'])).toBe(
      'Indiquez le classeur à contrôler, par exemple\u00a0: qualepref check tableau.xlsx.',
    );
    expect(await unusable(['rollover'])).toBe(
      'Indiquez le classeur à partir duquel préparer l’année suivante, par exemple\u00a0: qualepref rollover tableau.xlsx.',
    );
    expect(await unusable(['--lang', 'en', 'consolidate'])).toBe(
      'Give the sites’ workbooks to gather, for example: qualepref consolidate sites/*.xlsx.',
    );
    expect(await unusable(['rollover', sample, sample])).toBe(
      'Un seul classeur à la fois, par exemple\u00a0: qualepref rollover tableau.xlsx.',
    );
    expect(await unusable(['check', sample, '--sheet'])).toMatch(
      /^L’option --sheet attend une valeur/,
    );
    expect(await unusable(['check', sample, sample])).toMatch(/^Un seul classeur à la fois/);
    expect(await unusable([])).toMatch(
      /^Indiquez une commande \(check, fill, consolidate, rollover\), par exemple/,
    );
  });

  it('an output that is the input itself, however it is written', async () => {
    const message = `Le fichier à écrire est le classeur d’origine «\u00a0${sample}\u00a0»\u00a0: choisissez un autre nom avec -o, l’original n’est jamais modifié.`;
    expect(await unusable(['fill', sample, '-o', sample])).toBe(message);
    expect(
      await unusable(['fill', sample, '-o', join(dir, '.', 'sous', '..', 'tableau.xlsx')]),
    ).toBe(message);
  });

  it('in English with --lang en', async () => {
    const path = join(dir, 'absent.xlsx');
    expect(await unusable(['check', path, '--lang', 'en'])).toBe(
      `File "${path}" not found: check its name and folder.`,
    );
    expect(await unusable(['check', sample, '--lang=en', '--as-of', 'June'])).toBe(
      '--as-of expects a month written YYYY-MM, for example 2020-06, not "June".',
    );
    expect(await unusable(['--lang', 'en', 'verify'])).toMatch(/^Unknown command "verify"/);
  });
});

describe('help', () => {
  it('prints the French help on stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/^Utilisation\u00a0: qualepref \[options\] \[commande\]/);
    expect(run.stdout).toMatch(/Commandes\u00a0:\n {2}check \[options\] <fichier\.xlsx>/);
    expect(run.stdout).toContain('fill [options] <fichier.xlsx>');
  });

  it('gives each command its options', async () => {
    const check = await runCli(['check', '--help']);
    expect(check.code).toBe(0);
    for (const option of ['--sheet <nom>', '--as-of <AAAA-MM>', '--json', '--lang <fr|en>']) {
      expect(check.stdout).toContain(option);
    }
    const fill = await runCli(['help', 'fill']);
    expect(fill.code).toBe(0);
    expect(fill.stdout).toContain('-o, --output <sortie.xlsx>');
    expect(fill.stdout).toContain('--json');
  });

  it('is in English with --lang en', async () => {
    const run = await runCli(['--help', '--lang', 'en']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: qualepref \[options\] \[command\]/);
    expect(run.stdout).toContain('Exit code: 0 ready to send, 1 errors to fix, 2 unusable input.');
  });
});
