/**
 * `qualepref check|fill <file.xlsx>`: the engine over .xlsx files (design.md §7).
 * Exit codes: 0 ready to send, 1 error findings, 2 unusable input (one sentence on stderr and,
 * with --json, a `qualepref-error/1` object on stdout).
 */
import type { Command } from 'commander';
import { CommanderError } from 'commander';
import type { Lang } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import type { CliErrorCode } from './cli-error';
import { CliError, EXIT_UNUSABLE, jsonErrorText } from './cli-error';
import type { CliIo } from './io';
import { systemIo } from './io';
import { jsonOfArgv, langOfArgv } from './options';
import { buildProgram, commandNames } from './program';

interface Failure {
  readonly code: CliErrorCode;
  readonly message: string;
}

/**
 * The first quoted word of a commander message: "error: unknown option '--x'" → "--x",
 * "error: option '-o, --output <sortie.xlsx>' argument missing" → "-o".
 */
function quotedWord(message: string): string {
  return /'([^' ,]*)/.exec(message)?.[1] ?? '';
}

/** The words of argv that are no option. */
function argvWords(argv: readonly string[]): string[] {
  // The program's only option with a value is --lang: its value is no command.
  return argv.filter((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--lang');
}

/** "qualepref help verify": the command the help was asked for, when there is none such. */
function unknownHelpTopic(argv: readonly string[], commands: readonly string[]): string | null {
  const words = argvWords(argv);
  const topic = words[0] === 'help' ? words[1] : undefined;
  return topic !== undefined && !commands.includes(topic) ? topic : null;
}

/** The command argv runs, if it names one of the program's. */
function commandOfArgv(argv: readonly string[], commands: readonly string[]): string | undefined {
  const first = argvWords(argv)[0];
  return first !== undefined && commands.includes(first) ? first : undefined;
}

/** Commander's English errors, as one sentence in the user's language. */
function commanderFailure(
  error: CommanderError,
  argv: readonly string[],
  commands: readonly string[],
  lang: Lang,
): Failure {
  const word = quotedWord(error.message);
  const topic = unknownHelpTopic(argv, commands);
  const command = commandOfArgv(argv, commands);
  switch (error.code) {
    case 'commander.help':
      return topic === null
        ? { code: 'no_command', message: CLI_ERRORS.noCommand(commands, lang) }
        : { code: 'unknown_command', message: CLI_ERRORS.unknownCommand(topic, commands, lang) };
    case 'commander.unknownCommand':
      return {
        code: 'unknown_command',
        message: CLI_ERRORS.unknownCommand(word, commands, lang),
      };
    case 'commander.unknownOption':
      return { code: 'unknown_option', message: CLI_ERRORS.unknownOption(word, lang) };
    case 'commander.optionMissingArgument':
      return { code: 'missing_value', message: CLI_ERRORS.missingValue(word, lang) };
    case 'commander.missingArgument':
      return { code: 'missing_argument', message: CLI_ERRORS.missingFileArgument(lang, command) };
    case 'commander.excessArguments':
      return { code: 'too_many_arguments', message: CLI_ERRORS.tooManyArguments(lang, command) };
    default:
      return { code: 'unexpected', message: CLI_ERRORS.unexpected(error.message, lang) };
  }
}

function failureOf(error: unknown, argv: readonly string[], program: Command, lang: Lang): Failure {
  if (error instanceof CliError) return { code: error.code, message: error.message };
  if (error instanceof CommanderError)
    return commanderFailure(error, argv, commandNames(program), lang);
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message: CLI_ERRORS.unexpected(reason, lang) };
}

export async function main(argv: readonly string[], io: CliIo = systemIo()): Promise<number> {
  const lang = langOfArgv(argv);
  let exit = EXIT_UNUSABLE;
  const program = buildProgram(lang, io, (code) => {
    exit = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    // Help and version (--help, help check, -V) end with a CommanderError of exit code 0.
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    const { code, message } = failureOf(error, argv, program, lang);
    if (jsonOfArgv(argv)) io.stdout(jsonErrorText(code, message));
    io.stderr(`${message}\n`);
    return EXIT_UNUSABLE;
  }
}
