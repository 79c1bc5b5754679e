/**
 * The pane's state policy as one pure function: what each event (an action starting, an analysis
 * arriving, a failure, an edit seen...) does to what the pane shows. The hook `useDashboard`
 * only runs the gateway calls and timers and reports what happened as events.
 */
import type { Analysis, YearMonth } from '../../core/types';
import type {
  DashboardRequest,
  FillOutcome,
  GatewayErrorCode,
  SelectionArea,
} from '../../gateway/types';
import type { PaneError } from './pane-error';

/** What the agent can start; `select` is a click on a problem, `recheck` a read after an edit. */
export type Operation = 'load' | 'check' | 'fill' | 'clear' | 'undo' | 'selection';

/** Where a failure came from, so that it is told next to the control that was used. */
export type Origin = Operation | 'select' | 'recheck';

export type Pane =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly analysis: Analysis }
  | { readonly kind: 'no_dashboard'; readonly error: PaneError }
  /** `retryable` is false when retrying cannot help (Excel too old, no Office). */
  | { readonly kind: 'failed'; readonly error: PaneError; readonly retryable: boolean };

export type Notice = 'flags_cleared' | 'undone';

export interface ActionError extends PaneError {
  readonly origin: Origin;
  /** The cell a failed selection was for: told under the line that was clicked. */
  readonly cell?: string;
  readonly retry: (() => void) | null;
}

/** "Utiliser la sélection" while a dashboard is shown: asked first, or explained. */
export type SelectionPrompt =
  | { readonly kind: 'confirm'; readonly selection: SelectionArea }
  | { readonly kind: 'too_small'; readonly selection: SelectionArea };

export interface PaneState {
  readonly pane: Pane;
  readonly sheets: readonly string[];
  readonly request: DashboardRequest;
  /** The as-of month the engine chose when none was asked for. */
  readonly defaultAsOf: YearMonth | null;
  readonly busy: Operation | null;
  /** An edit was seen: a re-check is waiting or running. */
  readonly rechecking: boolean;
  readonly fill: FillOutcome | null;
  readonly notice: Notice | null;
  readonly error: ActionError | null;
  readonly canUndo: boolean;
  readonly selection: SelectionPrompt | null;
}

export type PaneEvent =
  | { readonly type: 'started'; readonly operation: Operation }
  | { readonly type: 'finished' }
  | {
      readonly type: 'analysed';
      readonly analysis: Analysis;
      /** The request that gave it: later reads use it. */
      readonly request: DashboardRequest;
      /** The fill that produced it, null when the sheet was only read. */
      readonly fill?: FillOutcome | null;
      readonly notice?: Notice;
      readonly canUndo?: boolean;
      /** The read after an edit: ends the "re-checking" state. */
      readonly recheck?: boolean;
    }
  | {
      readonly type: 'failed';
      readonly error: PaneError;
      readonly origin: Origin;
      readonly retry: (() => void) | null;
      readonly cell?: string;
    }
  | { readonly type: 'listed'; readonly sheets: readonly string[]; readonly canUndo: boolean }
  | { readonly type: 'undo_known'; readonly canUndo: boolean }
  | { readonly type: 'flags_cleared' }
  | { readonly type: 'edited' }
  /** A re-check's result was dropped for a newer one: nothing is waiting any more. */
  | { readonly type: 'recheck_dropped' }
  | { readonly type: 'selection_prompted'; readonly prompt: SelectionPrompt }
  | { readonly type: 'selection_dismissed' }
  | { readonly type: 'error_dismissed' }
  | { readonly type: 'notice_dismissed' };

export const INITIAL_STATE: PaneState = {
  pane: { kind: 'loading' },
  sheets: [],
  request: {},
  defaultAsOf: null,
  busy: null,
  rechecking: false,
  fill: null,
  notice: null,
  error: null,
  canUndo: false,
  selection: null,
};

/** Errors that make the whole pane unusable, whatever it was showing. */
const FATAL: ReadonlySet<GatewayErrorCode> = new Set(['unsupported_version', 'office_unavailable']);
/** Errors that mean "no dashboard there". */
const NOT_FOUND: ReadonlySet<GatewayErrorCode> = new Set(['no_dashboard', 'unknown_sheet']);

export function reduce(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case 'started':
      return {
        ...state,
        pane: event.operation === 'load' ? { kind: 'loading' } : state.pane,
        busy: event.operation,
        error: null,
        notice: null,
        selection: null,
        // A new computation or check replaces the previous result rather than sitting under it.
        fill: event.operation === 'fill' || event.operation === 'check' ? null : state.fill,
      };
    case 'finished':
      return { ...state, busy: null };
    case 'analysed':
      return {
        ...state,
        pane: { kind: 'ready', analysis: event.analysis },
        request: event.request,
        defaultAsOf: event.request.asOf === undefined ? event.analysis.asOf : state.defaultAsOf,
        fill: event.fill === undefined ? state.fill : event.fill,
        notice: event.notice ?? state.notice,
        canUndo: event.canUndo ?? state.canUndo,
        rechecking: event.recheck ? false : state.rechecking,
      };
    case 'failed':
      return failed(state, event);
    case 'listed':
      return { ...state, sheets: event.sheets, canUndo: event.canUndo };
    case 'undo_known':
      return { ...state, canUndo: event.canUndo };
    case 'flags_cleared':
      return { ...state, notice: 'flags_cleared' };
    case 'edited':
      return { ...state, rechecking: true };
    case 'recheck_dropped':
      return { ...state, rechecking: false };
    case 'selection_prompted':
      return { ...state, selection: event.prompt, error: null, notice: null };
    case 'selection_dismissed':
      return { ...state, selection: null };
    case 'error_dismissed':
      return { ...state, error: null };
    case 'notice_dismissed':
      return { ...state, notice: null };
  }
}

function failed(state: PaneState, event: Extract<PaneEvent, { type: 'failed' }>): PaneState {
  const { error, origin, retry } = event;
  const settled = {
    ...state,
    rechecking: false,
    canUndo: error.code === 'nothing_to_undo' ? false : state.canUndo,
  };
  if (FATAL.has(error.code))
    return { ...settled, pane: { kind: 'failed', error, retryable: false } };
  const shown = state.pane.kind === 'ready';
  // A selection that holds no dashboard must not throw away the one recognised: it is told
  // next to the button instead.
  if (NOT_FOUND.has(error.code) && !(shown && origin === 'selection'))
    return { ...settled, pane: { kind: 'no_dashboard', error } };
  if (shown) {
    // Retrying cannot conjure a previous computation to undo, nor a dashboard in a selection.
    const retryable = error.code !== 'nothing_to_undo' && !NOT_FOUND.has(error.code);
    const cell = event.cell === undefined ? {} : { cell: event.cell };
    return { ...settled, error: { ...error, origin, ...cell, retry: retryable ? retry : null } };
  }
  return { ...settled, pane: { kind: 'failed', error, retryable: true } };
}
