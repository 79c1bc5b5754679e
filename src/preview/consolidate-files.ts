/**
 * The preview's consolidation: the workbooks the agent chose, read in the browser one after the
 * other, consolidated, and the summary workbook written, as `qualepref consolidate` does.
 */
import type { Consolidation, SiteInput } from '../core/consolidate';
import { consolidate } from '../core/consolidate';
import { consolidationSheets, summaryFileName } from '../core/consolidate-sheets';
import { consolidationWords } from '../i18n/consolidate';
import { newWorkbook } from '../xlsx/new-workbook';
import type { SiteReadOptions } from '../xlsx/read-site';
import { readSite } from '../xlsx/read-site';

export interface ChosenFile {
  readonly name: string;
  readonly bytes: () => Promise<Uint8Array>;
}

export interface PreviewConsolidation {
  readonly consolidation: Consolidation;
  /** The summary workbook, ready to download. */
  readonly workbook: Uint8Array;
  readonly fileName: string;
}

/** Lets the page repaint (its spinner turn) between two workbooks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function consolidateFiles(
  files: readonly ChosenFile[],
  options: SiteReadOptions,
): Promise<PreviewConsolidation> {
  const inputs: SiteInput[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await file.bytes();
    } catch {
      inputs.push({ file: file.name, unusable: 'unreadable' });
      continue;
    }
    inputs.push(await readSite(file.name, bytes, options));
    await nextTask();
  }
  const consolidation = consolidate(inputs);
  const sheets = consolidationSheets(consolidation, consolidationWords(options.lang));
  return {
    consolidation,
    workbook: newWorkbook(sheets),
    fileName: summaryFileName(consolidation.year),
  };
}
