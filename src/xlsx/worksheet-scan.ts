/**
 * A worksheet part scanned: its `sheetData` by the fast reader when it can
 * (sheet-data-fast.ts), everything else, and any sheetData that reader gives up on, by saxes
 * (sheet-scan.ts).
 *
 * saxes reads the rest of the part with the sheetData's content cut out and a marker row in its
 * place. The marker proves that saxes was inside the sheetData it reads (a direct child of the
 * worksheet, before the elements where its scan stops) when it met the cut, and that the rest
 * holds no other cells (a second sheetData, rows elsewhere). The rest is handed to saxes in
 * pieces that end where the whole part's pieces would have ended, so that it stops, and finds
 * what is wrong, exactly where it would have on the whole part.
 */
import { readSheetData } from './sheet-data-fast';
import type { SheetScan } from './sheet-scan';
import { scanSheet } from './sheet-scan';
import { PARSE_CHUNK, textFeed } from './xml';

/** The start tag of the worksheet's `sheetData`, any prefix, when it has content. */
const SHEET_DATA_START =
  /<((?:[A-Za-z_][\w.-]*:)?sheetData)(?:[ \t\n\r](?:[^>"'/]|"[^"<]*"|'[^'<]*')*)?>/;

/** A row past Excel's last (1,048,576), hidden: nothing a worksheet holds can look like it. */
const MARKER_ROW = 1048577;
const MARKER = `<row r="${MARKER_ROW}" hidden="1"/>`;

/** An XML 1.0 declaration, or none: XML 1.1 normalises line ends and controls differently. */
const DECLARATION = /^<\?xml[ \t\n\r][^?]*\?>/;

function xml10(text: string): boolean {
  const declaration = DECLARATION.exec(text);
  return declaration === null
    ? !text.startsWith('<?xml')
    : /version[ \t\n\r]*=[ \t\n\r]*["']1\.0["']/.test(declaration[0]);
}

/** The end of the piece of the whole part that holds offset `at`. */
function pieceEnd(at: number, length: number): number {
  return Math.min((Math.floor(at / PARSE_CHUNK) + 1) * PARSE_CHUNK, length);
}

/**
 * The part with [from, end) replaced by the marker, handed out in pieces that end on the whole
 * part's piece boundaries; `reached()` tells whether the marker was handed out.
 */
function cutFeed(text: string, from: number, end: number) {
  let reached = false;
  const feed = (write: (chunk: string) => boolean): void => {
    for (let at = 0; at < from;) {
      const next = Math.min(pieceEnd(at, text.length), from);
      if (!write(text.slice(at, next))) return;
      at = next;
    }
    reached = true;
    if (!write(MARKER)) return;
    for (let at = end; at < text.length;) {
      const next = pieceEnd(at, text.length);
      if (!write(text.slice(at, next))) return;
      at = next;
    }
  };
  return { feed, reached: () => reached };
}

/** The scan of a worksheet part, `text` being its whole content. */
export function scanWorksheet(part: string, text: string): SheetScan {
  const fast = fastScan(part, text);
  return fast ?? scanSheet(part, textFeed(text));
}

/** The scan with the fast reader, or null when the part must be read by saxes alone. */
export function fastScan(part: string, text: string): SheetScan | null {
  const start = SHEET_DATA_START.exec(text);
  if (start === null || !xml10(text)) return null;
  // Before sheetData come a few short elements: a comment, CDATA or processing instruction
  // there could hide the tag.
  const before = text.slice(0, start.index).replace(DECLARATION, '');
  if (/<!--|<!\[CDATA\[|<\?/.test(before)) return null;
  const from = start.index + start[0].length;
  const data = readSheetData(text, from, start[1]);
  if (data === null) return null;
  const cut = cutFeed(text, from, data.end);
  const rest = scanSheet(part, cut.feed);
  const marked =
    cut.reached() &&
    rest.cells.length === 0 &&
    rest.hiddenRows.length === 1 &&
    rest.hiddenRows[0] === MARKER_ROW - 1;
  return marked
    ? { ...rest, cells: data.cells, hiddenRows: data.hiddenRows, places: data.places }
    : null;
}
