/**
 * The pane's state and the actions on the workbook, all through the gateway. One action runs at
 * a time (the buttons are disabled meanwhile, and a second click is ignored here too); a live
 * re-check after an edit never blocks the buttons, and its result is dropped when an action the
 * agent started meanwhile has produced a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Analysis, YearMonth } from '../../core/types';
import type {
  DashboardGateway,
  DashboardRequest,
  FillOutcome,
  GatewayErrorCode,
} from '../../gateway/types';
import { GatewayError } from '../../gateway/types';
import { analysisAfterFill } from '../model/after-fill';
import type { PaneError } from '../model/pane-error';
import { toPaneError } from '../model/pane-error';

/** Quiet time after the last edit before the pane reads the sheet again. */
export const RECHECK_DELAY_MS = 1000;

export type Operation = 'load' | 'check' | 'fill' | 'clear' | 'undo';

export type Pane =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly analysis: Analysis }
  | { readonly kind: 'no_dashboard'; readonly error: PaneError }
  /** `retryable` is false when retrying cannot help (Excel too old, no Office). */
  | { readonly kind: 'failed'; readonly error: PaneError; readonly retryable: boolean };

export type Notice = 'flags_cleared' | 'undone';

export interface ActionError extends PaneError {
  readonly retry: (() => void) | null;
}

export interface DashboardState {
  readonly pane: Pane;
  readonly sheets: readonly string[];
  readonly request: DashboardRequest;
  /** The as-of month the engine chose when none was asked for. */
  readonly defaultAsOf: YearMonth | null;
  readonly busy: Operation | null;
  /** An edit was seen: a re-check is waiting or running. */
  readonly rechecking: boolean;
  /** The verdict banner shows once the agent asked for a check or a computation. */
  readonly verdictShown: boolean;
  readonly fill: FillOutcome | null;
  readonly notice: Notice | null;
  readonly error: ActionError | null;
  readonly canUndo: boolean;
}

export interface DashboardActions {
  readonly reload: () => void;
  readonly check: () => void;
  readonly fill: () => void;
  readonly chooseSheet: (sheet: string) => void;
  readonly pointAtSelection: () => void;
  readonly setAsOf: (asOf: YearMonth | null) => void;
  readonly clearFlags: () => void;
  readonly undo: () => void;
  readonly selectCell: (cell: string) => void;
  readonly dismissError: () => void;
  readonly dismissNotice: () => void;
}

const INITIAL: DashboardState = {
  pane: { kind: 'loading' },
  sheets: [],
  request: {},
  defaultAsOf: null,
  busy: null,
  rechecking: false,
  verdictShown: false,
  fill: null,
  notice: null,
  error: null,
  canUndo: false,
};

/** Errors that make the whole pane unusable, whatever it was showing. */
const FATAL: ReadonlySet<GatewayErrorCode> = new Set(['unsupported_version', 'office_unavailable']);

export function useDashboard(gateway: DashboardGateway): [DashboardState, DashboardActions] {
  const [state, setState] = useState<DashboardState>(INITIAL);
  const mounted = useRef(true);
  const busy = useRef(false);
  /** Bumped by every read of the sheet; a result from an older read is dropped. */
  const generation = useRef(0);
  const request = useRef<DashboardRequest>({});
  const recheckTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const update = useCallback((change: (s: DashboardState) => Partial<DashboardState>) => {
    if (mounted.current) setState((s) => ({ ...s, ...change(s) }));
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (recheckTimer.current !== null) clearTimeout(recheckTimer.current);
    };
  }, []);

  const fail = useCallback(
    (error: unknown, retry: (() => void) | null) => {
      const paneError = toPaneError(error);
      update((s) => {
        if (FATAL.has(paneError.code))
          return {
            pane: { kind: 'failed', error: paneError, retryable: false },
            rechecking: false,
          };
        if (paneError.code === 'no_dashboard' || paneError.code === 'unknown_sheet')
          return { pane: { kind: 'no_dashboard', error: paneError }, rechecking: false };
        // Retrying cannot conjure a previous computation to undo.
        const retryable = paneError.code !== 'nothing_to_undo';
        if (s.pane.kind === 'ready')
          return { error: { ...paneError, retry: retryable ? retry : null }, rechecking: false };
        return { pane: { kind: 'failed', error: paneError, retryable: true }, rechecking: false };
      });
    },
    [update],
  );

  /** Whether a computation can be undone; false when the gateway cannot tell. */
  const undoable = useCallback(() => gateway.canUndo().catch(() => false), [gateway]);

  /** Runs one action, unless another is under way. */
  const run = useCallback(
    (operation: Operation, task: (generation: number) => Promise<void>, retry: () => void) => {
      if (busy.current) return;
      busy.current = true;
      const current = ++generation.current;
      // A new computation or check replaces the previous result rather than sitting under it.
      const replacesResult = operation === 'fill' || operation === 'check';
      update((s) => ({
        busy: operation,
        error: null,
        notice: null,
        fill: replacesResult ? null : s.fill,
      }));
      task(current)
        .catch((error: unknown) => {
          if (current === generation.current) fail(error, retry);
        })
        .finally(() => {
          busy.current = false;
          update(() => ({ busy: null }));
        });
    },
    [fail, update],
  );

  /** Shows an analysis; `used` becomes the request of later reads (a failed one never does). */
  const showAnalysis = useCallback(
    (analysis: Analysis, used: DashboardRequest, change: Partial<DashboardState>) => {
      request.current = used;
      update((s) => ({
        pane: { kind: 'ready', analysis },
        defaultAsOf: used.asOf === undefined ? analysis.asOf : s.defaultAsOf,
        request: used,
        ...change,
      }));
    },
    [update],
  );

  /** Reads the sheet with `next` as the request; `change` applies with the result. */
  const analyse = useCallback(
    (operation: Operation, next: DashboardRequest, change: Partial<DashboardState>) => {
      const attempt = (): void =>
        run(
          operation,
          async (current) => {
            const analysis = await gateway.check(next);
            if (current === generation.current) showAnalysis(analysis, next, change);
          },
          attempt,
        );
      attempt();
    },
    [gateway, run, showAnalysis],
  );

  const reload = useCallback(() => {
    if (busy.current) return;
    update(() => ({ pane: { kind: 'loading' } }));
    const attempt = (): void =>
      run(
        'load',
        async (current) => {
          // The sheet list and the undo state come with the analysis, or without it: the sheet
          // picker is what the agent needs most when no dashboard is found.
          const sheets = gateway.listSheets().catch(() => []);
          const canUndo = undoable();
          try {
            const used = request.current;
            const analysis = await gateway.check(used);
            if (current === generation.current) showAnalysis(analysis, used, {});
          } finally {
            const extras = { sheets: await sheets, canUndo: await canUndo };
            update(() => extras);
          }
        },
        attempt,
      );
    attempt();
  }, [gateway, run, showAnalysis, undoable, update]);

  const check = useCallback(() => {
    analyse('check', request.current, { verdictShown: true, fill: null });
  }, [analyse]);

  const fill = useCallback(() => {
    const attempt = (): void =>
      run(
        'fill',
        async (current) => {
          const used = request.current;
          const outcome = await gateway.fill(used);
          if (current !== generation.current) return;
          const analysis = analysisAfterFill(outcome.analysis, outcome.plan);
          const canUndo = await undoable();
          showAnalysis(analysis, used, { fill: outcome, verdictShown: true, canUndo });
        },
        attempt,
      );
    attempt();
  }, [gateway, run, showAnalysis, undoable]);

  const chooseSheet = useCallback(
    (sheet: string) => {
      analyse('check', { asOf: request.current.asOf, sheet }, { verdictShown: false, fill: null });
    },
    [analyse],
  );

  const pointAtSelection = useCallback(() => {
    const attempt = (): void =>
      run(
        'check',
        async (current) => {
          const selection = await gateway.getSelection();
          const next = {
            asOf: request.current.asOf,
            sheet: selection.sheet,
            within: selection.range,
          };
          const analysis = await gateway.check(next);
          if (current === generation.current)
            showAnalysis(analysis, next, { verdictShown: false, fill: null });
        },
        attempt,
      );
    attempt();
  }, [gateway, run, showAnalysis]);

  const setAsOf = useCallback(
    (asOf: YearMonth | null) => {
      analyse('check', { ...request.current, asOf: asOf ?? undefined }, {});
    },
    [analyse],
  );

  const clearFlags = useCallback(() => {
    const attempt = (): void =>
      run(
        'clear',
        async () => {
          await gateway.clearFlags();
          update(() => ({ notice: 'flags_cleared' }));
        },
        attempt,
      );
    attempt();
  }, [gateway, run, update]);

  const undo = useCallback(() => {
    const attempt = (): void =>
      run(
        'undo',
        async (current) => {
          await gateway.undoLastFill().catch((error: unknown) => {
            if (error instanceof GatewayError && error.code === 'nothing_to_undo')
              update(() => ({ canUndo: false }));
            throw error;
          });
          const used = request.current;
          const [analysis, canUndo] = await Promise.all([gateway.check(used), undoable()]);
          if (current === generation.current)
            showAnalysis(analysis, used, { fill: null, notice: 'undone', canUndo });
        },
        attempt,
      );
    attempt();
  }, [gateway, run, showAnalysis, undoable, update]);

  const selectCell = useCallback(
    (cell: string) => {
      if (state.pane.kind !== 'ready') return;
      const sheet = state.pane.analysis.dashboard.sheet;
      const attempt = (): void => {
        gateway.selectCell(sheet, cell).catch((error: unknown) => fail(error, attempt));
      };
      attempt();
    },
    [fail, gateway, state.pane],
  );

  /** (Re)starts the quiet time after an edit; the sheet is read again once it has passed. */
  const scheduleRecheck = useCallback(() => {
    const recheck = (): void => {
      recheckTimer.current = null;
      // The agent's own action reads the sheet anyway; look again once it is over.
      if (busy.current) {
        recheckTimer.current = setTimeout(recheck, RECHECK_DELAY_MS);
        return;
      }
      const current = ++generation.current;
      const used = request.current;
      gateway.check(used).then(
        (analysis) => {
          if (current === generation.current) showAnalysis(analysis, used, { rechecking: false });
          else if (recheckTimer.current === null) update(() => ({ rechecking: false }));
        },
        (error: unknown) => {
          if (current === generation.current) fail(error, reload);
        },
      );
    };
    update(() => ({ rechecking: true }));
    if (recheckTimer.current !== null) clearTimeout(recheckTimer.current);
    recheckTimer.current = setTimeout(recheck, RECHECK_DELAY_MS);
  }, [fail, gateway, reload, showAnalysis, update]);

  const dashboardSheet = state.pane.kind === 'ready' ? state.pane.analysis.dashboard.sheet : null;

  useEffect(() => {
    if (dashboardSheet === null) return undefined;
    let unsubscribe: (() => void) | null = null;
    let disposed = false;
    gateway.onDashboardChanged(scheduleRecheck).then(
      (stop) => {
        if (disposed) stop();
        else unsubscribe = stop;
      },
      // Without change events (older Excel), the agent re-checks with the button.
      () => undefined,
    );
    return () => {
      disposed = true;
      unsubscribe?.();
    };
  }, [dashboardSheet, gateway, scheduleRecheck]);

  // Read once per gateway (reload only changes with it); later reads follow the agent's actions.
  useEffect(() => {
    reload();
  }, [reload]);

  const dismissError = useCallback(() => update(() => ({ error: null })), [update]);
  const dismissNotice = useCallback(() => update(() => ({ notice: null })), [update]);

  return [
    state,
    {
      reload,
      check,
      fill,
      chooseSheet,
      pointAtSelection,
      setAsOf,
      clearFlags,
      undo,
      selectCell,
      dismissError,
      dismissNotice,
    },
  ];
}
