/**
 * Writes the report sheet (`Contrôle <year>`) of a FillPlan: replaced on each run, one 2-D write
 * for its text, bold titles, column widths, and a link from each finding to its cell.
 */
import type { ReportSheet, ReportValue } from '../core/types';
import { sheetAddress } from './addresses';
import { columnRuns } from './batches';
import type { XContext } from './excel-api';

/** Excel's column width is in points; a character of the default font is about 6 points wide. */
const POINTS_PER_CHARACTER = 6;

function cellInput(value: ReportValue): string | number {
  return value === null ? '' : value;
}

/** Text stays text: "G22" or "2020-12" must not be read as anything else. */
function cellFormat(value: ReportValue): string {
  return typeof value === 'number' ? 'General' : '@';
}

export function queueReport(
  ctx: XContext,
  report: ReportSheet,
  dashboardSheet: string,
  replaced: string | null,
): void {
  const worksheets = ctx.workbook.worksheets;
  if (replaced !== null) worksheets.getItem(replaced).delete();
  const sheet = worksheets.add(report.name);
  const width = report.rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (report.rows.length === 0 || width === 0) return;
  const padded = report.rows.map((row) =>
    Array.from({ length: width }, (_, col) => row[col] ?? null),
  );
  const all = sheet.getRangeByIndexes(0, 0, padded.length, width);
  all.numberFormat = padded.map((row) => row.map(cellFormat));
  all.values = padded.map((row) => row.map(cellInput));
  for (const row of report.boldRows)
    sheet.getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
  report.columnWidths.forEach((characters, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = characters * POINTS_PER_CHARACTER;
  });
  for (const run of columnRuns(report.links)) {
    const range = sheet.getRangeByIndexes(run[0].row, run[0].col, run.length, 1);
    range.setCellProperties(
      run.map((link) => [
        {
          hyperlink: {
            documentReference: sheetAddress(dashboardSheet, link.target),
            textToDisplay: String(padded[link.row]?.[link.col] ?? link.target),
            screenTip: link.target,
          },
        },
      ]),
    );
  }
}
