/** From the input's bytes to the workbook, the dashboard's grid and its recognised layout. */
import type { Workbook } from 'exceljs';
import type { Grid } from '../core/grid';
import { findDashboard } from '../core/recognise';
import type { Dashboard, Lang } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import { fileProblemText } from '../i18n/files';
import { loadWorkbook, WorkbookError, workbookToGrids } from '../xlsx';
import type { CliErrorCode } from './cli-error';
import { CliError } from './cli-error';

export interface OpenedDashboard {
  readonly workbook: Workbook;
  readonly grid: Grid;
  readonly dashboard: Dashboard;
}

/** A workbook of another kind (or locked) and a file that is no workbook have distinct codes. */
function cliErrorCodeOf(error: WorkbookError): CliErrorCode {
  return error.code === 'not_a_workbook' || error.code === 'damaged'
    ? 'not_a_workbook'
    : 'legacy_or_encrypted';
}

async function loadInput(bytes: Uint8Array, file: string, lang: Lang): Promise<Workbook> {
  try {
    return await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof WorkbookError)
      throw new CliError(cliErrorCodeOf(error), fileProblemText(error.code, file, lang));
    throw error;
  }
}

/**
 * Throws a CliError saying why when the bytes hold no usable dashboard; `file` names the input
 * in those sentences.
 */
export async function openDashboard(
  bytes: Uint8Array,
  file: string,
  sheet: string | undefined,
  lang: Lang,
): Promise<OpenedDashboard> {
  const workbook = await loadInput(bytes, file, lang);
  const grids = workbookToGrids(workbook);
  const found = findDashboard(grids, sheet);
  if ('dashboard' in found) return { workbook, grid: found.grid, dashboard: found.dashboard };
  switch (found.error) {
    case 'unknown_sheet':
      throw new CliError(
        'unknown_sheet',
        CLI_ERRORS.unknownSheet(
          sheet ?? '',
          grids.map((grid) => grid.sheet),
          lang,
        ),
      );
    case 'empty_sheet':
      throw new CliError(
        sheet === undefined ? 'empty_workbook' : 'empty_sheet',
        sheet === undefined
          ? CLI_ERRORS.emptyWorkbook(file, lang)
          : CLI_ERRORS.emptySheet(sheet, lang),
      );
    default:
      throw new CliError(
        'no_dashboard',
        CLI_ERRORS.noDashboard(found.error, file, sheet ?? null, lang),
      );
  }
}
