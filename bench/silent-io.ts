/** The command line's input and output for benchmarks: nothing printed, a fixed today. */
import type { CliIo } from '../src/cli/io';

export const TODAY = { year: 2026, month: 11 };

export const SILENT: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  today: () => TODAY,
  stdin: { isTerminal: true, readAll: () => Promise.resolve(new Uint8Array()) },
  stdoutBytes: { isTerminal: true, write: () => Promise.resolve() },
};
