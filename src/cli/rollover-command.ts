/**
 * `qualepref rollover <file.xlsx> [-o OUT.xlsx] [--sheet NAME] [--json] [--lang fr|en]`
 * (design.md §7b): a copy of the workbook with the year N+1 sheet beside the year-N one.
 * Exit 0 once written (a year N with errors rolls over too: what was not carried over is
 * printed), 2 for unusable input, a year that cannot be found or a year N+1 sheet that exists.
 */
import { basename, dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import { analyse } from '../core/analyse';
import { planRollover } from '../core/rollover';
import { toJsonRollover } from '../core/rollover-json';
import type { RolloverPlan } from '../core/rollover-types';
import { sheetTaken } from '../core/rollover-year';
import type { Lang } from '../core/types';
import { helpText, PLACEHOLDERS } from '../i18n/cli';
import { fileProblemText } from '../i18n/files';
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
import { WorkbookError } from '../xlsx/workbook-error';
import type { DroppedPart } from '../xlsx/rollover-write';
import { writeRolloverFile } from '../xlsx/rollover-write';
import { CliError, EXIT_READY } from './cli-error';
import type { CliIo } from './io';
import type { OpenedDashboard } from './open-dashboard';
import { openDashboard } from './open-dashboard';
import { parseLang } from './options';
import { outputPathFor, writeFileAtomically } from './output-file';

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
  const analysis = analyse(opened.grid, opened.dashboard, { today: io.today(), lang });
  const result = planRollover(opened.grid, analysis);
  if (!result.ok) throw new CliError(rolloverNoYearText(lang));
  return result.plan;
}

/** The file engine's refusals, as the command's one sentence. */
function fileProblems<T>(file: string, lang: Lang, operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    if (error instanceof WorkbookError)
      throw new CliError(fileProblemText(error.code, file, lang, error.detail));
    throw error;
  }
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
  const opened = await openDashboard(file, options.sheet, lang);
  const plan = planOf(opened, io, lang);
  const sheets = opened.pkg.worksheets().map((sheet) => sheet.name);
  if (sheetTaken(sheets, plan.newSheet))
    throw new CliError(rolloverSheetExistsText(plan.newSheet, plan.to, lang));
  const { macroEnabled } = opened.pkg;
  const output = await outputPathFor(
    file,
    options.output ?? rolloverOutputPath(file, plan.to, macroEnabled),
    macroEnabled,
    lang,
  );
  const written = fileProblems(file, lang, () => writeRolloverFile(opened.pkg, plan));
  await writeFileAtomically(output, written.bytes, lang);
  io.stdout(
    options.json
      ? `${JSON.stringify(
          toJsonRollover(plan, { file: basename(file), output }, (gap) =>
            rolloverGapText(gap, plan, lang),
          ),
          null,
          2,
        )}\n`
      : textReport(plan, written.dropped, output, lang),
  );
  return EXIT_READY;
}

interface RawRolloverOptions {
  readonly sheet?: string;
  readonly output?: string;
  readonly json?: boolean;
  readonly lang?: string;
}

/** Adds `rollover` to the program; its --lang, else the program's, else `lang`, is used. */
export function addRolloverCommand(
  program: Command,
  lang: Lang,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  const words = PLACEHOLDERS[lang];
  program
    .command('rollover')
    .description(pick(ROLLOVER_HELP.command, lang))
    .argument(`<${words.file}>`, helpText('file', lang))
    .option(`-o, --output <${words.output}>`, pick(ROLLOVER_HELP.output, lang))
    .option(`--sheet <${words.sheet}>`, helpText('sheet', lang))
    .option('--json', pick(ROLLOVER_HELP.json, lang))
    .option('--lang <fr|en>', helpText('lang', lang))
    .action(async (file: string, raw: RawRolloverOptions) => {
      const asked = raw.lang ?? program.opts<RawRolloverOptions>().lang;
      const options: RolloverOptions = {
        sheet: raw.sheet,
        output: raw.output,
        json: raw.json === true,
        lang: asked === undefined ? lang : parseLang(asked, lang),
      };
      setExit(await runRollover(file, options, io));
    });
}
