/**
 * Performance budgets of design.md §8, measured (never in unit tests):
 * - engine: recognise + analyse + planFill on 20, 200 and 2,000 indicator rows; the seed's size
 *   under 2 ms, and linear (µs per row at 2,000 at most 3× the one at 200);
 * - command line: `qualepref check` costs at most 1.3× a bare ExcelJS load of the same file.
 * Exit code 1 when a budget is exceeded.  Run: npm run bench
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workbook } from 'exceljs';
import { main } from '../src/cli/main';
import { analyse } from '../src/core/analyse';
import { planFill } from '../src/core/plan';
import { fillWords } from '../src/i18n/fill-words';
import { recognise } from '../src/core/recognise';
import { removeDir, tempDir, workbookBytes } from '../tests/fixtures/variants/files';
import { dashboardGrid, dashboardSheet } from './dashboards';

const SAMPLE = join(__dirname, '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');
const TODAY = { year: 2026, month: 11 };
const ENGINE_BUDGET_MS = 2;
const LINEARITY_BUDGET = 3;
const CLI_BUDGET = 1.3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function engineRun(rows: number): () => void {
  const grid = dashboardGrid(rows);
  return () => {
    const recognition = recognise(grid);
    if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
    planFill(grid, analyse(grid, recognition.dashboard, { today: TODAY }), fillWords('fr'));
  };
}

function timeSync(run: () => void, runs: number): number {
  for (let i = 0; i < Math.min(runs, 20); i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Runs a and b alternately so that both see the same machine load; medians in ms. A tenth as
 * many unmeasured pairs first, so that the code is optimised and the collector has settled
 * after what ran before (the large file is written just before).
 */
async function timePair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs: number,
): Promise<[number, number]> {
  for (let i = 0; i < Math.max(1, Math.round(runs / 10)); i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [index, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[index].push(performance.now() - start);
    }
  }
  return [median(times[0]), median(times[1])];
}

const SILENT = { stdout: () => undefined, stderr: () => undefined, today: () => TODAY };

async function checkAgainstLoad(path: string, runs: number): Promise<[number, number]> {
  const check = async () => {
    if ((await main(['check', path], SILENT)) === 2) throw new Error(`unusable ${path}`);
  };
  // ExcelJS types its input as its own `Buffer` interface, which a Node Buffer does not match.
  const bare = async () =>
    new Workbook().xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return timePair(check, bare, runs);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function benchmark(): Promise<string[]> {
  const failures: string[] = [];

  const engine = [
    { rows: 20, runs: 400 },
    { rows: 200, runs: 100 },
    { rows: 2000, runs: 20 },
  ].map(({ rows, runs }) => {
    const ms = timeSync(engineRun(rows), runs);
    return { rows, ms, perRow: (ms * 1000) / rows };
  });
  console.log('Moteur : recognise + analyse + planFill (médiane)\n');
  console.log(
    table(
      ['lignes', 'ms', 'µs/ligne'],
      engine.map((e) => [String(e.rows), e.ms.toFixed(3), e.perRow.toFixed(2)]),
    ),
  );
  const [seed, , large] = engine;
  const medium = engine[1];
  if (seed.ms >= ENGINE_BUDGET_MS) {
    failures.push(`engine: ${seed.ms.toFixed(3)} ms for 20 rows (budget < ${ENGINE_BUDGET_MS} ms)`);
  }
  const growth = large.perRow / medium.perRow;
  if (growth > LINEARITY_BUDGET) {
    failures.push(
      `engine: per-row time ×${growth.toFixed(2)} from 200 to 2,000 rows (budget ≤ ${LINEARITY_BUDGET})`,
    );
  }

  const dir = await tempDir();
  try {
    const bigFile = join(dir, 'tableau-2000-lignes.xlsx');
    await writeFile(bigFile, await workbookBytes([dashboardSheet(2000)]));
    // Enough pairs for a stable median on a shared machine (a few seconds each).
    const files = [
      { name: 'exemple (20 lignes)', path: SAMPLE, runs: 200 },
      { name: '2 000 lignes', path: bigFile, runs: 21 },
    ];
    const cli: string[][] = [];
    for (const file of files) {
      const [check, bare] = await checkAgainstLoad(file.path, file.runs);
      const ratio = check / bare;
      cli.push([file.name, bare.toFixed(1), check.toFixed(1), ratio.toFixed(2)]);
      if (ratio > CLI_BUDGET) {
        failures.push(
          `check on ${file.name}: ×${ratio.toFixed(2)} a bare ExcelJS load (budget ≤ ${CLI_BUDGET})`,
        );
      }
    }
    console.log(
      '\nLigne de commande : qualepref check face à un chargement ExcelJS seul (médiane)\n',
    );
    console.log(table(['fichier', 'ExcelJS ms', 'check ms', 'rapport'], cli));
  } finally {
    await removeDir(dir);
  }
  return failures;
}

benchmark()
  .then((failures) => {
    console.log(
      failures.length === 0
        ? '\nBudgets tenus.'
        : `\nBudgets dépassés :\n- ${failures.join('\n- ')}`,
    );
    process.exitCode = failures.length === 0 ? 0 : 1;
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
