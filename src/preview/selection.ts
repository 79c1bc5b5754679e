/**
 * The selection in the read-only rendering of a sheet, as Excel keeps it: an anchor (where the
 * selection started) and an active cell (where it ends), widened to whole merged areas.
 */
import type { CellRange } from '../core/grid';

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface SheetSelection {
  readonly anchor: CellPos;
  readonly active: CellPos;
}

export const ORIGIN: SheetSelection = { anchor: { row: 0, col: 0 }, active: { row: 0, col: 0 } };

function contains(range: CellRange, pos: CellPos): boolean {
  return (
    pos.row >= range.top &&
    pos.row <= range.bottom &&
    pos.col >= range.left &&
    pos.col <= range.right
  );
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** The merged area holding `pos`, if any. */
export function mergeAt(merges: readonly CellRange[], pos: CellPos): CellRange | null {
  return merges.find((merge) => contains(merge, pos)) ?? null;
}

/** The top-left cell of the merged area holding `pos`, or `pos` itself. */
export function anchorOf(merges: readonly CellRange[], pos: CellPos): CellPos {
  const merge = mergeAt(merges, pos);
  return merge ? { row: merge.top, col: merge.left } : pos;
}

/** The selected block: anchor to active cell, grown until no merged area is cut. */
export function selectionRange(selection: SheetSelection, merges: readonly CellRange[]): CellRange {
  let range: CellRange = {
    top: Math.min(selection.anchor.row, selection.active.row),
    left: Math.min(selection.anchor.col, selection.active.col),
    bottom: Math.max(selection.anchor.row, selection.active.row),
    right: Math.max(selection.anchor.col, selection.active.col),
  };
  for (let grown = true; grown;) {
    grown = false;
    for (const merge of merges) {
      if (!intersects(range, merge)) continue;
      const next: CellRange = {
        top: Math.min(range.top, merge.top),
        left: Math.min(range.left, merge.left),
        bottom: Math.max(range.bottom, merge.bottom),
        right: Math.max(range.right, merge.right),
      };
      if (
        next.top !== range.top ||
        next.left !== range.left ||
        next.bottom !== range.bottom ||
        next.right !== range.right
      ) {
        range = next;
        grown = true;
      }
    }
  }
  return range;
}

/** A click on `pos`; with Shift, the selection stretches from its anchor to `pos`. */
export function clickSelection(
  current: SheetSelection,
  pos: CellPos,
  extend: boolean,
  merges: readonly CellRange[],
): SheetSelection {
  const target = anchorOf(merges, pos);
  return extend ? { anchor: current.anchor, active: target } : { anchor: target, active: target };
}

/** A selection covering `range`, its top-left cell active (what selectCell asks for). */
export function rangeSelection(range: CellRange, merges: readonly CellRange[]): SheetSelection {
  const start = anchorOf(merges, { row: range.top, col: range.left });
  return {
    anchor: start,
    active:
      range.bottom === range.top && range.right === range.left
        ? start
        : { row: range.bottom, col: range.right },
  };
}

export interface Bounds {
  readonly rowCount: number;
  readonly colCount: number;
}

/**
 * An arrow key: the active cell moves one cell (a merged area counts as one cell); with Shift
 * the anchor stays, so the selection grows or shrinks.
 */
export function moveSelection(
  current: SheetSelection,
  rows: number,
  cols: number,
  extend: boolean,
  bounds: Bounds,
  merges: readonly CellRange[],
): SheetSelection {
  const from = current.active;
  const merge = mergeAt(merges, from);
  const edgeRow = merge ? (rows > 0 ? merge.bottom : merge.top) : from.row;
  const edgeCol = merge ? (cols > 0 ? merge.right : merge.left) : from.col;
  const row = Math.min(Math.max(rows === 0 ? from.row : edgeRow + rows, 0), bounds.rowCount - 1);
  const col = Math.min(Math.max(cols === 0 ? from.col : edgeCol + cols, 0), bounds.colCount - 1);
  const target = anchorOf(merges, { row, col });
  return extend ? { anchor: current.anchor, active: target } : { anchor: target, active: target };
}
