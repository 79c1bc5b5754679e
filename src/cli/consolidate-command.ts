/**
 * `qualepref consolidate <file.xlsx>...` (design.md §7b): every site's file read and analysed,
 * one summary workbook written (sheets Sites and Indicateurs; to standard output with `-o -`),
 * a readable summary or the `qualepref-consolidation/1` JSON on stdout (on stderr with `-o -`). A file that cannot be used is a row with its
 * reason, never a failure of the command. Exit 0 every site ready, 1 a site with errors or an
 * unusable file, 2 no usable file (then nothing is written).
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { SiteInput, UnusableReason } from '../core/consolidate';
import { consolidate, consolidationExit, isSummary } from '../core/consolidate';
import { toConsolidationJson } from '../core/consolidate-json';
import { consolidationSheets, summaryFileName } from '../core/consolidate-sheets';
import type { Lang, YearMonth } from '../core/types';
import {
  consolidationReport,
  consolidationWords,
  nothingUsableText,
  progressText,
  summaryToStdoutText,
  unusableText,
} from '../i18n/consolidate';
import { newWorkbook } from '../xlsx/new-workbook';
import { readSite } from '../xlsx/read-site';
import { systemErrorCode } from './cli-error';
import type { CliIo } from './io';
import { checkStandardOutput, isStandardStream, messageStream, writeOutput } from './io';
import { parseAsOf } from './options';
import { outputPathFor } from './output-file';

export interface ConsolidateOptions {
  readonly output?: string;
  readonly asOf?: string;
  readonly json?: boolean;
  readonly lang: Lang;
}

/**
 * Progress goes to stderr from this many files on, one line each tenth of the way: a handful
 * of files is read in well under a second, and stderr stays clean for scripts that run the
 * command on a few files. Lines rather than a rewritten line, so that a log keeps them.
 */
export const PROGRESS_FROM = 10;

/** "synthese-2020.xlsx" in the current folder. */
export function defaultSummaryPath(year: number | null, folder = '.'): string {
  return join(folder, summaryFileName(year));
}

/** Each file by its name, or by its path as typed when two files share a name. */
export function fileNames(files: readonly string[]): string[] {
  const names = files.map((file) => basename(file));
  return names.map((name, i) =>
    names.indexOf(name) !== names.lastIndexOf(name) ? files[i] : name,
  );
}

function fileSystemReason(error: unknown): UnusableReason {
  const code = systemErrorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing_file';
  if (code === 'EISDIR') return 'is_directory';
  return 'unreadable';
}

async function siteOf(
  path: string,
  file: string,
  options: { asOf?: YearMonth; today: YearMonth; lang: Lang },
): Promise<SiteInput> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { file, unusable: fileSystemReason(error) };
  }
  return readSite(file, bytes, options);
}

function progress(io: CliIo, total: number, lang: Lang): (done: number) => void {
  if (total < PROGRESS_FROM) return () => undefined;
  const step = Math.ceil(total / 10);
  return (done) => {
    if (done % step === 0 || done === total) io.stderr(`${progressText(done, total, lang)}\n`);
  };
}

export async function runConsolidate(
  paths: readonly string[],
  options: ConsolidateOptions,
  io: CliIo,
): Promise<number> {
  const { lang } = options;
  const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf, lang);
  // `-o -`: the workbook goes to standard output, the summary to stderr (as with fill).
  checkStandardOutput(options.output, options.json === true, io, lang);
  const names = fileNames(paths);
  const advance = progress(io, paths.length, lang);
  const inputs: SiteInput[] = [];
  // One file at a time: reading is CPU-bound, and memory stays that of one workbook.
  for (const [i, path] of paths.entries()) {
    inputs.push(await siteOf(path, names[i], { asOf, today: io.today(), lang }));
    advance(i + 1);
  }
  const consolidation = consolidate(inputs);
  const exit = consolidationExit(consolidation);

  let written: string | null = null;
  if (exit !== 2) {
    const output = options.output ?? defaultSummaryPath(consolidation.year);
    // The summary never replaces one of the sites' own files; it may replace an earlier summary.
    if (!isStandardStream(output))
      for (const [i, path] of paths.entries())
        if (!isSummary(inputs[i])) await outputPathFor(path, output, false, lang);
    const sheets = consolidationSheets(consolidation, consolidationWords(lang));
    await writeOutput(output, newWorkbook(sheets), io, lang);
    written = output;
  }

  const toStdout = written !== null && isStandardStream(written);
  messageStream(
    options.output,
    io,
  )(
    options.json
      ? `${JSON.stringify(
          toConsolidationJson(consolidation, (site) =>
            site.reason === null ? '' : unusableText(site.reason, lang),
          ),
          null,
          2,
        )}\n`
      : consolidationReport(consolidation, toStdout ? null : written, lang) +
          (toStdout ? `${summaryToStdoutText(lang)}\n` : ''),
  );
  if (exit === 2) io.stderr(`${nothingUsableText(paths.length, lang)}\n`);
  return exit;
}
