/** A1 addresses from 0-based indices and back. */
import type { CellRange } from './grid';

/** The first columns' letters, worked out once: an address is written for every cell read. */
const FIRST_LETTERS: readonly string[] = Array.from({ length: 256 }, (_, col) => lettersOf(col));

export function columnLetter(col: number): string {
  return FIRST_LETTERS[col] ?? lettersOf(col);
}

function lettersOf(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, col) to "G5". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** "G5" (or "$G$5") to 0-based { row, col }; null when it is not a single-cell address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** "A5:A6" (or a single "A5") to a 0-based range; null when unreadable. */
export function parseRangeA1(range: string): CellRange | null {
  const [start, end = start] = range.split(':');
  const from = parseA1(start);
  const to = parseA1(end);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}

export function rangeA1(range: CellRange): string {
  const start = a1(range.top, range.left);
  const end = a1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}
