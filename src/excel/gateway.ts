/**
 * The Office.js gateway: the task pane's and the ribbon command's way into Excel.
 * Budgets (design.md §8): "Vérifier" reads in one sync; "Calculer" reads in one and writes in
 * one (suspendApiCalculationUntilNextSync, 2-D writes), whatever the number of rows. The only
 * extra syncs are recoveries: a first opening whose active sheet is not the dashboard (the other
 * sheets are read in a second sync, then the dashboard is remembered), a remembered sheet that
 * has been deleted, and the roll-back of a write Excel refused half-way.
 * Every Excel error becomes a GatewayError with a French (or English) sentence; protection is
 * checked in the read, so that a refused write never leaves the workbook half-written.
 */
import { sameSheetName } from '../core/sheet-name';
import { analyse } from '../core/analyse';
import { planFill, reportReplacesDashboard } from '../core/plan';
import type { Analysis } from '../core/types';
import type {
  DashboardGateway,
  DashboardRequest,
  FillOutcome,
  RolloverOutcome,
  SelectionArea,
} from '../gateway/types';
import { GatewayError } from '../gateway/types';
import { excelMessages } from '../i18n/excel';
import { rangeOf, splitSheetAddress } from './addresses';
import { queueContents, queueFills, queueValueRead } from './batches';
import type { ErrorSubject } from './errors';
import { isItemNotFound, toGatewayError } from './errors';
import type { XContext, XEventHandlerResult } from './excel-api';
import type { FillWrite } from './fill-write';
import { contentBlocks, prepareFill } from './fill-write';
import type { ExcelHost } from './host';
import { officeHost } from './host';
import type { Located } from './locate';
import { locateDashboard, queueFlagProbe, takeFlagProbe } from './locate';
import { OwnChanges } from './own-changes';
import { queueReport } from './report-writer';
import { CHANGE_EVENTS, TRIGGER_SOURCE, requireMinimum, supports } from './requirements';
import type { RolloverRecord } from './rollover-write';
import {
  assertCanAddSheet,
  removeRollover,
  requireCopy,
  rolloverPlanFor,
  writeRollover,
} from './rollover-write';
import type { AddinState } from './state';
import { MAX_STATE_CHARS, readState, sameBinding, stateSize, writeState } from './state';
import { clearFlagTargets, fingerprint, undoContents, undoFills } from './undo-write';

class ExcelGateway implements DashboardGateway {
  readonly kind = 'excel' as const;
  private readonly own = new OwnChanges();
  /** The dashboard sheet of the last check or fill, for the change events. */
  private lastSheet: string | null = null;
  /** The sheet the last "Préparer <N+1>" added in this session, for its "Annuler". */
  private lastRollover: RolloverRecord | null = null;

  constructor(private readonly host: ExcelHost) {}

  private get text() {
    return excelMessages(this.host.lang);
  }

  /** Runs an operation, turning whatever Excel throws into a GatewayError. */
  private async guard<T>(subject: ErrorSubject, operation: () => Promise<T>): Promise<T> {
    try {
      requireMinimum(this.host);
      return await operation();
    } catch (error) {
      throw toGatewayError(error, this.host.lang, subject);
    }
  }

  /** The state saved in the workbook, as the other runtime of the add-in may have left it. */
  private async loadState(): Promise<AddinState> {
    await this.host.settings.refresh().catch(() => undefined);
    return readState(this.host.settings);
  }

  private async saveState(state: AddinState): Promise<void> {
    writeState(this.host.settings, state);
    await this.host.settings.save();
  }

  /** The binding is a convenience: failing to save it must not fail a check. */
  private async remember(state: AddinState, located: Located): Promise<void> {
    this.lastSheet = located.snapshot.name;
    if (sameBinding(state.binding, located.binding)) return;
    await this.saveState({ ...state, binding: located.binding }).catch(() => undefined);
  }

  private analyse(located: Located, request: DashboardRequest): Analysis {
    return analyse(located.snapshot.grid, located.dashboard, {
      asOf: request.asOf,
      today: this.host.today(),
      lang: this.host.lang,
    });
  }

  listSheets(): Promise<string[]> {
    return this.guard({}, () =>
      this.host.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
        await ctx.sync();
        return sheets.items.filter((s) => s.visibility === 'Visible').map((s) => s.name);
      }),
    );
  }

  check(request: DashboardRequest = {}): Promise<Analysis> {
    return this.guard({ sheet: request.sheet }, async () => {
      const state = await this.loadState();
      const located = await this.host.run((ctx) =>
        locateDashboard(ctx, this.host, request, state, { fills: false }),
      );
      await this.remember(state, located);
      return this.analyse(located, request);
    });
  }

  fill(request: DashboardRequest = {}): Promise<FillOutcome> {
    return this.guard({ sheet: request.sheet }, async () => {
      const state = await this.loadState();
      return this.host.run(async (ctx) => {
        const located = await locateDashboard(ctx, this.host, request, state, { fills: true });
        this.assertWritable(located);
        const analysis = this.analyse(located, request);
        const plan = planFill(located.snapshot.grid, analysis);
        if (reportReplacesDashboard(plan))
          throw new GatewayError('unexpected', this.text.reportNameTaken(plan.report.name));
        const write = prepareFill(located, plan, state);
        const next: AddinState = { binding: located.binding, flags: write.flags, undo: write.undo };
        if (stateSize(next) > MAX_STATE_CHARS)
          throw new GatewayError('unexpected', this.text.stateTooLarge);
        // Saved before writing: whatever happens to the write, the way back is in the workbook.
        await this.saveState(next).catch(() => {
          throw new GatewayError('unexpected', this.text.stateNotSaved);
        });
        try {
          this.own.expect(write.sheet, write.written, this.host.now());
          this.queueFillWrite(ctx, write);
          await ctx.sync();
        } catch (error) {
          await this.rollBack(state, write);
          throw error;
        }
        this.lastSheet = located.snapshot.name;
        return { analysis, plan };
      });
    });
  }

  private assertWritable(located: Located): void {
    if (located.snapshot.protected)
      throw new GatewayError('protected_sheet', this.text.protectedSheet(located.snapshot.name));
    if (located.workbookProtected)
      throw new GatewayError('protected_sheet', this.text.protectedWorkbook);
  }

  private queueFillWrite(ctx: XContext, write: FillWrite): void {
    ctx.application.suspendApiCalculationUntilNextSync();
    const sheets = ctx.workbook.worksheets;
    queueContents(sheets.getItem(write.sheet), write.contents, 'values');
    for (const [sheet, targets] of write.fills) queueFills(sheets.getItem(sheet), targets);
    queueReport(ctx, write.report, write.sheet, write.replacedReport);
  }

  /**
   * A write Excel refused half-way (Excel's batches are not transactions): give back what it
   * may have changed, and the state as it was. Best effort: Excel may refuse again.
   */
  private async rollBack(previous: AddinState, write: FillWrite): Promise<void> {
    await this.host
      .run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        queueContents(sheets.getItem(write.sheet), undoContents(write.undo), 'formulas');
        for (const [sheet, targets] of undoFills(write.undo))
          queueFills(sheets.getItem(sheet), targets);
        await ctx.sync();
      })
      .catch(() => undefined);
    await this.saveState(previous).catch(() => undefined);
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.guard({ sheet }, () =>
      this.host.run(async (ctx) => {
        const worksheet = ctx.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await ctx.sync();
      }),
    );
  }

  getSelection(): Promise<SelectionArea> {
    return this.guard({}, () =>
      this.host.run(async (ctx) => {
        const selected = ctx.workbook.getSelectedRange().load('address');
        const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
        await ctx.sync();
        const { sheet, range } = splitSheetAddress(selected.address);
        const area = rangeOf(range);
        if (!area) throw new GatewayError('unexpected', this.text.unexpected(selected.address));
        return { sheet: sheet ?? active.name, range: area };
      }),
    );
  }

  clearFlags(): Promise<void> {
    return this.guard({}, async () => {
      const state = await this.loadState();
      const flags = state.flags;
      if (!flags) return;
      await this.host
        .run(async (ctx) => {
          const sheet = ctx.workbook.worksheets.getItem(flags.sheet);
          const protection = sheet.protection.load('protected');
          const probe = queueFlagProbe(sheet, flags.sheet, flags);
          await ctx.sync();
          if (protection.protected)
            throw new GatewayError('protected_sheet', this.text.protectedSheet(flags.sheet));
          if (!probe) return;
          queueFills(sheet, clearFlagTargets(flags, takeFlagProbe(probe)));
          await ctx.sync();
        })
        .catch((error: unknown) => {
          // The flagged sheet is gone: so are its flags.
          if (!isItemNotFound(error)) throw error;
        });
      await this.saveState({ ...state, flags: null });
    });
  }

  canUndo(): Promise<boolean> {
    return this.guard({}, async () => (await this.loadState()).undo !== null);
  }

  undoLastFill(): Promise<void> {
    return this.guard({}, async () => {
      const state = await this.loadState();
      const undo = state.undo;
      if (!undo) throw new GatewayError('nothing_to_undo', this.text.nothingToUndo);
      const contents = undoContents(undo);
      await this.host
        .run(async (ctx) => {
          const { workbook } = ctx;
          const sheets = workbook.worksheets.load('items/name');
          const structure = workbook.protection.load('protected');
          const sheet = sheets.getItem(undo.sheet);
          const protection = sheet.protection.load('protected');
          const current = queueValueRead(sheet, contents);
          await ctx.sync();
          if (protection.protected)
            throw new GatewayError('protected_sheet', this.text.protectedSheet(undo.sheet));
          if (fingerprint(current()) !== undo.written)
            throw new GatewayError('nothing_to_undo', this.text.undoStale);
          const names = sheets.items.map((item) => item.name);
          const report = names.find((name) => sameSheetName(name, undo.report)) ?? null;
          if (report !== null && structure.protected)
            throw new GatewayError('protected_sheet', this.text.protectedWorkbook);
          ctx.application.suspendApiCalculationUntilNextSync();
          queueContents(sheet, contents, 'formulas');
          for (const [name, targets] of undoFills(undo))
            if (names.some((existing) => sameSheetName(existing, name)))
              queueFills(sheets.getItem(name), targets);
          if (report !== null) sheets.getItem(report).delete();
          this.own.expect(undo.sheet, contentBlocks(contents), this.host.now());
          await ctx.sync();
        })
        .catch((error: unknown) => {
          if (isItemNotFound(error))
            throw new GatewayError('unknown_sheet', this.text.unknownSheet(undo.sheet));
          throw error;
        });
      await this.saveState({ binding: state.binding, flags: undo.flagsBefore, undo: null });
    });
  }

  planRollover(request: DashboardRequest = {}): Promise<RolloverOutcome> {
    return this.guard({ sheet: request.sheet }, async () => {
      requireCopy(this.host);
      const state = await this.loadState();
      const located = await this.host.run((ctx) =>
        locateDashboard(ctx, this.host, request, state, { fills: false }),
      );
      await this.remember(state, located);
      const analysis = this.analyse(located, request);
      return { analysis, plan: rolloverPlanFor(located, analysis, this.host) };
    });
  }

  rollover(request: DashboardRequest = {}): Promise<RolloverOutcome> {
    return this.guard({ sheet: request.sheet }, async () => {
      requireCopy(this.host);
      const state = await this.loadState();
      return this.host.run(async (ctx) => {
        const located = await locateDashboard(ctx, this.host, request, state, { fills: false });
        assertCanAddSheet(located, this.host);
        const analysis = this.analyse(located, request);
        const plan = rolloverPlanFor(located, analysis, this.host);
        this.lastRollover = await writeRollover(ctx, located, plan, state.flags);
        return { analysis, plan };
      });
    });
  }

  undoRollover(): Promise<void> {
    return this.guard({}, async () => {
      await removeRollover(this.host, this.lastRollover);
      this.lastRollover = null;
    });
  }

  onDashboardChanged(listener: () => void): Promise<() => void> {
    return this.guard({}, async () => {
      const sheet = this.lastSheet ?? (await this.loadState()).binding?.sheet ?? null;
      if (sheet === null || !supports(this.host, CHANGE_EVENTS)) return () => undefined;
      const triggerSourceKnown = supports(this.host, TRIGGER_SOURCE);
      const subscription = await this.host.run(async (ctx): Promise<XEventHandlerResult> => {
        const result = ctx.workbook.worksheets.getItem(sheet).onChanged.add(async (args) => {
          if (!this.own.isOwn(sheet, args, this.host.now(), triggerSourceKnown)) listener();
        });
        await ctx.sync();
        return result;
      });
      return () => {
        void this.host
          .runIn(subscription.context, async (ctx) => {
            subscription.remove();
            await ctx.sync();
          })
          .catch(() => undefined);
      };
    });
  }
}

/** The gateway on a given host (tests use a fake one). */
export function createGatewayOn(host: ExcelHost): DashboardGateway {
  return new ExcelGateway(host);
}

/**
 * The gateway inside Excel; call after Office.onReady. Outside Office every call rejects with
 * the "office_unavailable" GatewayError.
 */
export function createExcelGateway(): DashboardGateway {
  const inExcel =
    typeof Office !== 'undefined' &&
    typeof Excel !== 'undefined' &&
    Office.context?.document !== undefined &&
    Office.context.document !== null;
  if (inExcel) return new ExcelGateway(officeHost());
  const failure = new GatewayError('office_unavailable', excelMessages('fr').officeUnavailable);
  const reject = () => Promise.reject(failure);
  return {
    kind: 'excel',
    listSheets: reject,
    check: reject,
    fill: reject,
    selectCell: reject,
    getSelection: reject,
    clearFlags: reject,
    canUndo: reject,
    undoLastFill: reject,
    planRollover: reject,
    rollover: reject,
    undoRollover: reject,
    onDashboardChanged: reject,
  };
}
