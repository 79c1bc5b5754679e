/** Where fill writes, and writing there without ever leaving a half-written file. */
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Lang } from '../core/types';
import { CLI_ERRORS } from '../i18n/cli';
import { CliError, systemErrorCode } from './cli-error';

/**
 * "dossier/tableau.xlsx" → "dossier/tableau.controle.xlsx"; a macro-enabled workbook keeps its
 * kind: "tableau.xlsm" → "tableau.controle.xlsm".
 */
export function defaultOutputPath(input: string, macroEnabled = false): string {
  const name = basename(input, extname(input));
  return join(dirname(input), `${name}.controle.${macroEnabled ? 'xlsm' : 'xlsx'}`);
}

/**
 * Excel refuses a file whose extension contradicts its content: a workbook with macros must be
 * written as .xlsm, one without as .xlsx.
 */
function checkExtension(path: string, macroEnabled: boolean, lang: Lang): void {
  const extension = extname(path).toLowerCase();
  if (macroEnabled && extension === '.xlsx')
    throw new CliError(CLI_ERRORS.macrosNeedXlsm(path, lang));
  if (!macroEnabled && extension === '.xlsm')
    throw new CliError(CLI_ERRORS.noMacrosXlsx(path, lang));
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    // Catches links and case-insensitive file systems: same device, same inode.
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

/** The output path, refused when it is the input itself: the original is never written. */
export async function outputPathFor(
  input: string,
  output: string | undefined,
  macroEnabled: boolean,
  lang: Lang,
): Promise<string> {
  const path = output ?? defaultOutputPath(input, macroEnabled);
  if (await sameFile(input, path)) throw new CliError(CLI_ERRORS.sameOutput(input, lang));
  checkExtension(path, macroEnabled, lang);
  return path;
}

function reasonOf(error: unknown): string {
  return systemErrorCode(error) ?? String(error);
}

/** Writes beside the target then renames, so that a failure leaves no partial file. */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  lang: Lang,
): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new CliError(CLI_ERRORS.notWritten(path, reasonOf(error), lang));
  }
}
