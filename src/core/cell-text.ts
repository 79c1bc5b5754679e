/** What a cell shows as text, for matching headers and labels. */
import type { Cell } from './grid';

/**
 * The displayed text, trimmed; the raw value's text when the adapter could not know the display
 * (a number read from a file without Excel's rendering).
 */
export function cellText(cell: Cell): string {
  const shown = cell.text.trim();
  if (shown !== '' || cell.value === null) return shown;
  return String(cell.value).trim();
}

/** Empty, or text made only of spaces: agents leave both in "empty" cells. */
export function isBlank(cell: Cell): boolean {
  if (cell.kind === 'empty') return true;
  return cell.kind === 'text' && cellText(cell) === '';
}
