/**
 * The agent's selection as one block of one sheet. getSelectedRanges (ExcelApi 1.9) gives every
 * area ("Feuil1!A2:T3,Feuil1!A5:T24"), where getSelectedRange throws on a selection of several
 * areas; whole columns ("A:T") and whole rows ("2:24") are cut to the sheet's used range.
 */
import { columnIndex } from '../core/address';
import type { CellRange } from '../core/grid';
import type { SelectionArea } from '../gateway/types';
import { rangeOf, splitAreas, splitSheetAddress } from './addresses';

const WHOLE_COLUMNS = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i;
const WHOLE_ROWS = /^\$?(\d+):\$?(\d+)$/;

/** One area, whole columns and rows cut to `used`; null when unreadable or outside it. */
function areaOf(range: string, used: CellRange): CellRange | null {
  const columns = WHOLE_COLUMNS.exec(range.replace(/\$/g, ''));
  const rows = WHOLE_ROWS.exec(range.replace(/\$/g, ''));
  let area: CellRange | null;
  if (columns) {
    const [a, b] = [columnIndex(columns[1].toUpperCase()), columnIndex(columns[2].toUpperCase())];
    area = { top: used.top, bottom: used.bottom, left: Math.min(a, b), right: Math.max(a, b) };
  } else if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    area = { top: Math.min(a, b), bottom: Math.max(a, b), left: used.left, right: used.right };
  } else return rangeOf(range);
  const cut = {
    top: Math.max(area.top, used.top),
    bottom: Math.min(area.bottom, used.bottom),
    left: Math.max(area.left, used.left),
    right: Math.min(area.right, used.right),
  };
  return cut.top <= cut.bottom && cut.left <= cut.right ? cut : null;
}

/**
 * The block around every area of the selection on its first area's sheet (the agent selecting
 * the headers, then the rows, means the table they span).
 */
export function selectionOf(
  address: string,
  activeSheet: string,
  used: CellRange,
): SelectionArea | null {
  const areas = splitAreas(address).map(splitSheetAddress);
  const sheet = areas[0]?.sheet ?? activeSheet;
  const blocks = areas
    .filter((area) => (area.sheet ?? activeSheet) === sheet)
    .map((area) => areaOf(area.range, used))
    .filter((block): block is CellRange => block !== null);
  if (blocks.length === 0) return null;
  return {
    sheet,
    range: {
      top: Math.min(...blocks.map((b) => b.top)),
      left: Math.min(...blocks.map((b) => b.left)),
      bottom: Math.max(...blocks.map((b) => b.bottom)),
      right: Math.max(...blocks.map((b) => b.right)),
    },
  };
}
