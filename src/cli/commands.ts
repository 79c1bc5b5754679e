/** The two commands, once their arguments are parsed. Both return the exit code. */
import { basename } from 'node:path';
import { columnLetter } from '../core/address';
import { analyse } from '../core/analyse';
import { planFill, reportReplacesDashboard } from '../core/plan';
import { toJsonReport } from '../core/report-json';
import type { Analysis, FillPlan, Lang } from '../core/types';
import { cliReportText, fillDone } from '../i18n/cli';
import { fileProblemText } from '../i18n/files';
import { reportNameTakenText } from '../i18n/report';
import { WorkbookError, writeFilled } from '../xlsx';
import { CliError, EXIT_ERRORS, EXIT_READY } from './cli-error';
import type { CliIo } from './io';
import type { OpenedDashboard } from './open-dashboard';
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

async function openAndAnalyse(
  file: string,
  options: CommonOptions,
  io: CliIo,
): Promise<OpenedDashboard & { analysis: Analysis }> {
  const asOf = options.asOf === undefined ? undefined : parseAsOf(options.asOf, options.lang);
  const opened = await openDashboard(file, options.sheet, options.lang);
  const analysis = analyse(opened.grid, opened.dashboard, {
    asOf,
    today: io.today(),
    lang: options.lang,
  });
  return { ...opened, analysis };
}

export async function runCheck(file: string, options: CheckOptions, io: CliIo): Promise<number> {
  const { analysis } = await openAndAnalyse(file, options, io);
  io.stdout(
    options.json
      ? `${JSON.stringify(toJsonReport(analysis, basename(file)), null, 2)}\n`
      : textReport(analysis, basename(file)),
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
  const { pkg, grid, analysis } = await openAndAnalyse(file, options, io);
  const output = await outputPathFor(file, options.output, pkg.macroEnabled, lang);
  const plan = planFill(grid, analysis);
  if (reportReplacesDashboard(plan))
    throw new CliError(reportNameTakenText(plan.report.name, lang));
  let bytes: Uint8Array;
  try {
    bytes = writeFilled(pkg, plan);
  } catch (error) {
    if (error instanceof WorkbookError) {
      throw new CliError(fileProblemText(error.code, file, lang, error.detail));
    }
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
  const written = `${cliReportText('written', lang)}${lang === 'fr' ? ' : ' : ': '}${output}`;
  io.stdout(`${textReport(analysis, basename(file))}\n${done}\n${written}\n`);
  return exitCode(analysis);
}
