/**
 * What the task pane asks of a workbook, whatever holds it: Excel through Office.js, or the
 * browser preview through ExcelJS. The task pane only ever talks to this interface.
 */
import type { CellRange } from '../core/grid';
import type { RolloverPlan } from '../core/rollover-types';
import type { Analysis, FillPlan, YearMonth } from '../core/types';

export interface DashboardRequest {
  /** A sheet to use instead of the one found or remembered. */
  readonly sheet?: string;
  /** The table as the agent selected it, when recognition needs a hint. */
  readonly within?: CellRange;
  readonly asOf?: YearMonth;
}

export interface FillOutcome {
  readonly analysis: Analysis;
  readonly plan: FillPlan;
}

/** What "Préparer <N+1>" writes, or would write, and the analysis of year N it comes from. */
export interface RolloverOutcome {
  readonly analysis: Analysis;
  readonly plan: RolloverPlan;
}

export type GatewayErrorCode =
  | 'no_dashboard'
  | 'unknown_sheet'
  | 'protected_sheet'
  | 'cell_editing'
  | 'unsupported_version'
  | 'office_unavailable'
  | 'nothing_to_undo'
  | 'unexpected';

/** A failure the task pane can explain; `message` is already in the user's language. */
export class GatewayError extends Error {
  constructor(
    readonly code: GatewayErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

export interface SelectionArea {
  readonly sheet: string;
  readonly range: CellRange;
}

export interface DashboardGateway {
  /** "excel" inside Office, "preview" in a plain browser. */
  readonly kind: 'excel' | 'preview';
  listSheets(): Promise<string[]>;
  /** Reads and analyses the dashboard; writes nothing. */
  check(request?: DashboardRequest): Promise<Analysis>;
  /** Computes and writes Moyenne, atteinte objectif, flags and the report sheet. */
  fill(request?: DashboardRequest): Promise<FillOutcome>;
  /** Selects (and shows) a cell of the dashboard sheet. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** The agent's current selection, to point at the table when recognition fails. */
  getSelection(): Promise<SelectionArea>;
  /** Removes the flags, giving every flagged cell its own formatting back. */
  clearFlags(): Promise<void>;
  /** Whether a previous fill can be undone. */
  canUndo(): Promise<boolean>;
  /** Restores every cell the last fill overwrote, and removes its flags and report sheet. */
  undoLastFill(): Promise<void>;
  /** What "Préparer <N+1>" would write; writes nothing. */
  planRollover(request?: DashboardRequest): Promise<RolloverOutcome>;
  /** Adds the year N+1 sheet beside the dashboard, writes the plan in it and shows it. */
  rollover(request?: DashboardRequest): Promise<RolloverOutcome>;
  /** Removes the sheet the last rollover added, while nothing has been typed into it. */
  undoRollover(): Promise<void>;
  /** Calls `listener` when a cell of the dashboard sheet changes; returns the unsubscribe. */
  onDashboardChanged(listener: () => void): Promise<() => void>;
}
