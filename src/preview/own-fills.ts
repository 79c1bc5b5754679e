/**
 * The fills flagged cells had before the preview coloured them, so that "Effacer les marques"
 * gives each cell its own formatting back. ExcelJS shares one style object between the cells of
 * a style: a cell's style is always replaced here, never mutated.
 */
import type { Fill, Style, Workbook } from 'exceljs';

import type { CellFlag } from '../core/types';

interface OwnFill {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly fill: Fill | undefined;
}

/** Keyed by sheet and cell; the first fill seen is the cell's own, later ones are flags. */
export type OwnFills = ReadonlyMap<string, OwnFill>;

function key(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}:${col}`;
}

/** `fills` plus the current fill of every cell about to be flagged, unless already known. */
export function rememberOwnFills(
  workbook: Workbook,
  sheet: string,
  flags: readonly CellFlag[],
  fills: OwnFills,
): OwnFills {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) return fills;
  const next = new Map(fills);
  for (const flag of flags) {
    const id = key(sheet, flag.row, flag.col);
    if (next.has(id)) continue;
    const fill = worksheet.findCell(flag.row + 1, flag.col + 1)?.style.fill;
    next.set(id, { sheet, row: flag.row, col: flag.col, fill });
  }
  return next;
}

/** Puts every remembered fill back; the cells' other formatting is left as it is. */
export function restoreOwnFills(workbook: Workbook, fills: OwnFills): void {
  for (const own of fills.values()) {
    const worksheet = workbook.getWorksheet(own.sheet);
    if (!worksheet) continue;
    const cell = worksheet.findCell(own.row + 1, own.col + 1);
    if (!cell) continue;
    const style: Partial<Style> = { ...cell.style };
    if (own.fill) style.fill = own.fill;
    else delete style.fill;
    cell.style = style;
  }
}

/** The own fills of `from`'s cells, as the cells of its copy `to` (a rolled-over sheet). */
export function copiedOwnFills(fills: OwnFills, from: string, to: string): OwnFills {
  const copied = new Map<string, OwnFill>();
  for (const own of fills.values())
    if (own.sheet === from) copied.set(key(to, own.row, own.col), { ...own, sheet: to });
  return copied;
}
