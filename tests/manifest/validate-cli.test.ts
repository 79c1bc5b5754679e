/** `npm run validate` as a command: its options, its help, and what it refuses. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './validate';

const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');

function validate(args: readonly string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PRODUCTION_ERROR =
  'URL de développement dans un manifeste de production : https://localhost:3000/taskpane.html';

describe('npm run validate', () => {
  it('takes -p, the documented form, as --production', () => {
    const npm = spawnSync('npm', ['run', '--silent', 'validate', '--', '-p'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(npm.status).toBe(1);
    expect(npm.stderr).toContain(PRODUCTION_ERROR);
    expect(npm.stderr).not.toContain('introuvable');
    const long = validate(['manifest.xml', '--production']);
    expect(long).toEqual({ ...validate(['manifest.xml', '-p']), code: 1 });
    expect(long.stderr).toContain(PRODUCTION_ERROR);
  });

  it('takes --pages, before or after the manifest', () => {
    for (const args of [
      ['manifest.xml', '--pages'],
      ['--pages', 'manifest.xml'],
    ]) {
      const run = validate(args);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/Fichier manquant pour https:\/\/localhost:3000\/taskpane\.html/);
    }
  });

  it('accepts the development manifest without options', () => {
    expect(validate(['manifest.xml'])).toEqual({
      code: 0,
      stdout: 'manifest.xml : manifeste valide.\n',
      stderr: '',
    });
  });

  it.each([['--help'], ['-h'], ['manifest.xml', '--help']])(
    '%s prints the French help on stdout and exits 0',
    (...args) => {
      const run = validate(args);
      expect([run.code, run.stderr]).toEqual([0, '']);
      expect(run.stdout).toMatch(/^Utilisation\u00a0: node scripts\/validate-manifest\.js/);
      expect(run.stdout).toContain('-p, --production');
      expect(run.stdout).toContain('--pages');
    },
  );

  it.each([
    [['manifest.xml', '--prod'], 'Option inconnue « --prod »'],
    [['manifest.xml', '-x'], 'Option inconnue « -x »'],
    [['-pq', 'manifest.xml'], 'Option inconnue « -q »'],
  ])('refuses the unknown option in %j with exit 2 and one French sentence', (args, start) => {
    const run = validate(args);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `${start}\u00a0: les options sont -p (--production), --pages et -h (--help).\n`,
    );
  });

  it('refuses a value given to a switch, and no manifest at all', () => {
    const value = validate(['manifest.xml', '--production=oui']);
    expect([value.code, value.stderr]).toEqual([
      2,
      'L’option --production ne prend pas de valeur (--help pour l’aide).\n',
    ]);
    const none = validate(['-p']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Indiquez le manifeste à valider/);
  });

  it('reads what follows -- as manifests', () => {
    const run = validate(['--', '-p']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Manifeste introuvable : -p');
  });
});
