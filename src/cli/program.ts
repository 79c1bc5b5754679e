/** The commander definition of `qualepref`, its help in the user's language. */
import { Command } from 'commander';
import type { Lang } from '../core/types';
import { helpText, helpTitle, PLACEHOLDERS } from '../i18n/cli';
import type { CheckOptions, FillOptions } from './commands';
import { runCheck, runFill } from './commands';
import type { CliIo } from './io';
import { parseLang } from './options';
import { addRolloverCommand } from './rollover-command';

interface RawOptions {
  readonly sheet?: string;
  readonly asOf?: string;
  readonly lang?: string;
  readonly json?: boolean;
  readonly output?: string;
}

/**
 * `setExit` receives the exit code of the command that ran. Commander prints its help on
 * stdout; its English errors are dropped: the caller says them again, in one sentence.
 */
export function buildProgram(lang: Lang, io: CliIo, setExit: (code: number) => void): Command {
  const words = PLACEHOLDERS[lang];
  const program = new Command('qualepref')
    .description(helpText('program', lang))
    .usage(lang === 'fr' ? '[options] [commande]' : '[options] [command]')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: () => undefined,
      outputError: () => undefined,
    })
    .configureHelp({ styleTitle: (title) => helpTitle(title, lang) })
    .helpOption('-h, --help', helpText('help', lang))
    .helpCommand(
      lang === 'fr' ? 'help [commande]' : 'help [command]',
      helpText('helpCommand', lang),
    )
    .addHelpText('after', `\n${helpText('examples', lang)}`)
    // "qualepref --lang en check x.xlsx" and "qualepref check x.xlsx --lang en" both work.
    .enablePositionalOptions()
    .option('--lang <fr|en>', helpText('lang', lang));

  const withCommonOptions = (command: Command) =>
    command
      .argument(`<${words.file}>`, helpText('file', lang))
      .option(`--sheet <${words.sheet}>`, helpText('sheet', lang))
      .option(`--as-of <${words.asOf}>`, helpText('asOf', lang))
      .option('--lang <fr|en>', helpText('lang', lang));
  const langOf = (raw: RawOptions) => {
    const asked = raw.lang ?? program.opts<RawOptions>().lang;
    return asked === undefined ? lang : parseLang(asked, lang);
  };
  const common = (raw: RawOptions) => ({ sheet: raw.sheet, asOf: raw.asOf, lang: langOf(raw) });

  withCommonOptions(program.command('check').description(helpText('check', lang)))
    .option('--json', helpText('json', lang))
    .action(async (file: string, raw: RawOptions) => {
      const options: CheckOptions = { ...common(raw), json: raw.json === true };
      setExit(await runCheck(file, options, io));
    });

  withCommonOptions(program.command('fill').description(helpText('fill', lang)))
    .option(`-o, --output <${words.output}>`, helpText('output', lang))
    .action(async (file: string, raw: RawOptions) => {
      const options: FillOptions = { ...common(raw), output: raw.output };
      setExit(await runFill(file, options, io));
    });

  addRolloverCommand(program, lang, io, setExit);

  return program;
}
