/**
 * The pane's state policy, event by event, without rendering: builders make a state and an
 * event, `reduce` says what the pane shows next.
 */
import type { SelectionArea } from '../../src/gateway/types';
import type { PaneError } from '../../src/taskpane/model/pane-error';
import type { Operation, PaneEvent, PaneState } from '../../src/taskpane/model/pane-state';
import { INITIAL_STATE, reduce } from '../../src/taskpane/model/pane-state';
import {
  selectionRange,
  selectionPrompt,
  selectionRequest,
} from '../../src/taskpane/model/selection-prompt';
import { fillPlan, sampleAnalysis } from './fixtures/analyses';

function paneError(code: PaneError['code'], message: string | null = null): PaneError {
  return { code, message, detail: null };
}

function run(state: PaneState, ...events: PaneEvent[]): PaneState {
  return events.reduce(reduce, state);
}

const analysed = (
  overrides: Partial<Extract<PaneEvent, { type: 'analysed' }>> = {},
): PaneEvent => ({
  type: 'analysed',
  analysis: sampleAnalysis(),
  request: {},
  ...overrides,
});

const started = (operation: Operation): PaneEvent => ({ type: 'started', operation });

const failed = (
  code: PaneError['code'],
  origin: Extract<PaneEvent, { type: 'failed' }>['origin'] = 'check',
  retry: (() => void) | null = () => undefined,
): PaneEvent => ({ type: 'failed', error: paneError(code, `${code} message`), origin, retry });

/** A pane showing the sample dashboard, as after its first reading. */
function ready(overrides: Partial<PaneState> = {}): PaneState {
  return { ...run(INITIAL_STATE, started('load'), analysed(), { type: 'finished' }), ...overrides };
}

const SELECTION: SelectionArea = {
  sheet: 'Feuil2',
  range: { top: 3, left: 0, bottom: 30, right: 19 },
};

describe('reduce: actions', () => {
  it('starts loading on a reload, and shows the analysis with its default as-of month', () => {
    const loading = reduce(INITIAL_STATE, started('load'));
    expect(loading).toMatchObject({ pane: { kind: 'loading' }, busy: 'load' });
    const shown = reduce(loading, analysed());
    expect(shown.pane).toEqual({ kind: 'ready', analysis: sampleAnalysis() });
    expect(shown.defaultAsOf).toEqual({ year: 2020, month: 12 });
    expect(reduce(shown, { type: 'finished' }).busy).toBeNull();
  });

  it('keeps the dashboard on screen while an action runs, clearing the last messages', () => {
    const state = ready({
      notice: 'flags_cleared',
      error: { ...paneError('cell_editing'), origin: 'fill', retry: null },
    });
    const next = reduce(state, started('clear'));
    expect(next.pane).toBe(state.pane);
    expect(next).toMatchObject({ busy: 'clear', notice: null, error: null });
  });

  it('drops the fill result when a check or a new fill starts, not when flags are cleared', () => {
    const outcome = { analysis: sampleAnalysis(), plan: fillPlan(sampleAnalysis()) };
    const filled = run(ready(), started('fill'), analysed({ fill: outcome, canUndo: true }));
    expect(filled).toMatchObject({ fill: outcome, canUndo: true });
    expect(reduce(filled, started('check')).fill).toBeNull();
    expect(reduce(filled, started('fill')).fill).toBeNull();
    expect(reduce(filled, started('clear')).fill).toBe(outcome);
    expect(reduce(filled, analysed({ fill: null })).fill).toBeNull();
    expect(reduce(filled, analysed()).fill).toBe(outcome);
  });

  it('remembers the as-of month the engine chose only when none was asked for', () => {
    const asked = reduce(ready(), analysed({ request: { asOf: { year: 2020, month: 6 } } }));
    expect(asked.defaultAsOf).toEqual({ year: 2020, month: 12 });
    expect(asked.request).toEqual({ asOf: { year: 2020, month: 6 } });
  });

  it('confirms cleared flags and an undone computation', () => {
    expect(reduce(ready(), { type: 'flags_cleared' }).notice).toBe('flags_cleared');
    const undone = reduce(ready({ canUndo: true }), analysed({ notice: 'undone', canUndo: false }));
    expect(undone).toMatchObject({ notice: 'undone', canUndo: false });
    expect(reduce(undone, { type: 'notice_dismissed' }).notice).toBeNull();
  });

  it('records the sheets and whether a computation can be undone', () => {
    const listed = reduce(ready(), { type: 'listed', sheets: ['A', 'B'], canUndo: true });
    expect(listed).toMatchObject({ sheets: ['A', 'B'], canUndo: true });
    expect(reduce(listed, { type: 'undo_known', canUndo: false }).canUndo).toBe(false);
  });
});

describe('reduce: failures', () => {
  it('makes Excel too old or Office missing the whole pane, without a retry', () => {
    for (const code of ['unsupported_version', 'office_unavailable'] as const) {
      const next = reduce(ready({ rechecking: true }), failed(code));
      expect(next.pane).toEqual({
        kind: 'failed',
        error: paneError(code, `${code} message`),
        retryable: false,
      });
      expect(next.rechecking).toBe(false);
    }
  });

  it('shows "no dashboard" as the pane when the sheet holds none', () => {
    expect(reduce(ready(), failed('no_dashboard', 'check')).pane.kind).toBe('no_dashboard');
    expect(reduce(INITIAL_STATE, failed('unknown_sheet', 'load')).pane.kind).toBe('no_dashboard');
  });

  it('keeps the recognised dashboard when the selection holds none, with no retry', () => {
    const next = reduce(ready(), failed('no_dashboard', 'selection'));
    expect(next.pane.kind).toBe('ready');
    expect(next.error).toMatchObject({ code: 'no_dashboard', origin: 'selection', retry: null });
  });

  it('tells an action’s failure with where it came from, and its retry', () => {
    const retry = () => undefined;
    const next = reduce(ready(), failed('protected_sheet', 'fill', retry));
    expect(next.pane.kind).toBe('ready');
    expect(next.error).toMatchObject({ code: 'protected_sheet', origin: 'fill', retry });
    expect(reduce(next, { type: 'error_dismissed' }).error).toBeNull();
  });

  it('keeps the cell a failed selection was for, to tell it under its line', () => {
    const event: PaneEvent = {
      type: 'failed',
      error: paneError('unexpected'),
      origin: 'select',
      retry: null,
      cell: 'G22',
    };
    expect(reduce(ready(), event).error).toMatchObject({ origin: 'select', cell: 'G22' });
    expect(reduce(ready(), failed('unexpected', 'fill')).error).not.toHaveProperty('cell');
  });

  it('offers no retry when there is nothing to undo, and no longer offers undo', () => {
    const next = reduce(ready({ canUndo: true }), failed('nothing_to_undo', 'undo'));
    expect(next.error).toMatchObject({ origin: 'undo', retry: null });
    expect(next.canUndo).toBe(false);
  });

  it('makes a failure of the first reading the pane, with a retry', () => {
    const next = reduce(reduce(INITIAL_STATE, started('load')), failed('protected_sheet', 'load'));
    expect(next.pane).toMatchObject({ kind: 'failed', retryable: true });
  });
});

describe('reduce: live re-check', () => {
  it('shows an edit is being re-checked until the re-check’s result arrives', () => {
    const edited = reduce(ready(), { type: 'edited' });
    expect(edited.rechecking).toBe(true);
    expect(reduce(edited, analysed()).rechecking).toBe(true);
    expect(reduce(edited, analysed({ recheck: true })).rechecking).toBe(false);
    expect(reduce(edited, { type: 'recheck_dropped' }).rechecking).toBe(false);
  });
});

describe('reduce and selectionPrompt: using the selection', () => {
  it('asks before replacing a recognised dashboard', () => {
    const prompt = selectionPrompt(ready(), SELECTION);
    expect(prompt).toEqual({ kind: 'confirm', selection: SELECTION });
    const asked = reduce(ready(), { type: 'selection_prompted', prompt: prompt! });
    expect(asked.selection).toEqual(prompt);
    expect(reduce(asked, { type: 'selection_dismissed' }).selection).toBeNull();
    expect(reduce(asked, started('selection')).selection).toBeNull();
  });

  it('uses the selection at once when no dashboard is recognised', () => {
    const none = reduce(INITIAL_STATE, failed('no_dashboard', 'load'));
    expect(selectionPrompt(none, SELECTION)).toBeNull();
  });

  it('explains a selection too small to be a dashboard, recognised or not', () => {
    const cell: SelectionArea = {
      sheet: 'Feuil1',
      range: { top: 4, left: 1, bottom: 4, right: 1 },
    };
    expect(selectionPrompt(ready(), cell)).toEqual({ kind: 'too_small', selection: cell });
    expect(selectionPrompt(INITIAL_STATE, cell)?.kind).toBe('too_small');
    const narrow = { sheet: 'Feuil1', range: { top: 0, left: 0, bottom: 30, right: 11 } };
    expect(selectionPrompt(INITIAL_STATE, narrow)?.kind).toBe('too_small');
    const oneRow = { sheet: 'Feuil1', range: { top: 0, left: 0, bottom: 0, right: 19 } };
    expect(selectionPrompt(INITIAL_STATE, oneRow)?.kind).toBe('too_small');
  });

  it('writes the selection as Excel does and keeps the as-of month asked for', () => {
    expect(selectionRange(SELECTION)).toBe('A4:T31');
    expect(
      selectionRange({ sheet: 'Feuil1', range: { top: 4, left: 1, bottom: 4, right: 1 } }),
    ).toBe('B5');
    expect(selectionRequest(SELECTION, { year: 2020, month: 6 })).toEqual({
      asOf: { year: 2020, month: 6 },
      sheet: 'Feuil2',
      within: SELECTION.range,
    });
  });
});
