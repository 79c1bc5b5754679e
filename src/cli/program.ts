/**
 * The commander definition of `qualepref`, its help in the user's language. Each command is a
 * `CommandDefinition` listed in COMMANDS; the options they share are built by `cliOptions`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, Option } from 'commander';
import type { Lang } from '../core/types';
import type { HelpKey } from '../i18n/cli';
import { helpText, helpTitle, PLACEHOLDERS } from '../i18n/cli';
import type { CommonOptions } from './commands';
import { runCheck, runFill } from './commands';
import { defineConsolidate } from './consolidate-program';
import type { CliIo } from './io';
import { parseLang } from './options';
import { defineRollover } from './rollover-command';

/** Options as commander hands them to an action, before they are checked. */
export interface RawOptions {
  readonly sheet?: string;
  readonly asOf?: string;
  readonly lang?: string;
  readonly json?: boolean;
  readonly output?: string;
}

/** What a command definition needs besides commander's `Command`. */
export interface CommandContext {
  /** The language of the help and of parsing errors (read from argv before parsing). */
  readonly lang: Lang;
  readonly io: CliIo;
  /** --sheet, --as-of and --lang of the command (or the program's --lang), --lang checked. */
  readonly common: (raw: RawOptions) => CommonOptions;
  /** Records the exit code the command's work returns; its errors reach `main`. */
  readonly run: (work: () => Promise<number>) => Promise<void>;
}

export type CommandDefinition = (program: Command, context: CommandContext) => void;

/** The options and the input argument shared by the commands, in the user's language. */
export function cliOptions(lang: Lang) {
  const words = PLACEHOLDERS[lang];
  return {
    file: () => [`<${words.file}>`, helpText('file', lang)] as const,
    sheet: () => new Option(`--sheet <${words.sheet}>`, helpText('sheet', lang)),
    asOf: () => new Option(`--as-of <${words.asOf}>`, helpText('asOf', lang)),
    lang: () => new Option('--lang <fr|en>', helpText('lang', lang)),
    json: (help: HelpKey = 'json') => new Option('--json', helpText(help, lang)),
    output: (help: HelpKey = 'output') =>
      new Option(`-o, --output <${words.output}>`, helpText(help, lang)),
  };
}

const defineCheck: CommandDefinition = (program, { lang, io, common, run }) => {
  const options = cliOptions(lang);
  program
    .command('check')
    .description(helpText('check', lang))
    .argument(...options.file())
    .addOption(options.sheet())
    .addOption(options.asOf())
    .addOption(options.json())
    .addOption(options.lang())
    .action((file: string, raw: RawOptions) =>
      run(() => runCheck(file, { ...common(raw), json: raw.json === true }, io)),
    );
};

const defineFill: CommandDefinition = (program, { lang, io, common, run }) => {
  const options = cliOptions(lang);
  program
    .command('fill')
    .description(helpText('fill', lang))
    .argument(...options.file())
    .addOption(options.output())
    .addOption(options.sheet())
    .addOption(options.asOf())
    .addOption(options.json('fillJson'))
    .addOption(options.lang())
    .action((file: string, raw: RawOptions) =>
      run(() => runFill(file, { ...common(raw), output: raw.output, json: raw.json === true }, io)),
    );
};

/** The commands, in the order the help lists them. */
const COMMANDS: readonly CommandDefinition[] = [
  defineCheck,
  defineFill,
  defineConsolidate,
  defineRollover,
];

/** The version of package.json, two folders up from both src/cli and the built lib/cli. */
function packageVersion(): string {
  const manifest: unknown = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'),
  );
  const version = (manifest as { version?: unknown }).version;
  return typeof version === 'string' ? version : '';
}

/**
 * `setExit` receives the exit code of the command that ran. Commander prints its help and the
 * version on stdout; its English errors are dropped: the caller says them again, in one sentence.
 */
export function buildProgram(lang: Lang, io: CliIo, setExit: (code: number) => void): Command {
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
    .version(packageVersion(), '-V, --version', helpText('version', lang))
    .helpOption('-h, --help', helpText('help', lang))
    .helpCommand(
      lang === 'fr' ? 'help [commande]' : 'help [command]',
      helpText('helpCommand', lang),
    )
    .addHelpText('after', `\n${helpText('examples', lang)}`)
    // "qualepref --lang en check x.xlsx" and "qualepref check x.xlsx --lang en" both work.
    .enablePositionalOptions()
    .addOption(cliOptions(lang).lang());

  const langOf = (raw: RawOptions) => {
    const asked = raw.lang ?? program.opts<RawOptions>().lang;
    return asked === undefined ? lang : parseLang(asked, lang);
  };
  const context: CommandContext = {
    lang,
    io,
    common: (raw) => ({ sheet: raw.sheet, asOf: raw.asOf, lang: langOf(raw) }),
    run: async (work) => setExit(await work()),
  };
  for (const define of COMMANDS) define(program, context);
  return program;
}

/** The names of the program's commands, for the sentences that list them. */
export function commandNames(program: Command): string[] {
  return program.commands.map((command) => command.name()).filter((name) => name !== 'help');
}
