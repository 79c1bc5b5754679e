/**
 * `qualepref consolidate` of 100 twenty-row dashboards under 5 s (design.md §8): the command
 * run in-process, from reading the hundred files to writing the summary. The first run is cold
 * (modules and the JIT warming up, as a real run is); the median of the next ones is reported
 * too. The budget applies to the cold run.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { main } from '../src/cli/main';
import { removeDir, tempDir, workbookBytes, withCells } from '../tests/fixtures/variants/files';
import { dashboardSheet } from './dashboards';
import { SILENT } from './silent-io';
import { median } from './stats';

const SITES = 100;
const BUDGET_MS = 5000;
const WARM_RUNS = 5;

/** Returns the budgets exceeded, as sentences. */
export async function benchConsolidate(): Promise<string[]> {
  const dir = await tempDir();
  try {
    const sheet = dashboardSheet(20);
    const files: string[] = [];
    for (let i = 0; i < SITES; i++) {
      const path = join(dir, `site-${String(i + 1).padStart(3, '0')}.xlsx`);
      // Each site its own name, so that the summary has a hundred columns pairs to write.
      const rows = withCells(sheet.rows, { A2: `Sous-préfecture ${i + 1}` });
      await writeFile(path, await workbookBytes([{ ...sheet, rows }]));
      files.push(path);
    }
    const argv = ['consolidate', ...files, '-o', join(dir, 'synthese.xlsx')];
    const run = async () => {
      const start = performance.now();
      const code = await main(argv, SILENT);
      if (code === 2) throw new Error('consolidate found no usable file');
      return performance.now() - start;
    };
    const cold = await run();
    const warm: number[] = [];
    for (let i = 0; i < WARM_RUNS; i++) warm.push(await run());
    console.log(`\nqualepref consolidate de ${SITES} tableaux de 20 lignes\n`);
    console.log(
      `  premier passage ${cold.toFixed(0)} ms, ensuite (médiane) ${median(warm).toFixed(0)} ms`,
    );
    return cold < BUDGET_MS
      ? []
      : [`consolidate of ${SITES} dashboards: ${cold.toFixed(0)} ms (budget < ${BUDGET_MS} ms)`];
  } finally {
    await removeDir(dir);
  }
}
