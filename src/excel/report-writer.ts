/**
 * Writes the report sheet (`Contrôle <year>`) of a FillPlan: replaced on each run, its text in
 * 2-D writes (in bands when it is too large for one request), bold titles, column widths, and a
 * link from each finding to its cell.
 */
import type { ReportSheet, ReportValue } from '../core/types';
import { sheetAddress } from './addresses';
import { bandsOf, columnRuns } from './batches';
import type { XWorkbook } from './excel-api';
import type { PlannedCall } from './payload';
import { jsonBytes } from './payload';

/** Excel's column width is in points; a character of the default font is about 6 points wide. */
const POINTS_PER_CHARACTER = 6;

function cellInput(value: ReportValue): string | number {
  return value === null ? '' : value;
}

/** Text stays text: "G22" or "2020-12" must not be read as anything else. */
function cellFormat(value: ReportValue): string {
  return typeof value === 'number' ? 'General' : '@';
}

export function reportCalls(
  workbook: XWorkbook,
  report: ReportSheet,
  dashboardSheet: string,
  replaced: string | null,
): PlannedCall[] {
  const sheet = () => workbook.worksheets.getItem(report.name);
  const calls: PlannedCall[] = [
    {
      bytes: 0,
      queue: () => {
        if (replaced !== null) workbook.worksheets.getItem(replaced).delete();
        workbook.worksheets.add(report.name);
      },
    },
  ];
  const width = report.rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (report.rows.length === 0 || width === 0) return calls;
  const padded = report.rows.map((row) =>
    Array.from({ length: width }, (_, col) => row[col] ?? null),
  );
  const rows = padded.map((line, row) => ({ line, row }));
  const bytes = (some: readonly { line: ReportValue[] }[]) =>
    jsonBytes(some.map((r) => r.line.map(cellFormat))) +
    jsonBytes(some.map((r) => r.line.map(cellInput)));
  for (const band of bandsOf(rows, bytes))
    calls.push({
      bytes: bytes(band),
      queue: () => {
        const range = sheet().getRangeByIndexes(band[0].row, 0, band.length, width);
        range.numberFormat = band.map((r) => r.line.map(cellFormat));
        range.values = band.map((r) => r.line.map(cellInput));
      },
    });
  calls.push({
    bytes: 0,
    queue: () => {
      for (const row of report.boldRows)
        sheet().getRangeByIndexes(row, 0, 1, width).format.font.bold = true;
      report.columnWidths.forEach((characters, col) => {
        sheet().getRangeByIndexes(0, col, 1, 1).format.columnWidth =
          characters * POINTS_PER_CHARACTER;
      });
    },
  });
  const linkOf = (link: ReportSheet['links'][number]): Excel.SettableCellProperties => ({
    hyperlink: {
      documentReference: sheetAddress(dashboardSheet, link.target),
      textToDisplay: String(padded[link.row]?.[link.col] ?? link.target),
      screenTip: link.target,
    },
  });
  const linkBytes = (run: readonly ReportSheet['links'][number][]) =>
    jsonBytes(run.map((link) => [linkOf(link)]));
  for (const run of columnRuns(report.links).flatMap((r) => bandsOf(r, linkBytes)))
    calls.push({
      bytes: linkBytes(run),
      queue: () =>
        sheet()
          .getRangeByIndexes(run[0].row, run[0].col, run.length, 1)
          .setCellProperties(run.map((link) => [linkOf(link)])),
    });
  return calls;
}
