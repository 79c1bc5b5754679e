/** The `consolidate` subcommand of the commander program, its help in the user's language. */
import { Option } from 'commander';
import { PLACEHOLDERS } from '../i18n/cli';
import { consolidateHelp } from '../i18n/consolidate';
import { runConsolidate } from './consolidate-command';
import type { CommandDefinition, RawOptions } from './program';
import { cliOptions } from './program';

export const defineConsolidate: CommandDefinition = (program, { lang, io, common, run }) => {
  const options = cliOptions(lang);
  const words = PLACEHOLDERS[lang];
  program
    .command('consolidate')
    .description(consolidateHelp('command', lang))
    .argument(`<${words.file}...>`, consolidateHelp('files', lang))
    .addOption(new Option(`-o, --output <${words.output}>`, consolidateHelp('output', lang)))
    .addOption(options.asOf())
    .addOption(new Option('--json', consolidateHelp('json', lang)))
    .addOption(options.lang())
    .action((files: string[], raw: RawOptions) => {
      const { asOf, lang: chosen } = common(raw);
      return run(() =>
        runConsolidate(
          files,
          { output: raw.output, asOf, json: raw.json === true, lang: chosen },
          io,
        ),
      );
    });
};
