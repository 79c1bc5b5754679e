/**
 * What the command needs from its surroundings, injectable so that tests capture it all, and
 * the file name `-` (standard input as the input, standard output as the output). Workbooks
 * cross these streams as bytes, whatever engine reads or writes them.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Lang, YearMonth } from '../core/types';
import { CLI_ERRORS, cliReportText } from '../i18n/cli';
import { CliError, systemErrorCode } from './cli-error';
import { writeFileAtomically } from './output-file';

export interface ByteInput {
  /** True when a person types into it: a workbook cannot come from there. */
  readonly isTerminal: boolean;
  /** Everything until the end of the stream. */
  readonly readAll: () => Promise<Uint8Array>;
}

export interface ByteOutput {
  /** True when a person reads it: a workbook must not be written there. */
  readonly isTerminal: boolean;
  /** Resolves once the bytes are handed to the stream. */
  readonly write: (bytes: Uint8Array) => Promise<void>;
}

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's month: only used to default --as-of. */
  readonly today: () => YearMonth;
  /** Standard input, for the input file `-`. */
  readonly stdin: ByteInput;
  /** Standard output as bytes, for `-o -`; the same stream as `stdout`. */
  readonly stdoutBytes: ByteOutput;
}

/** The file name that stands for standard input or standard output. */
export const STANDARD_STREAM = '-';

export function isStandardStream(file: string | undefined): boolean {
  return file === STANDARD_STREAM;
}

/** The input as sentences name it: the path given, or "- (entrée standard)". */
export function inputName(file: string, lang: Lang): string {
  return isStandardStream(file) ? cliReportText('standardInput', lang) : file;
}

/** The input as reports name it: the file's own name, or `-`. */
export function reportFileName(file: string): string {
  return isStandardStream(file) ? STANDARD_STREAM : basename(file);
}

/** The bytes of the input file, or of standard input for `-`; a CliError says why not. */
export async function readInput(file: string, io: CliIo, lang: Lang): Promise<Uint8Array> {
  if (isStandardStream(file)) {
    if (io.stdin.isTerminal)
      throw new CliError('stdin_is_terminal', CLI_ERRORS.stdinIsTerminal(lang));
    try {
      return await io.stdin.readAll();
    } catch {
      throw new CliError('unreadable_file', CLI_ERRORS.unreadable(inputName(file, lang), lang));
    }
  }
  try {
    return await readFile(file);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new CliError('missing_file', CLI_ERRORS.missingFile(file, lang));
    if (code === 'EISDIR') throw new CliError('is_directory', CLI_ERRORS.isDirectory(file, lang));
    throw new CliError('unreadable_file', CLI_ERRORS.unreadable(file, lang));
  }
}

/**
 * Refuses `-o -` before any work when it cannot succeed: on a terminal, or when --json already
 * takes standard output.
 */
export function checkStandardOutput(
  output: string | undefined,
  json: boolean,
  io: CliIo,
  lang: Lang,
): void {
  if (!isStandardStream(output)) return;
  if (json) throw new CliError('stdout_taken', CLI_ERRORS.stdoutTaken(lang));
  if (io.stdoutBytes.isTerminal)
    throw new CliError('stdout_is_terminal', CLI_ERRORS.stdoutIsTerminal(lang));
}

/**
 * Where the command's sentences go: standard output, unless the workbook itself goes there
 * (`-o -`), when they go to standard error so that the workbook stays whole.
 */
export function messageStream(output: string | undefined, io: CliIo): (text: string) => void {
  return isStandardStream(output) ? io.stderr : io.stdout;
}

/** Writes the workbook to `output`, or to standard output for `-` (see checkStandardOutput). */
export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  io: CliIo,
  lang: Lang,
): Promise<void> {
  if (!isStandardStream(output)) return writeFileAtomically(output, bytes, lang);
  try {
    await io.stdoutBytes.write(bytes);
  } catch (error) {
    throw new CliError(
      'not_written',
      CLI_ERRORS.notWritten(STANDARD_STREAM, systemErrorCode(error) ?? String(error), lang),
    );
  }
}

/** A reader that stops early (`qualepref check x.xlsx | head`) is not a failure of the command. */
function ignoreClosedPipe(error: unknown): void {
  if (systemErrorCode(error) !== 'EPIPE') throw error;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function writeStream(stream: NodeJS.WriteStream, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(bytes, (error) => {
      if (error && systemErrorCode(error) !== 'EPIPE') reject(error);
      else resolve();
    });
  });
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
    // A getter: process.stdin is only opened when `-` asks for it.
    stdin: {
      get isTerminal() {
        return process.stdin.isTTY === true;
      },
      readAll: () => readStream(process.stdin),
    },
    stdoutBytes: {
      isTerminal: process.stdout.isTTY === true,
      write: (bytes) => writeStream(process.stdout, bytes),
    },
  };
}
