/** What the command needs from its surroundings, injectable so that tests capture it all. */
import type { YearMonth } from '../core/types';
import { systemErrorCode } from './cli-error';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's month: only used to default --as-of. */
  readonly today: () => YearMonth;
}

/** A reader that stops early (`qualepref check x.xlsx | head`) is not a failure of the command. */
function ignoreClosedPipe(error: unknown): void {
  if (systemErrorCode(error) !== 'EPIPE') throw error;
}

/** The process's own streams and clock. */
export function systemIo(): CliIo {
  for (const stream of [process.stdout, process.stderr]) {
    if (!stream.listeners('error').includes(ignoreClosedPipe)) stream.on('error', ignoreClosedPipe);
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => {
      const now = new Date();
      return { year: now.getFullYear(), month: now.getMonth() + 1 };
    },
  };
}
