/** From a path on disk to the workbook, the dashboard's grid and its recognised layout. */
import { readFile } from 'node:fs/promises';
import type { Workbook } from 'exceljs';
import type { Grid } from '../core/grid';
import { findDashboard } from '../core/recognise';
import type { Dashboard, Lang } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import { fileProblemText } from '../i18n/files';
import { loadWorkbook, WorkbookError, workbookToGrids } from '../xlsx';
import { CliError, systemErrorCode } from './cli-error';

export interface OpenedDashboard {
  readonly workbook: Workbook;
  readonly grid: Grid;
  readonly dashboard: Dashboard;
}

async function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new CliError(CLI_ERRORS.missingFile(file, lang));
    if (code === 'EISDIR') throw new CliError(CLI_ERRORS.isDirectory(file, lang));
    throw new CliError(CLI_ERRORS.unreadable(file, lang));
  }
}

async function loadInput(bytes: Uint8Array, file: string, lang: Lang): Promise<Workbook> {
  try {
    return await loadWorkbook(bytes);
  } catch (error) {
    if (error instanceof WorkbookError) throw new CliError(fileProblemText(error.code, file, lang));
    throw error;
  }
}

/** Throws a CliError saying why when the file holds no usable dashboard. */
export async function openDashboard(
  file: string,
  sheet: string | undefined,
  lang: Lang,
): Promise<OpenedDashboard> {
  const workbook = await loadInput(await readInput(file, lang), file, lang);
  const grids = workbookToGrids(workbook);
  const found = findDashboard(grids, sheet);
  if ('dashboard' in found) return { workbook, grid: found.grid, dashboard: found.dashboard };
  switch (found.error) {
    case 'unknown_sheet':
      throw new CliError(
        CLI_ERRORS.unknownSheet(
          sheet ?? '',
          grids.map((grid) => grid.sheet),
          lang,
        ),
      );
    case 'empty_sheet':
      throw new CliError(
        sheet === undefined
          ? CLI_ERRORS.emptyWorkbook(file, lang)
          : CLI_ERRORS.emptySheet(sheet, lang),
      );
    default:
      throw new CliError(CLI_ERRORS.noDashboard(found.error, file, sheet ?? null, lang));
  }
}
