/** What any command line is expected to do: --version, --help, refusing what it does not know. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run-cli';

const ROOT = join(__dirname, '..', '..');
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');

describe('qualepref --version', () => {
  it.each([['--version'], ['-V'], ['--lang', 'en', '--version']])(
    '%s prints the version of package.json and exits 0',
    async (...args) => {
      const run = await runCli(args);
      expect(run).toMatchObject({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    },
  );

  it('is listed in the help', async () => {
    const run = await runCli(['--help']);
    expect(run.stdout).toMatch(/-V, --version +affiche le numéro de version/);
  });
});

describe('help', () => {
  it.each([['-h'], ['--help'], ['help'], ['check', '-h'], ['fill', '--help'], ['help', 'check']])(
    '%s prints on stdout and exits 0',
    async (...args) => {
      const run = await runCli(args);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toMatch(/^Utilisation\u00a0: qualepref /);
    },
  );

  it('documents - for standard input and output', async () => {
    // Commander wraps the descriptions to the terminal's width.
    const fill = (await runCli(['fill', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(fill).toContain('ou - pour le lire sur l’entrée standard');
    expect(fill).toContain('ou - pour la sortie standard');
    expect(fill).toContain('obligatoire quand le fichier est -');
    const help = await runCli(['--help']);
    expect(help.stdout).toContain(
      'qualepref fill - -o - < tableau-de-bord-2020.xlsx > controle.xlsx',
    );
  });
});

describe('the commands', () => {
  it.each([['fr'], ['en']])('are each listed with an example in the %s help', async (lang) => {
    const help = (await runCli(['--help', '--lang', lang])).stdout;
    for (const command of ['check', 'fill', 'consolidate', 'rollover']) {
      expect(help).toMatch(new RegExp(`^ {2}${command} \\[options\\] <`, 'm'));
      expect(help).toMatch(new RegExp(`^ {2}qualepref ${command} `, 'm'));
    }
  });
});

describe('unknown options', () => {
  it.each([
    [['--verbose'], '--verbose'],
    [['-x', 'check', SAMPLE], '-x'],
    [['check', SAMPLE, '--csv'], '--csv'],
    [['check', SAMPLE, '-q'], '-q'],
    [['fill', SAMPLE, '--output-dir', 'x'], '--output-dir'],
    [['check', '--version', SAMPLE], '--version'],
  ])('%j is refused with exit 2 and one French sentence', async (args, option) => {
    const run = await runCli(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe(
      `Option inconnue «\u00a0${option}\u00a0» (qualepref --help pour la liste des options).\n`,
    );
  });

  it('names the commands there are when one is unknown, also to help', async () => {
    const sentence =
      'Unknown command "verify"; the commands are: check, fill, consolidate, rollover (qualepref --help for help).\n';
    for (const args of [
      ['--lang', 'en', 'verify', SAMPLE],
      ['--lang', 'en', 'help', 'verify'],
      ['help', 'verify', '--lang=en'],
    ]) {
      const run = await runCli(args);
      expect([args, run.code, run.stderr]).toEqual([args, 2, sentence]);
    }
  });

  it('names an option missing its value by its short flag', async () => {
    const run = await runCli(['fill', SAMPLE, '-o']);
    expect([run.code, run.stderr]).toEqual([
      2,
      'L’option -o attend une valeur (qualepref --help pour l’aide).\n',
    ]);
  });
});
