/**
 * The writes that take a fill back ("Annuler le dernier calcul") and that remove the flags
 * ("Effacer les marques"). Pure, like fill-write.ts.
 */
import { parseA1 } from '../core/address';
import type { CellContent } from './batches';
import type { FillBlock, FillTarget } from './fills';
import { flagFill, sameFill } from './fills';
import type { FlagRecord, UndoRecord } from './state';

/**
 * A short fingerprint of cell contents (FNV-1a over their JSON): enough to tell whether the cells
 * a fill wrote still hold what it wrote, without keeping a second copy of them.
 */
export function fingerprint(contents: readonly unknown[]): string {
  const text = JSON.stringify(contents);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${contents.length}:${hash.toString(16)}`;
}

/** The saved cells as they were, written back through `formulas` (formula or constant). */
export function undoContents(undo: UndoRecord): CellContent[] {
  return undo.cells.flatMap((saved) => {
    const place = parseA1(saved.cell);
    return place
      ? [{ row: place.row, col: place.col, input: saved.input, format: saved.format }]
      : [];
  });
}

/** Every fill the fill changed, as it was before, by sheet. */
export function undoFills(undo: UndoRecord): Map<string, FillTarget[]> {
  return new Map(
    Object.entries(undo.fills).map(([sheet, fills]) => [
      sheet,
      fills.map((saved) => ({ cell: saved.cell, fill: saved.fill })),
    ]),
  );
}

/**
 * The flagged cells that still show their flag get their own fill back; a cell the agent has
 * recoloured since keeps the agent's colour.
 */
export function clearFlagTargets(flags: FlagRecord, current: FillBlock): FillTarget[] {
  return flags.marks
    .filter((mark) => {
      const place = parseA1(mark.cell);
      const now = place ? current.at(place.row, place.col) : undefined;
      return now === undefined || sameFill(now, flagFill(mark.color));
    })
    .map((mark) => ({ cell: mark.cell, fill: mark.own }));
}
