/**
 * The styles flagged cells had before the preview coloured them, so that "Effacer les marques"
 * gives each cell its own formatting back exactly: the cell style (xf) index it had, which the
 * file engine never changes in place (a flag is a new cell style appended to the workbook).
 */
import type { CellFlag } from '../core/types';
import type { CellStyle, XlsxPackage } from '../xlsx';
import { ownCellStyles } from '../xlsx';

interface OwnStyle extends CellStyle {
  readonly sheet: string;
}

/** Keyed by sheet and cell; the first style seen is the cell's own, later ones are flags. */
export type OwnFills = ReadonlyMap<string, OwnStyle>;

function key(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}:${col}`;
}

/**
 * `fills` plus the own style of every cell about to be flagged, unless already known: the
 * style it shows, or the one it had before a fill of an earlier session flagged it (recorded
 * in the file).
 */
export function rememberOwnFills(
  pkg: XlsxPackage,
  sheet: string,
  flags: readonly CellFlag[],
  fills: OwnFills,
): OwnFills {
  const unknown = flags.filter((flag) => !fills.has(key(sheet, flag.row, flag.col)));
  if (unknown.length === 0) return fills;
  const next = new Map(fills);
  for (const style of ownCellStyles(pkg, sheet, unknown)) {
    next.set(key(sheet, style.row, style.col), { ...style, sheet });
  }
  return next;
}

/** The remembered styles of one sheet's cells, and the sheets that have some. */
export function ownStylesBySheet(fills: OwnFills): Map<string, CellStyle[]> {
  const bySheet = new Map<string, CellStyle[]>();
  for (const { sheet, row, col, style } of fills.values()) {
    const list = bySheet.get(sheet) ?? [];
    list.push({ row, col, style });
    bySheet.set(sheet, list);
  }
  return bySheet;
}

/** The own fills of `from`'s cells, as the cells of its copy `to` (a rolled-over sheet). */
export function copiedOwnFills(fills: OwnFills, from: string, to: string): OwnFills {
  const copied = new Map<string, OwnStyle>();
  for (const own of fills.values())
    if (own.sheet === from) copied.set(key(to, own.row, own.col), { ...own, sheet: to });
  return copied;
}
