/** The `consolidate` subcommand of the commander program, its help in the user's language. */
import type { Command } from 'commander';
import type { Lang } from '../core/types';
import { helpText, PLACEHOLDERS } from '../i18n/cli';
import { consolidateHelp } from '../i18n/consolidate';
import { runConsolidate } from './consolidate-command';
import type { CliIo } from './io';
import { parseLang } from './options';

interface RawConsolidateOptions {
  readonly asOf?: string;
  readonly lang?: string;
  readonly json?: boolean;
  readonly output?: string;
}

export function addConsolidateCommand(
  program: Command,
  lang: Lang,
  io: CliIo,
  setExit: (code: number) => void,
): void {
  const words = PLACEHOLDERS[lang];
  program
    .command('consolidate')
    .description(consolidateHelp('command', lang))
    .argument(`<${words.file}...>`, consolidateHelp('files', lang))
    .option(`-o, --output <${words.output}>`, consolidateHelp('output', lang))
    .option(`--as-of <${words.asOf}>`, helpText('asOf', lang))
    .option('--json', consolidateHelp('json', lang))
    .option('--lang <fr|en>', helpText('lang', lang))
    .action(async (files: string[], raw: RawConsolidateOptions) => {
      const asked = raw.lang ?? program.opts<RawConsolidateOptions>().lang;
      setExit(
        await runConsolidate(
          files,
          {
            output: raw.output,
            asOf: raw.asOf,
            json: raw.json === true,
            lang: asked === undefined ? lang : parseLang(asked, lang),
          },
          io,
        ),
      );
    });
}
