/** A workbook filled as `qualepref fill` fills it: found, analysed, planned and patched. */
import { analyse } from '../../src/core/analyse';
import { planFill } from '../../src/core/plan';
import { findDashboard } from '../../src/core/recognise';
import type { FillPlan } from '../../src/core/types';
import { fillWords } from '../../src/i18n/fill-words';
import { openPackage, writeFilled } from '../../src/xlsx';

export interface Filled {
  readonly bytes: Uint8Array;
  readonly plan: FillPlan;
}

export function fillWorkbook(bytes: Uint8Array, today: { year: number; month: number }): Filled {
  const pkg = openPackage(bytes);
  const found = findDashboard(pkg.readGrids());
  if (!('dashboard' in found)) throw new Error(`no dashboard: ${found.error}`);
  const analysis = analyse(found.grid, found.dashboard, { today });
  const plan = planFill(found.grid, analysis, fillWords('fr'));
  return { bytes: writeFilled(pkg, plan), plan };
}
