/**
 * Workbooks the end-to-end tests open in the preview, generated at test time, and what the
 * engine concludes of them here in Node (the preview must show the same).
 */
import { Workbook } from 'exceljs';

import { analyse } from '../../../src/core/analyse';
import { planFill } from '../../../src/core/plan';
import { findDashboard } from '../../../src/core/recognise';
import type { Analysis, FillPlan, Summary, YearMonth } from '../../../src/core/types';
import { openPackage, writeFilled } from '../../../src/xlsx';
import { saveWorkbook } from '../../oracle/exceljs-io';
import type { CellSpec } from '../../helpers/grid';
import { SEED_COLUMN_WIDTHS, SEED_MERGES, SEED_ROWS } from '../../fixtures/seed-dashboard';
import { addSheet } from '../../fixtures/variants/build-workbook';

type Rows = CellSpec[][];

function seedRows(): Rows {
  return SEED_ROWS.map((row) => [...row]);
}

/** A cell of the seed rows, by its address. */
function put(rows: Rows, column: string, row: number, spec: CellSpec): void {
  rows[row - 1][column.charCodeAt(0) - 65] = spec;
}

async function bytesOf(sheet: string, rows: Rows): Promise<Uint8Array> {
  const workbook = new Workbook();
  addSheet(workbook, { name: sheet, rows, merges: SEED_MERGES, widths: SEED_COLUMN_WIDTHS });
  return saveWorkbook(workbook);
}

/**
 * The seed dashboard with mistakes an agent makes: besides the seed's empty January (G22), a
 * forgotten month, a word instead of a figure and a broken reference.
 */
export function workbookWithErrors(): Promise<Uint8Array> {
  const rows = seedRows();
  put(rows, 'G', 5, null);
  put(rows, 'P', 9, 'douze ?');
  put(rows, 'Q', 10, { err: '#REF!' });
  return bytesOf('TDB 2020', rows);
}

export const HOSTILE_LABEL = '<img src=x onerror=alert(1)>';
export const HOSTILE_COMMENT = '<script>window.__pwned = true</script>';

/** Cell text written as markup: it must be shown as text, and run nothing. */
export function workbookWithMarkup(): Promise<Uint8Array> {
  const rows = seedRows();
  put(rows, 'B', 22, HOSTILE_LABEL);
  put(rows, 'S', 6, HOSTILE_COMMENT);
  return bytesOf('Tableau de bord 2020', rows);
}

export interface Expected {
  readonly analysis: Analysis;
  readonly plan: FillPlan;
  /** The check of the workbook once filled. */
  readonly afterFill: Summary;
}

function analysed(bytes: Uint8Array, today: YearMonth) {
  const found = findDashboard(openPackage(bytes).readGrids());
  if ('error' in found) throw new Error(`no dashboard: ${found.error}`);
  return {
    grid: found.grid,
    analysis: analyse(found.grid, found.dashboard, { today, lang: 'fr' }),
  };
}

/** The engine's own reading of `bytes`, as of `today`, before and after a fill. */
export async function expectedOf(bytes: Uint8Array, today: YearMonth): Promise<Expected> {
  const { grid, analysis } = analysed(bytes, today);
  const plan = planFill(grid, analysis);
  const filled = writeFilled(openPackage(bytes), plan);
  return { analysis, plan, afterFill: analysed(filled, today).analysis.summary };
}

export function thisMonth(): YearMonth {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1 };
}
