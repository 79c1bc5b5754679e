/**
 * One site's file, as bytes, to what the consolidation needs: its analysis, or why there is
 * none. Never throws for a bad file: an unusable file is a row of the consolidation, with its
 * reason. Shared by the command line and the browser preview.
 */
import { analyse } from '../core/analyse';
import type { SiteInput, UnusableReason } from '../core/consolidate';
import type { Grid } from '../core/grid';
import { findDashboard } from '../core/recognise';
import type { Lang, YearMonth } from '../core/types';
import { WorkbookError } from './workbook-error';
import { loadWorkbook } from './workbook-io';
import { workbookToGrids } from './worksheet-grid';

export interface SiteReadOptions {
  readonly asOf?: YearMonth;
  readonly today: YearMonth;
  readonly lang: Lang;
}

/** Every sheet of the workbook as a grid: the one place that chooses the file reader. */
async function workbookGrids(bytes: Uint8Array): Promise<Grid[]> {
  return workbookToGrids(await loadWorkbook(bytes));
}

function unreadableReason(error: unknown): UnusableReason {
  if (error instanceof WorkbookError)
    return error.code === 'legacy_or_encrypted' ? 'legacy_or_encrypted' : 'not_a_workbook';
  return 'read_failed';
}

export async function readSite(
  file: string,
  bytes: Uint8Array,
  options: SiteReadOptions,
): Promise<SiteInput> {
  let grids: Grid[];
  try {
    grids = await workbookGrids(bytes);
  } catch (error) {
    return { file, unusable: unreadableReason(error) };
  }
  const found = findDashboard(grids);
  if ('error' in found)
    return { file, unusable: found.error === 'unknown_sheet' ? 'empty_sheet' : found.error };
  const analysis = analyse(found.grid, found.dashboard, {
    asOf: options.asOf,
    today: options.today,
    lang: options.lang,
  });
  return { file, analysis };
}
