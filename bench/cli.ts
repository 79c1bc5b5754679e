/**
 * Command-line budgets of design.md §8, as whole processes (start-up included, as an agent
 * runs them): `qualepref check` at most 0.5x and `qualepref fill` at most 1.0x a bare ExcelJS
 * load of the same file, on the sample and on 2,000 indicator rows. The three processes run in
 * turn so that they see the same machine load; medians.
 */
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { removeDir, tempDir, workbookBytes } from '../tests/fixtures/variants/files';
import { dashboardSheet } from './dashboards';
import { median, table } from './stats';

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');
const BIN = join(ROOT, 'bin', 'qualepref.js');
const CHECK_BUDGET = 0.5;
const FILL_BUDGET = 1.0;

/** Loads the file with ExcelJS and nothing else: the yardstick. */
const BARE_LOAD = `require('exceljs'); const { Workbook } = require('exceljs');
new Workbook().xlsx.readFile(process.argv[1]).catch((e) => { console.error(e); process.exit(3); });`;

/** Runs a process to its end; ms. Exit codes 0 and 1 are answers, anything else a failure. */
function timed(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  }
  return ms;
}

/** The built command (lib/cli/: the bundle and its code cache), as `npm ci` builds it. */
function buildCommand(): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.js')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`scripts/build-cli.js failed\n${run.stdout}${run.stderr}`);
}

export async function benchCommandLine(): Promise<string[]> {
  const failures: string[] = [];
  buildCommand();
  const dir = await tempDir();
  try {
    const bigFile = join(dir, 'tableau-2000-lignes.xlsx');
    await writeFile(bigFile, await workbookBytes([dashboardSheet(2000)]));
    const files = [
      { name: 'exemple (20 lignes)', path: SAMPLE, runs: 15 },
      { name: '2 000 lignes', path: bigFile, runs: 7 },
    ];
    const rows: string[][] = [];
    for (const file of files) {
      const output = join(dir, 'rempli.xlsx');
      const commands = {
        bare: ['-e', BARE_LOAD, file.path],
        check: [BIN, 'check', file.path],
        fill: [BIN, 'fill', file.path, '-o', output],
      };
      const times = { bare: [] as number[], check: [] as number[], fill: [] as number[] };
      for (let i = 0; i < file.runs + 1; i++) {
        for (const [name, args] of Object.entries(commands) as [keyof typeof times, string[]][]) {
          const ms = timed(args);
          // The first round warms the file system cache and is not counted.
          if (i > 0) times[name].push(ms);
        }
      }
      const bare = median(times.bare);
      const check = median(times.check) / bare;
      const fill = median(times.fill) / bare;
      rows.push([
        file.name,
        bare.toFixed(0),
        median(times.check).toFixed(0),
        check.toFixed(2),
        median(times.fill).toFixed(0),
        fill.toFixed(2),
      ]);
      if (check > CHECK_BUDGET) {
        failures.push(
          `check on ${file.name}: ×${check.toFixed(2)} a bare ExcelJS load (budget ≤ ${CHECK_BUDGET})`,
        );
      }
      if (fill > FILL_BUDGET) {
        failures.push(
          `fill on ${file.name}: ×${fill.toFixed(2)} a bare ExcelJS load (budget ≤ ${FILL_BUDGET})`,
        );
      }
    }
    console.log(
      '\nLigne de commande, processus entiers : check et fill face à un chargement ExcelJS seul (médiane)\n',
    );
    console.log(
      table(['fichier', 'ExcelJS ms', 'check ms', 'rapport', 'fill ms', 'rapport'], rows),
    );
  } finally {
    await removeDir(dir);
  }
  return failures;
}
