/**
 * What "Utiliser la sélection" does with the agent's selection: a block too small to hold a
 * dashboard is explained rather than tried, and one that would replace the dashboard already
 * recognised is asked about first.
 */
import { a1 } from '../../core/address';
import type { YearMonth } from '../../core/types';
import type { DashboardRequest, SelectionArea } from '../../gateway/types';
import type { PaneState, SelectionPrompt } from './pane-state';

/** A label column and the twelve months. */
export const MIN_SELECTION_COLUMNS = 13;
/** The month headers and one indicator. */
export const MIN_SELECTION_ROWS = 2;

export function selectionSize(selection: SelectionArea): { rows: number; columns: number } {
  const { top, left, bottom, right } = selection.range;
  return { rows: bottom - top + 1, columns: right - left + 1 };
}

/** The prompt to show before using `selection`, or null to use it at once. */
export function selectionPrompt(
  state: PaneState,
  selection: SelectionArea,
): SelectionPrompt | null {
  const { rows, columns } = selectionSize(selection);
  if (rows < MIN_SELECTION_ROWS || columns < MIN_SELECTION_COLUMNS)
    return { kind: 'too_small', selection };
  if (state.pane.kind === 'ready') return { kind: 'confirm', selection };
  return null;
}

/** The request that points recognition at `selection`, keeping the as-of month asked for. */
export function selectionRequest(
  selection: SelectionArea,
  asOf: YearMonth | undefined,
): DashboardRequest {
  return { asOf, sheet: selection.sheet, within: selection.range };
}

/** The selected range without its sheet: "A4:T31", or "B5" for one cell. */
export function selectionRange(selection: SelectionArea): string {
  const { top, left, bottom, right } = selection.range;
  const start = a1(top, left);
  const end = a1(bottom, right);
  return start === end ? start : `${start}:${end}`;
}
