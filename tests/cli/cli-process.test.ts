/**
 * The command in a real process, with real pipes and a real terminal (`script` gives one):
 * what the in-process tests inject (standard streams, whether they are terminals) holds.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookToGrids } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');
/** src/cli/main.ts run by tsx, as bin/qualepref.js runs the bundle lib/cli/qualepref.js. */
const ENTRY = `require('./src/cli/main').main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;
const NODE_ARGS = ['--require', 'tsx/cjs', '-e', ENTRY, '--'];

function qualepref(args: readonly string[], input?: Buffer) {
  const run = spawnSync(process.execPath, [...NODE_ARGS, ...args], {
    cwd: ROOT,
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr.toString('utf8') };
}

/** Runs in a pseudo-terminal: stdin and stdout are terminals, as in an agent's shell. */
function inTerminal(args: readonly string[]) {
  const quoted = [process.execPath, ...NODE_ARGS, ...args]
    .map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  const run = spawnSync('script', ['-qec', quoted, '/dev/null'], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, output: run.stdout };
}

describe('qualepref in a process', () => {
  const sample = readFileSync(SAMPLE);

  it('reads standard input for -', () => {
    const run = qualepref(['check', '-', '--json'], sample);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout.toString('utf8'))).toMatchObject({ file: '-', year: 2020 });
  });

  it('writes a whole workbook to standard output with -o -, the report on stderr', async () => {
    const run = qualepref(['fill', '-', '-o', '-'], sample);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Classeur contrôlé écrit sur la sortie standard\.\n$/);
    const grids = workbookToGrids(await loadWorkbook(run.stdout));
    expect(grids.map((grid) => grid.sheet)).toEqual(['Tableau de bord 2020', 'Contrôle 2020']);
  });

  it('refuses a terminal as the workbook input or output', () => {
    const output = inTerminal(['fill', SAMPLE, '-o', '-']);
    expect(output.code).toBe(2);
    expect(output.output).toMatch(
      /^-o - écrirait le classeur sur la sortie standard, qui est ici le terminal/,
    );
    const input = inTerminal(['check', '-']);
    expect(input.code).toBe(2);
    expect(input.output).toMatch(
      /^Le fichier - désigne l’entrée standard, qui est ici le terminal/,
    );
  });

  it('prints its version', () => {
    const run = qualepref(['--version']);
    expect([run.code, run.stdout.toString('utf8').trim()]).toEqual([
      0,
      (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    ]);
  });
});
