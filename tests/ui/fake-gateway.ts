/**
 * A DashboardGateway for the pane's tests: it answers with given analyses, records every call,
 * can fail a call with a given error, hold a call until the test releases it (to see progress),
 * and fire the dashboard's change event.
 */
import type { Analysis } from '../../src/core/types';
import type {
  DashboardGateway,
  DashboardRequest,
  FillOutcome,
  RolloverOutcome,
  SelectionArea,
} from '../../src/gateway/types';
import { GatewayError } from '../../src/gateway/types';
import { SHEET, fillPlan, sampleAnalysis } from './fixtures/analyses';

type Method = Exclude<keyof DashboardGateway, 'kind'>;

export interface Call {
  readonly method: Method;
  readonly args: readonly unknown[];
}

export class FakeGateway implements DashboardGateway {
  readonly kind = 'excel' as const;
  sheets: string[] = [SHEET, 'Feuil2'];
  /** What check() answers, by request; by default the sample analysis. */
  respond: (request: DashboardRequest) => Analysis = () => sampleAnalysis();
  /** What fill() answers; by default the check's analysis and its plan. */
  respondFill: (request: DashboardRequest) => FillOutcome = (request) => {
    const analysis = this.respond(request);
    return { analysis, plan: fillPlan(analysis) };
  };
  undoable = false;
  /** What planRollover() and rollover() answer; no dashboard to roll over by default. */
  respondRollover: (request: DashboardRequest) => RolloverOutcome = () => {
    throw new GatewayError('unexpected', 'Aucune préparation prévue.');
  };
  /** Whether rollover() ran and was not undone. */
  rolledOver = false;
  selection: SelectionArea = {
    sheet: 'Feuil2',
    range: { top: 3, left: 0, bottom: 30, right: 19 },
  };
  readonly calls: Call[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly failures = new Map<Method, unknown[]>();
  private readonly holds = new Map<Method, Promise<void>[]>();

  /** The next call of `method` rejects with `error`. */
  failNext(method: Method, error: unknown): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  /** The next call of `method` waits until the returned function is called. */
  hold(method: Method): () => void {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.holds.set(method, [...(this.holds.get(method) ?? []), gate]);
    return release;
  }

  /** Fires the change event, as an edit of the dashboard sheet does. */
  emitChange(): void {
    for (const listener of [...this.listeners]) listener();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  callsOf(method: Method): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  private async step<T>(method: Method, args: readonly unknown[], answer: () => T): Promise<T> {
    this.calls.push({ method, args });
    const gate = this.holds.get(method)?.shift();
    if (gate) await gate;
    const failure = this.failures.get(method)?.shift();
    if (failure !== undefined) throw failure;
    return answer();
  }

  listSheets(): Promise<string[]> {
    return this.step('listSheets', [], () => [...this.sheets]);
  }

  check(request: DashboardRequest = {}): Promise<Analysis> {
    return this.step('check', [request], () => this.respond(request));
  }

  fill(request: DashboardRequest = {}): Promise<FillOutcome> {
    return this.step('fill', [request], () => {
      this.undoable = true;
      return this.respondFill(request);
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.step('selectCell', [sheet, cell], () => undefined);
  }

  getSelection(): Promise<SelectionArea> {
    return this.step('getSelection', [], () => this.selection);
  }

  clearFlags(): Promise<void> {
    return this.step('clearFlags', [], () => undefined);
  }

  canUndo(): Promise<boolean> {
    return this.step('canUndo', [], () => this.undoable);
  }

  undoLastFill(): Promise<void> {
    return this.step('undoLastFill', [], () => {
      this.undoable = false;
    });
  }

  planRollover(request: DashboardRequest = {}): Promise<RolloverOutcome> {
    return this.step('planRollover', [request], () => this.respondRollover(request));
  }

  rollover(request: DashboardRequest = {}): Promise<RolloverOutcome> {
    return this.step('rollover', [request], () => {
      const outcome = this.respondRollover(request);
      this.rolledOver = true;
      return outcome;
    });
  }

  undoRollover(): Promise<void> {
    return this.step('undoRollover', [], () => {
      this.rolledOver = false;
    });
  }

  onDashboardChanged(listener: () => void): Promise<() => void> {
    return this.step('onDashboardChanged', [], () => {
      this.listeners.add(listener);
      return () => {
        this.listeners.delete(listener);
      };
    });
  }
}
