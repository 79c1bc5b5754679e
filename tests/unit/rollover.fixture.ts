/** Recognise, analyse and plan the rollover of a grid, for the rollover tests. */
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { recognise } from '../../src/core/recognise';
import { planRollover } from '../../src/core/rollover';
import type { RolloverPlan, RolloverWrite } from '../../src/core/rollover-types';
import type { Analysis } from '../../src/core/types';

export function rolloverOf(grid: Grid): { analysis: Analysis; plan: RolloverPlan } {
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  const analysis = analyse(grid, recognition.dashboard, {
    today: { year: 2026, month: 11 },
  });
  const result = planRollover(grid, analysis);
  if (!result.ok) throw new Error(`no rollover: ${result.reason}`);
  return { analysis, plan: result.plan };
}

export function writeAt(plan: RolloverPlan, row: number, col: number): RolloverWrite | undefined {
  return plan.writes.find((write) => write.row === row && write.col === col);
}
