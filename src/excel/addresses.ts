/** Excel's sheet-qualified addresses: "'Tableau de bord 2020'!G5:G6" and lists of them. */
import { parseRangeA1 } from '../core/address';
import type { CellRange } from '../core/grid';

/** "'Tableau de bord'!A1" (always quoted: Excel accepts it for every name). */
export function sheetAddress(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Splits "Sheet1!A1:B2, 'It''s'!C3" at the commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      areas.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) areas.push(current.trim());
  return areas;
}

/** "'It''s'!A1:B2" to { sheet: "It's", range: "A1:B2" }; no sheet part gives sheet null. */
export function splitSheetAddress(address: string): { sheet: string | null; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1).trim() };
}

/** A one-area address to a 0-based range (whole rows or columns are not expected here). */
export function rangeOf(address: string): CellRange | null {
  return parseRangeA1(splitSheetAddress(address).range.replace(/\$/g, ''));
}

/** Every area of a RangeAreas address ("Sheet1!A5:A6,Sheet1!A7:A9"). */
export function rangesOf(address: string): CellRange[] {
  return splitAreas(address)
    .map(rangeOf)
    .filter((range): range is CellRange => range !== null);
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}
