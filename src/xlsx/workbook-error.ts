import type { WorkbookErrorCode } from '../core/workbook-error-code';

// Re-exported: the file engine's callers name the codes of the errors it raises from here.
export type { WorkbookErrorCode };

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'WorkbookError';
  }
}
