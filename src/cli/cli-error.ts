/**
 * Unusable input: the command prints `message` (one sentence) on stderr and exits with 2; with
 * --json it also prints `{ schema: "qualepref-error/1", code, message }` on stdout.
 */

/**
 * The stable codes of unusable input, as the JSON error object carries them (README, "The
 * command line"). Add new ones at the end; never rename one.
 */
export const CLI_ERROR_CODES = [
  'missing_file',
  'is_directory',
  'unreadable_file',
  'not_a_workbook',
  'encrypted',
  'legacy_xls',
  'ods',
  'xlsb',
  'damaged',
  'too_large',
  'unsafe_xml',
  'empty_workbook',
  'empty_sheet',
  'no_dashboard',
  'unknown_sheet',
  'report_name_taken',
  'no_year',
  'sheet_exists',
  'bad_as_of',
  'as_of_outside_year',
  'bad_lang',
  'same_output',
  'output_required',
  'stdin_is_terminal',
  'stdout_is_terminal',
  'stdout_taken',
  'not_saved',
  'macros_need_xlsm',
  'no_macros_xlsx',
  'not_written',
  'no_command',
  'unknown_command',
  'unknown_option',
  'missing_value',
  'missing_argument',
  'too_many_arguments',
  'unexpected',
] as const;

export type CliErrorCode = (typeof CLI_ERROR_CODES)[number];

export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT_READY = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

export const JSON_ERROR_SCHEMA = 'qualepref-error/1';

export interface JsonError {
  readonly schema: typeof JSON_ERROR_SCHEMA;
  readonly code: CliErrorCode;
  readonly message: string;
}

/** The JSON error object, printed as the JSON reports are (two-space indent, final newline). */
export function jsonErrorText(code: CliErrorCode, message: string): string {
  const error: JsonError = { schema: JSON_ERROR_SCHEMA, code, message };
  return `${JSON.stringify(error, null, 2)}\n`;
}

/**
 * The code of a file-system error ("ENOENT"). Read by shape, not by class: errors raised by
 * Node's own modules may come from another realm (a test sandbox) where `instanceof` fails.
 */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
