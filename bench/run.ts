/**
 * Performance budgets of design.md §8, measured (never in unit tests):
 * - engine: recognise + analyse + planFill on 20, 200 and 2,000 indicator rows, in processor
 *   time; the seed's size under 2 ms, and linear (µs per row at 2,000 at most 1.5× the one at
 *   200);
 * - command line (bench/cli.ts): whole processes, `qualepref check` at most 0.5× and `fill` at
 *   most 1.0× a bare ExcelJS load of the same file;
 * - `qualepref consolidate` of 100 twenty-row dashboards under 5 s (bench/consolidate.ts).
 * Exit code 1 when a budget is exceeded.  Run: npm run bench
 */
import { analyse } from '../src/core/analyse';
import { planFill } from '../src/core/plan';
import { recognise } from '../src/core/recognise';
import { fillWords } from '../src/i18n/fill-words';
import { benchCommandLine } from './cli';
import { benchConsolidate } from './consolidate';
import { dashboardGrid } from './dashboards';
import { TODAY } from './silent-io';
import { median, table } from './stats';

const ENGINE_BUDGET_MS = 2;
const LINEARITY_BUDGET = 1.5;

function engineRun(rows: number): () => void {
  const grid = dashboardGrid(rows);
  return () => {
    const recognition = recognise(grid);
    if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
    planFill(grid, analyse(grid, recognition.dashboard, { today: TODAY }), fillWords('fr'));
  };
}

/**
 * Processor time of one run, in ms: the median over 15 batches of `batch` runs, after two
 * unmeasured batches. Processor time rather than elapsed time: on a shared machine a run longer
 * than the scheduler's slice (the 2,000-row one) waits for other processes, a short one seldom
 * does, and elapsed time would measure the machine's load instead of the engine's growth.
 */
function timeCpu(run: () => void, batch: number): number {
  for (let i = 0; i < batch * 2; i++) run();
  const times: number[] = [];
  for (let b = 0; b < 15; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < batch; i++) run();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000 / batch);
  }
  return median(times);
}

async function benchmark(): Promise<string[]> {
  const failures: string[] = [];

  // Batches of about 50 ms: long enough for the processor clock's resolution.
  const engine = [
    { rows: 20, batch: 400 },
    { rows: 200, batch: 40 },
    { rows: 2000, batch: 4 },
  ].map(({ rows, batch }) => {
    const ms = timeCpu(engineRun(rows), batch);
    return { rows, ms, perRow: (ms * 1000) / rows };
  });
  console.log('Moteur : recognise + analyse + planFill (temps processeur, médiane)\n');
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
  failures.push(...(await benchConsolidate()));
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
