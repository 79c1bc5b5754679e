/** The ExcelJS gateway: .xlsx workbooks to grids and fill plans back to workbooks. */
export { applyFillPlan } from './apply-plan';
export { loadWorkbook, saveWorkbook } from './workbook-io';
export { WorkbookError } from './workbook-error';
export type { WorkbookErrorCode } from './workbook-error';
export { workbookToGrids, worksheetToGrid } from './worksheet-grid';
