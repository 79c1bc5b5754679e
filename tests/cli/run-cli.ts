/** Runs the command in-process, its output, its standard streams and its clock captured. */
import { main } from '../../src/cli/main';
import type { YearMonth } from '../../src/core/types';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** What was written to standard output as bytes (`-o -`). */
  readonly stdoutBytes: Buffer;
}

/**
 * The standard streams a run sees: by default both are terminals and stdin holds nothing; an
 * Error as stdin is a stream that fails when read.
 */
export interface Streams {
  readonly stdin?: Uint8Array | Error;
  readonly stdinIsTerminal?: boolean;
  readonly stdoutIsTerminal?: boolean;
}

/** Late 2026: the seed's 2020 dashboard is a past year, checked up to December. */
export const TODAY: YearMonth = { year: 2026, month: 11 };

export async function runCli(
  argv: readonly string[],
  today: YearMonth = TODAY,
  streams: Streams = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const bytes: Buffer[] = [];
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: () => today,
    stdin: {
      isTerminal: streams.stdinIsTerminal ?? streams.stdin === undefined,
      readAll: () =>
        streams.stdin instanceof Error
          ? Promise.reject(streams.stdin)
          : Promise.resolve(streams.stdin ?? new Uint8Array()),
    },
    stdoutBytes: {
      isTerminal: streams.stdoutIsTerminal ?? true,
      write: (chunk) => {
        bytes.push(Buffer.from(chunk));
        return Promise.resolve();
      },
    },
  });
  return { code, stdout, stderr, stdoutBytes: Buffer.concat(bytes) };
}
