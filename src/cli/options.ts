/**
 * The values of --as-of and --lang, checked; the language, and whether --json was asked for, are
 * known before parsing too.
 */
import type { Lang, YearMonth } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import { CliError } from './cli-error';

const AS_OF = /^(\d{4})-(\d{2})$/;

export function parseAsOf(text: string, lang: Lang): YearMonth {
  const match = AS_OF.exec(text.trim());
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12)
    throw new CliError('bad_as_of', CLI_ERRORS.badAsOf(text, lang));
  return { year: Number(match[1]), month };
}

export function parseLang(text: string, interfaceLang: Lang): Lang {
  const lang = text.trim().toLowerCase();
  if (lang === 'fr' || lang === 'en') return lang;
  throw new CliError('bad_lang', CLI_ERRORS.badLang(text, interfaceLang));
}

/**
 * The language asked for on the command line ("--lang en" or "--lang=en"), read before
 * commander parses so that its help and its errors already speak it. French otherwise.
 */
export function langOfArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : /^--lang=(.*)$/.exec(argv[i])?.[1];
    if (value?.trim().toLowerCase() === 'en') return 'en';
  }
  return 'fr';
}

/**
 * Whether --json was asked for, read from the arguments themselves so that an error of parsing
 * (an unknown option, a missing value) is also reported as JSON. Arguments after "--" are files.
 */
export function jsonOfArgv(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}
