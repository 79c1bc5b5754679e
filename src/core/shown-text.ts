/** What a cell shows, for messages and reports: the agent's own writing. */
import type { Cell } from './grid';
import { formatNumber } from './number-format';

/**
 * The displayed text, trimmed. When the adapter could not know it (ExcelJS does not render
 * numbers), the number is written as French Excel would show it under the cell's format.
 */
export function shownText(cell: Cell): string {
  const shown = cell.text.trim();
  if (shown !== '') return shown;
  if (typeof cell.value === 'number') return formatNumber(cell.value, cell.format, 'fr');
  return cell.value === null ? '' : String(cell.value).trim();
}
