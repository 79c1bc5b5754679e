/**
 * The writes that take a fill back ("Annuler le dernier calcul") and that remove the flags
 * ("Effacer les marques"). Pure, like fill-write.ts.
 */
import { parseA1 } from '../core/address';
import type { CellContent } from './batches';
import type { CellInput } from './excel-api';
import type { FillTarget, OwnFill } from './fills';
import { flagFill, sameFill } from './fills';
import type { FlagRecord, UndoRecord } from './state';

/**
 * Excel may give back a number rounded to 15 significant digits, or through its own binary
 * conversion: what it holds is the same number when it is within this relative distance.
 */
export const NUMBER_TOLERANCE = 1e-9;

function sameInput(current: unknown, written: CellInput): boolean {
  if (typeof written === 'number' && typeof current === 'number')
    return (
      Math.abs(current - written) <=
      NUMBER_TOLERANCE * Math.max(Math.abs(current), Math.abs(written))
    );
  return current === written;
}

/**
 * Whether the cells a fill wrote (read back in the same order) still hold what it wrote: numbers
 * within NUMBER_TOLERANCE, everything else exactly. A record of version 1 kept a fingerprint.
 */
export function stillWritten(current: readonly unknown[], written: UndoRecord['written']): boolean {
  if (typeof written === 'string') return fingerprint(current) === written;
  return current.length === written.length && written.every((w, i) => sameInput(current[i], w));
}

/** The FNV-1a fingerprint over the contents' JSON that version 1 records kept. */
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
export function clearFlagTargets(
  flags: FlagRecord,
  current: (cell: string) => OwnFill | undefined,
): FillTarget[] {
  return flags.marks
    .filter((mark) => {
      const now = current(mark.cell);
      return now === undefined || sameFill(now, flagFill(mark.color));
    })
    .map((mark) => ({ cell: mark.cell, fill: mark.own }));
}
