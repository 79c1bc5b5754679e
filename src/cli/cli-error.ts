/** Unusable input: the command prints `message` (one sentence) on stderr and exits with 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT_READY = 0;
export const EXIT_ERRORS = 1;
export const EXIT_UNUSABLE = 2;

/**
 * The code of a file-system error ("ENOENT"). Read by shape, not by class: errors raised by
 * Node's own modules may come from another realm (a test sandbox) where `instanceof` fails.
 */
export function systemErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}
