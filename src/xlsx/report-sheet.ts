/** The report sheet of a FillPlan ("Contrôle 2020"), replaced on each fill. */
import { sameSheetName } from '../core/sheet-name';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import type { ReportLink, ReportSheet } from '../core/types';
import { cellOf, columnOf } from './sheet-cells';

/** The colour Excel gives to links. */
const LINK_COLOR = 'FF0563C1';

/**
 * A HYPERLINK formula rather than an ExcelJS hyperlink: ExcelJS 4.4 writes an internal link both
 * as a relationship and as a location, which Excel joins into a broken target
 * (exceljs/exceljs#3027). The formula works in every Excel and in LibreOffice.
 */
export function linkFormula(sheet: string, target: string): string {
  const reference = `'${sheet.replace(/'/g, "''")}'!${target}`;
  return `HYPERLINK("#${reference.replace(/"/g, '""')}","${target}")`;
}

/** Excel compares sheet names without regard to case. */
function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sameSheetName(sheet.name, name));
}

function writeLink(sheet: Worksheet, dashboardSheet: string, link: ReportLink): void {
  const cell = cellOf(sheet, link.row, link.col);
  cell.value = {
    formula: linkFormula(dashboardSheet, link.target),
    result: link.target,
  } as CellValue;
  cell.style = { ...cell.style, font: { color: { argb: LINK_COLOR }, underline: true } };
}

export function writeReportSheet(
  workbook: Workbook,
  dashboardSheet: string,
  report: ReportSheet,
): void {
  const previous = findSheet(workbook, report.name);
  if (previous?.name === dashboardSheet) {
    throw new Error(`The report would replace the dashboard sheet "${dashboardSheet}".`);
  }
  if (previous) workbook.removeWorksheet(previous.id);
  const sheet = workbook.addWorksheet(report.name);
  const bold = new Set(report.boldRows);
  report.rows.forEach((values, row) => {
    values.forEach((value, col) => {
      if (value === null || value === '') return;
      const cell = cellOf(sheet, row, col);
      cell.value = value;
      if (bold.has(row)) cell.style = { ...cell.style, font: { bold: true } };
    });
  });
  for (const link of report.links) writeLink(sheet, dashboardSheet, link);
  report.columnWidths.forEach((width, col) => {
    columnOf(sheet, col).width = width;
  });
}
