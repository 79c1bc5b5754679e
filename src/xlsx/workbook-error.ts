import type { WorkbookErrorCode } from '../core/workbook-error-code';

// Re-exported: the file engine's callers name the codes of the errors it raises from here.
export type { WorkbookErrorCode };

/**
 * A file the engine cannot open or write. `code` chooses the sentence the user reads; `detail`
 * (English, often naming the part at fault) is for whoever investigates: no French sentence
 * shows it.
 */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WorkbookError';
  }
}
