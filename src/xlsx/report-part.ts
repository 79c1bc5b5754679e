/**
 * The report sheet of a FillPlan ("Contrôle 2020") as a worksheet part of its own: its rows,
 * bold titles, column widths, and links to the dashboard's cells. Written whole on each fill.
 */
import { a1 } from '../core/address';
import type { ReportSheet } from '../core/types';
import type { CellContent } from './sheet-editor';
import { cellXml } from './sheet-editor';
import { escapeText } from './xml';

export const MAIN_NAMESPACE = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const STRICT_MAIN_NAMESPACE = 'http://purl.oclc.org/ooxml/spreadsheetml/main';

/**
 * A HYPERLINK formula rather than a hyperlink relationship: it works in every Excel and in
 * LibreOffice, and keeps the report a single part without relationships.
 */
export function linkFormula(sheet: string, target: string): string {
  const reference = `'${sheet.replace(/'/g, "''")}'!${target}`;
  return `HYPERLINK("#${reference.replace(/"/g, '""')}","${target}")`;
}

export interface ReportStyles {
  readonly bold: number;
  readonly link: number;
}

export function reportSheetXml(
  report: ReportSheet,
  dashboardSheet: string,
  styles: ReportStyles,
  strict: boolean,
): string {
  const bold = new Set(report.boldRows);
  const links = new Map(report.links.map((link) => [`${link.row}:${link.col}`, link.target]));
  let lastRow = 0;
  let lastCol = 0;
  const rows = report.rows.map((values, row) => {
    const cells: string[] = [];
    values.forEach((value, col) => {
      const target = links.get(`${row}:${col}`);
      if (target !== undefined) {
        const formula = escapeText(linkFormula(dashboardSheet, target));
        cells.push(
          `<c r="${a1(row, col)}" s="${styles.link}" t="str"><f>${formula}</f><v>${escapeText(target)}</v></c>`,
        );
      } else if (value !== null && value !== '') {
        const content: CellContent =
          typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', value };
        cells.push(cellXml('', row, col, bold.has(row) ? styles.bold : 0, content));
      } else {
        return;
      }
      lastRow = Math.max(lastRow, row);
      lastCol = Math.max(lastCol, col);
    });
    return cells.length === 0 ? '' : `<row r="${row + 1}">${cells.join('')}</row>`;
  });
  const cols = report.columnWidths
    .map(
      (width, col) => `<col min="${col + 1}" max="${col + 1}" width="${width}" customWidth="1"/>`,
    )
    .join('');
  const namespace = strict ? STRICT_MAIN_NAMESPACE : MAIN_NAMESPACE;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<worksheet xmlns="${namespace}">`,
    `<dimension ref="A1:${a1(lastRow, lastCol)}"/>`,
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols === '' ? '' : `<cols>${cols}</cols>`,
    `<sheetData>${rows.join('')}</sheetData>`,
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ].join('');
}
