/**
 * `qualepref rollover <file.xlsx> [-o OUT.xlsx] [--sheet NAME] [--json] [--lang fr|en]`
 * (design.md §7b): a copy of the workbook with the year N+1 sheet beside the year-N one.
 * Exit 0 once written (a year N with errors rolls over too: what was not carried over is
 * printed), 2 for unusable input, a year that cannot be found or a year N+1 sheet that exists.
 */
import { basename, dirname, extname, join } from 'node:path';
import { Option } from 'commander';
import { analyse } from '../core/analyse';
import { planRollover } from '../core/rollover';
import { toJsonRollover } from '../core/rollover-json';
import type { RolloverPlan } from '../core/rollover-types';
import { sheetTaken } from '../core/rollover-year';
import type { Lang } from '../core/types';
import { CLI_ERRORS, PLACEHOLDERS } from '../i18n/cli';
import {
  ROLLOVER_HELP,
  rolloverDroppedText,
  rolloverGapsHeading,
  rolloverGapText,
  rolloverNoYearText,
  rolloverSheetExistsText,
  rolloverSummaryText,
  rolloverWrittenText,
} from '../i18n/rollover';
import { pick } from '../i18n/lang';
import type { DroppedPart } from '../xlsx/rollover-write';
import { writeRolloverFile } from '../xlsx/rollover-write';
import { CliError, EXIT_READY } from './cli-error';
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
import { explainedRead, openDashboard } from './open-dashboard';
import { outputPathFor } from './output-file';
import type { CommandDefinition, RawOptions } from './program';
import { cliOptions } from './program';

export interface RolloverOptions {
  readonly sheet?: string;
  readonly output?: string;
  readonly json: boolean;
  readonly lang: Lang;
}

/** "dossier/tableau.xlsx" → "dossier/tableau.2021.xlsx"; a macro-enabled workbook stays .xlsm. */
export function rolloverOutputPath(input: string, year: number, macroEnabled: boolean): string {
  const extension = macroEnabled ? 'xlsm' : 'xlsx';
  return join(dirname(input), `${basename(input, extname(input))}.${year}.${extension}`);
}

function planOf(opened: OpenedDashboard, io: CliIo, lang: Lang): RolloverPlan {
  const analysis = analyse(opened.grid, opened.dashboard, { today: io.today() });
  const result = planRollover(opened.grid, analysis);
  if (!result.ok) throw new CliError('no_year', rolloverNoYearText(lang));
  return result.plan;
}

function textReport(
  plan: RolloverPlan,
  dropped: readonly DroppedPart[],
  output: string,
  lang: Lang,
): string {
  const lines = [rolloverSummaryText(plan, lang), rolloverGapsHeading(plan.gaps.length, lang)];
  for (const gap of plan.gaps) lines.push(`  - ${rolloverGapText(gap, plan, lang)}`);
  if (dropped.length > 0) lines.push(rolloverDroppedText(dropped, plan, lang));
  lines.push(rolloverWrittenText(output, lang));
  return `${lines.join('\n')}\n`;
}

export async function runRollover(
  file: string,
  options: RolloverOptions,
  io: CliIo,
): Promise<number> {
  const { lang } = options;
  checkStandardOutput(options.output, options.json, io, lang);
  if (isStandardStream(file) && options.output === undefined)
    throw new CliError('output_required', CLI_ERRORS.outputRequired(lang));
  const bytes = await readInput(file, io, lang);
  const opened = openDashboard(bytes, inputName(file, lang), options.sheet, lang);
  const plan = planOf(opened, io, lang);
  // Every sheet of the workbook, chart sheets included: two sheets may not share a name.
  const sheets = opened.pkg.sheets.map((sheet) => sheet.name);
  if (sheetTaken(sheets, plan.newSheet))
    throw new CliError('sheet_exists', rolloverSheetExistsText(plan.newSheet, plan.to, lang));
  const { macroEnabled } = opened.pkg;
  const output = isStandardStream(options.output)
    ? STANDARD_STREAM
    : await outputPathFor(
        file,
        options.output ?? rolloverOutputPath(file, plan.to, macroEnabled),
        macroEnabled,
        lang,
      );
  const written = explainedRead(() => writeRolloverFile(opened.pkg, plan), file, lang);
  await writeOutput(output, written.bytes, io, lang);
  const report = options.json
    ? `${JSON.stringify(
        toJsonRollover(plan, { file: reportFileName(file), output }, (gap) =>
          rolloverGapText(gap, plan, lang),
        ),
        null,
        2,
      )}\n`
    : textReport(plan, written.dropped, output, lang);
  // The JSON report stays on stdout (-o - is refused with --json); the text moves aside for -o -.
  if (options.json) io.stdout(report);
  else messageStream(output, io)(report);
  return EXIT_READY;
}

/** `rollover`: its --lang, else the program's, else `lang`, is used. */
export const defineRollover: CommandDefinition = (program, { lang, io, common, run }) => {
  const options = cliOptions(lang);
  const words = PLACEHOLDERS[lang];
  program
    .command('rollover')
    .description(pick(ROLLOVER_HELP.command, lang))
    .argument(...options.file())
    .addOption(new Option(`-o, --output <${words.output}>`, pick(ROLLOVER_HELP.output, lang)))
    .addOption(options.sheet())
    .addOption(new Option('--json', pick(ROLLOVER_HELP.json, lang)))
    .addOption(options.lang())
    .action((file: string, raw: RawOptions) => {
      const { sheet, lang: chosen } = common(raw);
      return run(() =>
        runRollover(file, { sheet, output: raw.output, json: raw.json === true, lang: chosen }, io),
      );
    });
};
