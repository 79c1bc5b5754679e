/**
 * Performance budgets of design.md §8, measured (never in unit tests):
 * - engine: recognise + analyse + planFill on 20, 200 and 2,000 indicator rows; the seed's size
 *   under 2 ms, and linear (µs per row at 2,000 at most 3× the one at 200);
 * - command line (bench/cli.ts): whole processes, `qualepref check` at most 0.5× and `fill` at
 *   most 1.0× a bare ExcelJS load of the same file.
 * Exit code 1 when a budget is exceeded.  Run: npm run bench
 */
import { performance } from 'node:perf_hooks';
import { analyse } from '../src/core/analyse';
import { planFill } from '../src/core/plan';
import { recognise } from '../src/core/recognise';
import { benchCommandLine } from './cli';
import { dashboardGrid } from './dashboards';
import { median, table } from './stats';

const TODAY = { year: 2026, month: 11 };
const ENGINE_BUDGET_MS = 2;
const LINEARITY_BUDGET = 3;

function engineRun(rows: number): () => void {
  const grid = dashboardGrid(rows);
  return () => {
    const recognition = recognise(grid);
    if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
    planFill(grid, analyse(grid, recognition.dashboard, { today: TODAY, lang: 'fr' }));
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

  failures.push(...(await benchCommandLine()));
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
