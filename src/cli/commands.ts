/** The two commands, once their arguments are parsed. Both return the exit code. */
import { basename } from 'node:path';
import { columnLetter } from '../core/address';
import { analyse } from '../core/analyse';
import { planDashboardFill } from '../core/fill-sequence';
import { toJsonReport } from '../core/report-json';
import type { Analysis, FillPlan, Lang, YearMonth } from '../core/types';
import { CLI_ERRORS, cliReportText, fillDone } from '../i18n/cli';
import { fillWords } from '../i18n/fill-words';
import { messagesIn } from '../i18n/findings';
import { reportNameTakenText } from '../i18n/report';
import { applyFillPlan, saveWorkbook, WorkbookError } from '../xlsx';
import { CliError, EXIT_ERRORS, EXIT_READY } from './cli-error';
import type { CliIo } from './io';
import { openDashboard } from './open-dashboard';
import { parseAsOf } from './options';
import { outputPathFor, writeFileAtomically } from './output-file';
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
  readonly output?: string;
}

function exitCode(analysis: Analysis): number {
  return analysis.summary.readyToSend ? EXIT_READY : EXIT_ERRORS;
}

function asOfOf(options: CommonOptions): YearMonth | undefined {
  return options.asOf === undefined ? undefined : parseAsOf(options.asOf, options.lang);
}

export async function runCheck(file: string, options: CheckOptions, io: CliIo): Promise<number> {
  const asOf = asOfOf(options);
  const opened = await openDashboard(file, options.sheet, options.lang);
  const analysis = analyse(opened.grid, opened.dashboard, { asOf, today: io.today() });
  io.stdout(
    options.json
      ? `${JSON.stringify(toJsonReport(analysis, basename(file), messagesIn(options.lang)), null, 2)}\n`
      : textReport(analysis, basename(file), options.lang),
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

export async function runFill(file: string, options: FillOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  const output = await outputPathFor(file, options.output, lang);
  const asOf = asOfOf(options);
  const { workbook, grid, dashboard } = await openDashboard(file, options.sheet, lang);
  const sequence = planDashboardFill(grid, dashboard, {
    asOf,
    today: io.today(),
    words: fillWords(lang),
  });
  if (!sequence.ok) throw new CliError(reportNameTakenText(sequence.reportName, lang));
  const { analysis, plan } = sequence;
  applyFillPlan(workbook, plan);
  let bytes: Uint8Array;
  try {
    bytes = await saveWorkbook(workbook);
  } catch (error) {
    if (error instanceof WorkbookError) throw new CliError(CLI_ERRORS.notSaved(error.detail, lang));
    throw error;
  }
  await writeFileAtomically(output, bytes, lang);
  const done = fillDone(
    averagesWritten(plan),
    plan.flags.length,
    plan.report.name,
    addedColumn(plan),
    lang,
  );
  const written = `${cliReportText('written', lang)}${lang === 'fr' ? '\u00a0: ' : ': '}${output}`;
  io.stdout(`${textReport(analysis, basename(file), lang)}\n${done}\n${written}\n`);
  return exitCode(analysis);
}
