/**
 * `qualepref check|fill <file.xlsx>`: the engine over .xlsx files (design.md §7).
 * Exit codes: 0 ready to send, 1 error findings, 2 unusable input (one sentence on stderr).
 */
import { CommanderError } from 'commander';
import type { Lang } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import { CliError, EXIT_UNUSABLE } from './cli-error';
import type { CliIo } from './io';
import { systemIo } from './io';
import { langOfArgv } from './options';
import { buildProgram } from './program';

/** The first quoted word of a commander message: "error: unknown option '--x'" → "--x". */
function quotedWord(message: string): string {
  return /'([^']*)'/.exec(message)?.[1].split(' ')[0] ?? '';
}

/** Commander's English errors, as one sentence in the user's language. */
function commanderSentence(error: CommanderError, lang: Lang): string {
  switch (error.code) {
    case 'commander.help':
      return CLI_ERRORS.noCommand(lang);
    case 'commander.unknownCommand':
      return CLI_ERRORS.unknownCommand(quotedWord(error.message), lang);
    case 'commander.unknownOption':
      return CLI_ERRORS.unknownOption(quotedWord(error.message), lang);
    case 'commander.optionMissingArgument':
      return CLI_ERRORS.missingValue(quotedWord(error.message), lang);
    case 'commander.missingArgument':
      return CLI_ERRORS.missingFileArgument(lang);
    case 'commander.excessArguments':
      return CLI_ERRORS.tooManyArguments(lang);
    default:
      return CLI_ERRORS.unexpected(error.message, lang);
  }
}

function failureSentence(error: unknown, lang: Lang): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof CommanderError) return commanderSentence(error, lang);
  return CLI_ERRORS.unexpected(error instanceof Error ? error.message : String(error), lang);
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
    // Help asked for (--help, help check) ends with a CommanderError of exit code 0.
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    io.stderr(`${failureSentence(error, lang)}\n`);
    return EXIT_UNUSABLE;
  }
}
