/**
 * One site's file, as bytes, to what the consolidation needs: its analysis, or why there is
 * none. Never throws for a bad file: an unusable file is a row of the consolidation, with its
 * reason. Shared by the command line and the browser preview.
 */
import { analyse } from '../core/analyse';
import type { SiteInput, UnusableReason } from '../core/consolidate';
import { INDICATORS_SHEET, SITES_SHEET } from '../core/consolidate-sheets';
import type { Grid } from '../core/grid';
import { findDashboard } from '../core/recognise';
import type { Lang, YearMonth } from '../core/types';
import { asWorkbookError, openPackage } from './package';
import type { WorkbookErrorCode } from './workbook-error';

export interface SiteReadOptions {
  readonly asOf?: YearMonth;
  readonly today: YearMonth;
  readonly lang: Lang;
}

/** Every sheet of the workbook as a grid: the one place that chooses the file reader. */
function workbookGrids(bytes: Uint8Array): Grid[] {
  return openPackage(bytes).readGrids();
}

/** Every reason the file engine gives for a package it cannot read is a reason of ours. */
const PACKAGE_REASONS = {
  not_a_workbook: 'not_a_workbook',
  encrypted: 'encrypted',
  legacy_xls: 'legacy_xls',
  ods: 'ods',
  xlsb: 'xlsb',
  damaged: 'damaged',
  too_large: 'too_large',
  unsafe_xml: 'unsafe_xml',
  // Only a write fails so; a read that did would be a damaged file.
  not_saved: 'damaged',
} as const satisfies Record<WorkbookErrorCode, UnusableReason>;

/** The two sheets, and only them, that `consolidate` writes. */
function isSummarySheets(grids: readonly Grid[]): boolean {
  return (
    grids.length === 2 && grids[0].sheet === SITES_SHEET && grids[1].sheet === INDICATORS_SHEET
  );
}

export async function readSite(
  file: string,
  bytes: Uint8Array,
  options: SiteReadOptions,
): Promise<SiteInput> {
  let grids: Grid[];
  try {
    grids = workbookGrids(bytes);
  } catch (error) {
    return { file, unusable: PACKAGE_REASONS[asWorkbookError(error).code] };
  }
  const found = findDashboard(grids);
  if ('error' in found) {
    if (isSummarySheets(grids)) return { file, unusable: 'consolidation_summary' };
    return { file, unusable: found.error === 'unknown_sheet' ? 'empty_sheet' : found.error };
  }
  const analysis = analyse(found.grid, found.dashboard, {
    asOf: options.asOf,
    today: options.today,
  });
  return { file, analysis };
}
