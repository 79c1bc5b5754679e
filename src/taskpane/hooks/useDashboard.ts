/**
 * The pane's calls to the workbook, through the gateway, and the timers and counters around
 * them; what each outcome does to the pane is `reduce` (model/pane-state.ts). One action runs at
 * a time (the buttons are disabled meanwhile, and a second click is ignored here too); a live
 * re-check after an edit never blocks the buttons, and its result is dropped when an action the
 * agent started meanwhile has produced a newer one.
 */
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { YearMonth } from '../../core/types';
import type { DashboardGateway, DashboardRequest } from '../../gateway/types';
import { analysisAfterFill } from '../model/after-fill';
import { toPaneError } from '../model/pane-error';
import type { Operation, Origin, PaneEvent, PaneState } from '../model/pane-state';
import { INITIAL_STATE, reduce } from '../model/pane-state';
import { selectionPrompt, selectionRequest } from '../model/selection-prompt';

/** Quiet time after the last edit before the pane reads the sheet again. */
export const RECHECK_DELAY_MS = 1000;

export type DashboardState = PaneState;

export interface DashboardActions {
  readonly reload: () => void;
  readonly check: () => void;
  readonly fill: () => void;
  readonly chooseSheet: (sheet: string) => void;
  /** Reads the selection; uses it at once, or asks first (see model/selection-prompt.ts). */
  readonly pointAtSelection: () => void;
  readonly confirmSelection: () => void;
  readonly dismissSelection: () => void;
  readonly setAsOf: (asOf: YearMonth | null) => void;
  readonly clearFlags: () => void;
  readonly undo: () => void;
  readonly selectCell: (cell: string) => void;
  readonly dismissError: () => void;
  readonly dismissNotice: () => void;
}

export function useDashboard(gateway: DashboardGateway): [DashboardState, DashboardActions] {
  const [state, dispatchNow] = useReducer(reduce, INITIAL_STATE);
  const mounted = useRef(true);
  const busy = useRef(false);
  /** Bumped by every read of the sheet; a result from an older read is dropped. */
  const generation = useRef(0);
  /** The state as last rendered, for the calls that start from it. */
  const latest = useRef(state);
  const recheckTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const dispatch = useCallback((event: PaneEvent) => {
    if (mounted.current) dispatchNow(event);
  }, []);

  useLayoutEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      if (recheckTimer.current !== null) clearTimeout(recheckTimer.current);
    };
  }, []);

  const fail = useCallback(
    (error: unknown, origin: Origin, retry: (() => void) | null, cell?: string) =>
      dispatch({ type: 'failed', error: toPaneError(error), origin, retry, cell }),
    [dispatch],
  );

  /** Whether a computation can be undone; false when the gateway cannot tell. */
  const undoable = useCallback(() => gateway.canUndo().catch(() => false), [gateway]);

  /** Runs one action, unless another is under way; `attempt` runs it again on "Réessayer". */
  const run = useCallback(
    (operation: Operation, task: (generation: number) => Promise<void>) => {
      const attempt = (): void => {
        if (busy.current) return;
        busy.current = true;
        const current = ++generation.current;
        dispatch({ type: 'started', operation });
        task(current)
          .catch((error: unknown) => {
            if (current === generation.current) fail(error, operation, attempt);
          })
          .finally(() => {
            busy.current = false;
            dispatch({ type: 'finished' });
          });
      };
      attempt();
    },
    [dispatch, fail],
  );

  /** Reads the sheet with `next` as the request of this and later reads. */
  const analyse = useCallback(
    (operation: Operation, next: DashboardRequest) =>
      run(operation, async (current) => {
        const analysis = await gateway.check(next);
        if (current === generation.current)
          dispatch({ type: 'analysed', analysis, request: next, fill: null });
      }),
    [dispatch, gateway, run],
  );

  const reload = useCallback(
    () =>
      run('load', async (current) => {
        // The sheet list and the undo state come with the analysis, or without it: the sheet
        // picker is what the agent needs most when no dashboard is found.
        const sheets = gateway.listSheets().catch(() => []);
        const canUndo = undoable();
        try {
          const used = latest.current.request;
          const analysis = await gateway.check(used);
          if (current === generation.current)
            dispatch({ type: 'analysed', analysis, request: used });
        } finally {
          dispatch({ type: 'listed', sheets: await sheets, canUndo: await canUndo });
        }
      }),
    [dispatch, gateway, run, undoable],
  );

  const check = useCallback(() => analyse('check', latest.current.request), [analyse]);

  const fill = useCallback(
    () =>
      run('fill', async (current) => {
        const used = latest.current.request;
        const outcome = await gateway.fill(used);
        if (current !== generation.current) return;
        const analysis = analysisAfterFill(outcome.analysis, outcome.plan);
        const canUndo = await undoable();
        dispatch({ type: 'analysed', analysis, request: used, fill: outcome, canUndo });
      }),
    [dispatch, gateway, run, undoable],
  );

  const chooseSheet = useCallback(
    (sheet: string) => analyse('check', { asOf: latest.current.request.asOf, sheet }),
    [analyse],
  );

  const pointAtSelection = useCallback(
    () =>
      run('selection', async (current) => {
        const selection = await gateway.getSelection();
        const prompt = selectionPrompt(latest.current, selection);
        if (prompt) {
          dispatch({ type: 'selection_prompted', prompt });
          return;
        }
        const next = selectionRequest(selection, latest.current.request.asOf);
        const analysis = await gateway.check(next);
        if (current === generation.current)
          dispatch({ type: 'analysed', analysis, request: next, fill: null });
      }),
    [dispatch, gateway, run],
  );

  const confirmSelection = useCallback(() => {
    const prompt = latest.current.selection;
    if (prompt?.kind === 'confirm')
      analyse('selection', selectionRequest(prompt.selection, latest.current.request.asOf));
  }, [analyse]);

  const setAsOf = useCallback(
    (asOf: YearMonth | null) =>
      analyse('check', { ...latest.current.request, asOf: asOf ?? undefined }),
    [analyse],
  );

  const clearFlags = useCallback(
    () =>
      run('clear', async () => {
        await gateway.clearFlags();
        dispatch({ type: 'flags_cleared' });
      }),
    [dispatch, gateway, run],
  );

  const undo = useCallback(
    () =>
      run('undo', async (current) => {
        await gateway.undoLastFill();
        const used = latest.current.request;
        const [analysis, canUndo] = await Promise.all([gateway.check(used), undoable()]);
        if (current === generation.current)
          dispatch({
            type: 'analysed',
            analysis,
            request: used,
            fill: null,
            notice: 'undone',
            canUndo,
          });
      }),
    [dispatch, gateway, run, undoable],
  );

  const selectCell = useCallback(
    (cell: string) => {
      const { pane } = latest.current;
      if (pane.kind !== 'ready') return;
      const sheet = pane.analysis.dashboard.sheet;
      const attempt = (): void => {
        gateway
          .selectCell(sheet, cell)
          .catch((error: unknown) => fail(error, 'select', attempt, cell));
      };
      attempt();
    },
    [fail, gateway],
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
      const used = latest.current.request;
      gateway.check(used).then(
        (analysis) => {
          if (current === generation.current)
            dispatch({ type: 'analysed', analysis, request: used, recheck: true });
          else if (recheckTimer.current === null) dispatch({ type: 'recheck_dropped' });
        },
        (error: unknown) => {
          if (current === generation.current) fail(error, 'recheck', reload);
        },
      );
    };
    dispatch({ type: 'edited' });
    if (recheckTimer.current !== null) clearTimeout(recheckTimer.current);
    recheckTimer.current = setTimeout(recheck, RECHECK_DELAY_MS);
  }, [dispatch, fail, gateway, reload]);

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

  const dismissSelection = useCallback(() => dispatch({ type: 'selection_dismissed' }), [dispatch]);
  const dismissError = useCallback(() => dispatch({ type: 'error_dismissed' }), [dispatch]);
  const dismissNotice = useCallback(() => dispatch({ type: 'notice_dismissed' }), [dispatch]);

  return [
    state,
    {
      reload,
      check,
      fill,
      chooseSheet,
      pointAtSelection,
      confirmSelection,
      dismissSelection,
      setAsOf,
      clearFlags,
      undo,
      selectCell,
      dismissError,
      dismissNotice,
    },
  ];
}
