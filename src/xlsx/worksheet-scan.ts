/**
 * A worksheet part scanned: its `sheetData` by the fast reader when it can
 * (sheet-data-fast.ts), everything else, and any sheetData that reader gives up on, by saxes
 * (sheet-scan.ts).
 */
import { readSheetData } from './sheet-data-fast';
import type { SheetScan } from './sheet-scan';
import { scanSheet } from './sheet-scan';
import { textFeed } from './xml';

/** The start tag of the worksheet's `sheetData`, any prefix, when it has content. */
const SHEET_DATA_START = /<((?:[A-Za-z_][\w.-]*:)?sheetData)(?:\s(?:[^>"'/]|"[^"<]*"|'[^'<]*')*)?>/;

/** The scan of a worksheet part, `text` being its whole content. */
export function scanWorksheet(part: string, text: string): SheetScan {
  const start = SHEET_DATA_START.exec(text);
  // Before sheetData come a few short elements: a comment or CDATA there could hide the tag.
  const plain = start !== null && !/<!--|<!\[CDATA\[/.test(text.slice(0, start.index));
  const from = start === null ? -1 : start.index + start[0].length;
  const data = plain && start !== null ? readSheetData(text, from, start[1]) : null;
  if (data === null) return scanSheet(part, textFeed(text));
  const rest = scanSheet(part, textFeed(text.slice(0, from) + text.slice(data.end)));
  return { ...rest, cells: data.cells, hiddenRows: data.hiddenRows };
}
