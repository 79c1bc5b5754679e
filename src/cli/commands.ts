/** The two commands, once their arguments are parsed. Both return the exit code. */
import { columnLetter } from '../core/address';
import { analyse } from '../core/analyse';
import { planDashboardFill } from '../core/fill-sequence';
import { toJsonReport } from '../core/report-json';
import { asOfOutsideYear } from '../core/year-blocks';
import type { Analysis, FillPlan, Lang, YearMonth } from '../core/types';
import { CLI_ERRORS, cliReportText, fillDone } from '../i18n/cli';
import { fillWords } from '../i18n/fill-words';
import { messagesIn } from '../i18n/findings';
import { reportNameTakenText } from '../i18n/report';
import { fileProblemText } from '../i18n/files';
import { WorkbookError, writeFilled } from '../xlsx';
import { CliError, EXIT_ERRORS, EXIT_READY } from './cli-error';
import type { CliIo } from './io';
import {
  checkStandardOutput,
  inputName,
  isStandardStream,
  messageStream,
  readInput,
  reportFileName,
  STANDARD_STREAM,
  writeOutput,
} from './io';
import type { OpenedDashboard } from './open-dashboard';
import { openDashboard } from './open-dashboard';
import { parseAsOf } from './options';
import { outputPathFor } from './output-file';
import { textReport } from './text-report';

export interface CommonOptions {
  readonly sheet?: string;
  readonly asOf?: string;
  readonly lang: Lang;
}

export interface CheckOptions extends CommonOptions {
  readonly json?: boolean;
}

export interface FillOptions extends CommonOptions {
  /** A path, `-` for standard output, or none for `<name>.controle.xlsx` beside the input. */
  readonly output?: string;
  readonly json?: boolean;
}

function exitCode(analysis: Analysis): number {
  return analysis.summary.readyToSend ? EXIT_READY : EXIT_ERRORS;
}

/** The dashboard of the input, and the as-of month checked against its year block. */
async function openWithAsOf(
  file: string,
  options: CommonOptions,
  io: CliIo,
): Promise<OpenedDashboard & { asOf: YearMonth | undefined }> {
  const { lang } = options;
  const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf, lang);
  const bytes = await readInput(file, io, lang);
  const opened = openDashboard(bytes, inputName(file, lang), options.sheet, lang);
  if (asOf && asOfOutsideYear(opened.dashboard, asOf))
    throw new CliError(
      'as_of_outside_year',
      CLI_ERRORS.asOfOutsideYear(options.asOf ?? '', opened.dashboard, lang),
    );
  return { ...opened, asOf };
}

function jsonReportText(analysis: Analysis, file: string, lang: Lang): string {
  const report = toJsonReport(analysis, reportFileName(file), messagesIn(lang));
  return `${JSON.stringify(report, null, 2)}\n`;
}

export async function runCheck(file: string, options: CheckOptions, io: CliIo): Promise<number> {
  const { grid, dashboard, asOf } = await openWithAsOf(file, options, io);
  const analysis = analyse(grid, dashboard, { asOf, today: io.today() });
  const { lang } = options;
  io.stdout(
    options.json
      ? jsonReportText(analysis, file, lang)
      : textReport(analysis, reportFileName(file), lang),
  );
  return exitCode(analysis);
}

function averagesWritten(plan: FillPlan): number {
  return plan.writes.filter((write) => write.role === 'average').length;
}

function addedColumn(plan: FillPlan): { header: string; column: string } | null {
  const header = plan.writes.find((write) => write.role === 'met_header');
  return header ? { header: String(header.value), column: columnLetter(header.col) } : null;
}

/**
 * The workbook to write: `-o` as given (runFill has refused `-` without it), else beside the
 * input; its extension must match whether the workbook has macros.
 */
async function fillOutput(file: string, options: FillOptions, macroEnabled: boolean) {
  const { output, lang } = options;
  if (isStandardStream(output)) return STANDARD_STREAM;
  return outputPathFor(file, output, macroEnabled, lang);
}

function writtenLine(output: string, lang: Lang): string {
  if (isStandardStream(output)) return cliReportText('writtenToStdout', lang);
  return `${cliReportText('written', lang)}${lang === 'fr' ? '\u00a0: ' : ': '}${output}`;
}

export async function runFill(file: string, options: FillOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  checkStandardOutput(options.output, options.json === true, io, lang);
  if (isStandardStream(file) && options.output === undefined)
    throw new CliError('output_required', CLI_ERRORS.outputRequired(lang));
  const { pkg, grid, dashboard, asOf } = await openWithAsOf(file, options, io);
  const output = await fillOutput(file, options, pkg.macroEnabled);
  const sequence = planDashboardFill(grid, dashboard, {
    asOf,
    today: io.today(),
    words: fillWords(lang),
  });
  if (!sequence.ok)
    throw new CliError('report_name_taken', reportNameTakenText(sequence.reportName, lang));
  const { analysis, plan } = sequence;
  let bytes: Uint8Array;
  try {
    bytes = writeFilled(pkg, plan);
  } catch (error) {
    if (error instanceof WorkbookError)
      throw new CliError('not_saved', fileProblemText(error.code, file, lang, error.detail));
    throw error;
  }
  await writeOutput(output, bytes, io, lang);
  if (options.json) {
    io.stdout(jsonReportText(analysis, file, lang));
    return exitCode(analysis);
  }
  const done = fillDone(
    averagesWritten(plan),
    plan.flags.length,
    plan.report.name,
    addedColumn(plan),
    lang,
  );
  const report = textReport(analysis, reportFileName(file), lang);
  messageStream(output, io)(`${report}\n${done}\n${writtenLine(output, lang)}\n`);
  return exitCode(analysis);
}
