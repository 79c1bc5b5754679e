/** From a workbook's bytes (a file on disk) to its package, the dashboard's grid and layout. */
import { readFile } from 'node:fs/promises';
import type { Grid } from '../core/grid';
import { normalizeText } from '../core/normalize';
import type { DashboardLookup } from '../core/recognise';
import { findDashboard } from '../core/recognise';
import type { Dashboard, Lang, RecognitionFailure } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import { fileProblemText } from '../i18n/files';
import type { XlsxPackage } from '../xlsx';
import { openPackage, WorkbookError } from '../xlsx';
import { CliError, systemErrorCode } from './cli-error';
import { ZLIB_CODEC } from './zlib-codec';

export interface OpenedDashboard {
  readonly pkg: XlsxPackage;
  readonly grid: Grid;
  readonly dashboard: Dashboard;
}

export async function readInput(file: string, lang: Lang): Promise<Uint8Array> {
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

/** Runs a read of the package, a WorkbookError becoming the sentence that explains it. */
export function explainedRead<T>(read: () => T, file: string, lang: Lang): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof WorkbookError) throw new CliError(fileProblemText(error.code, file, lang));
    throw error;
  }
}

/**
 * The dashboard, reading only the sheets it takes: the one named, or each worksheet in tab
 * order until one holds a dashboard.
 */
function locate(pkg: XlsxPackage, sheet: string | undefined): DashboardLookup {
  const names = pkg.worksheets().map((entry) => entry.name);
  if (sheet !== undefined) {
    const name =
      names.find((n) => n === sheet) ??
      names.find((n) => normalizeText(n) === normalizeText(sheet));
    return name === undefined
      ? { error: 'unknown_sheet' }
      : findDashboard([pkg.readGrid(name)], sheet);
  }
  let firstReason: RecognitionFailure | null = null;
  for (const name of names) {
    const found = findDashboard([pkg.readGrid(name)]);
    if ('dashboard' in found) return found;
    if (found.error !== 'empty_sheet' && found.error !== 'unknown_sheet')
      firstReason ??= found.error;
  }
  return { error: firstReason ?? 'empty_sheet' };
}

/** Throws a CliError saying why when the bytes hold no usable dashboard; `file` names them. */
export function dashboardIn(
  bytes: Uint8Array,
  file: string,
  sheet: string | undefined,
  lang: Lang,
): OpenedDashboard {
  const pkg = explainedRead(() => openPackage(bytes, { codec: ZLIB_CODEC }), file, lang);
  const found = explainedRead(() => locate(pkg, sheet), file, lang);
  if ('dashboard' in found) return { pkg, grid: found.grid, dashboard: found.dashboard };
  switch (found.error) {
    case 'unknown_sheet':
      throw new CliError(
        CLI_ERRORS.unknownSheet(
          sheet ?? '',
          pkg.worksheets().map((entry) => entry.name),
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

export async function openDashboard(
  file: string,
  sheet: string | undefined,
  lang: Lang,
): Promise<OpenedDashboard> {
  return dashboardIn(await readInput(file, lang), file, sheet, lang);
}
