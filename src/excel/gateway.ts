/**
 * The Office.js gateway: the task pane's and the ribbon command's way into Excel.
 * Budgets (design.md §8), as long as each request and response stays within the 4 MB payload
 * budget (payload.ts): "Vérifier" reads in one sync when the dashboard is the active sheet (or
 * the sheet remembered); "Calculer" reads in one and writes in one. A larger dashboard is read
 * and written in as few syncs as fit the budget. The other extra syncs are recoveries: the agent
 * on another sheet than the remembered dashboard (the sheet whose first rows hold a dashboard is
 * then read in one more), a first opening (the other sheets are probed), a remembered sheet that
 * was deleted, and the roll-back of a write Excel refused half-way.
 * The records (undo, flags, remembered dashboard) are the workbook's custom XML parts
 * (records.ts), read in the operation's first sync and written first in its write.
 * No calculation is suspended: Excel recalculates what depends on the cells written, as the
 * agent's own typing would.
 * Every Excel error becomes a GatewayError with a French (or English) sentence; protection is
 * checked in the read, so that a refused write never leaves the workbook half-written.
 */
import { sameSheetName } from '../core/sheet-name';
import { analyse } from '../core/analyse';
import type { CellRange } from '../core/grid';
import { planDashboardFill } from '../core/fill-sequence';
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
import { fillWords } from '../i18n/fill-words';
import { contentCalls, fillCalls, queueValueRead, runCalls } from './batches';
import type { ErrorSubject } from './errors';
import { isItemNotFound, toGatewayError } from './errors';
import type { XContext, XEventHandlerResult } from './excel-api';
import type { FillWrite } from './fill-write';
import { contentBlocks, orphanFlags, prepareFill } from './fill-write';
import type { FillTarget } from './fills';
import { FillMap, NO_FILL } from './fills';
import type { ExcelHost } from './host';
import { officeHost } from './host';
import type { Located } from './locate';
import { locateDashboard, readFlagFills } from './locate';
import { OwnChanges } from './own-changes';
import type { PlannedCall } from './payload';
import type { RecordKind, RecordsRead } from './records';
import { mergeDuplicates, RECORD_BUDGETS, queueRecordsRead, recordCalls } from './records';
import { reportCalls } from './report-writer';
import { CHANGE_EVENTS, TRIGGER_SOURCE, requireMinimum, supports } from './requirements';
import type { RolloverRecord } from './rollover-write';
import {
  assertCanAddSheet,
  removeRollover,
  requireCopy,
  rolloverPlanFor,
  writeRollover,
} from './rollover-write';
import { selectionOf } from './selection';
import type { AddinState, Binding } from './state';
import {
  forgetSettingsRecords,
  recordChanges,
  recordOverBudget,
  sameHint,
  setSettingsHint,
  settingsHint,
  settingsState,
  stateFrom,
} from './state';
import { clearFlagTargets, stillWritten, undoContents, undoFills } from './undo-write';

/** The records as an operation found them: in the workbook, or left in the settings. */
interface Records {
  readonly state: AddinState;
  readonly exists: ReadonlySet<RecordKind>;
  /** Some records came from the settings: they move into the workbook with the next write. */
  readonly fromSettings: boolean;
}

class ExcelGateway implements DashboardGateway {
  readonly kind = 'excel' as const;
  private readonly own = new OwnChanges();
  /** The dashboard of the last check or fill in this runtime. */
  private binding: Binding | null = null;
  /** The used ranges read, by sheet in lower case, to shape the next read. */
  private readonly known = new Map<string, CellRange>();
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

  /** The settings as the other runtime of the add-in may have left them. */
  private async refreshSettings(): Promise<void> {
    await this.host.settings.refresh().catch(() => undefined);
  }

  private records(read: RecordsRead): Records {
    const inWorkbook = stateFrom((kind) => read.content(kind));
    const legacy = settingsState(this.host.settings);
    const flags = read.exists.has('flags') ? inWorkbook.flags : legacy.flags;
    const undo = read.exists.has('undo') ? inWorkbook.undo : legacy.undo;
    return {
      state: { binding: inWorkbook.binding, flags, undo },
      exists: read.exists,
      fromSettings:
        (!read.exists.has('flags') && legacy.flags !== null) ||
        (!read.exists.has('undo') && legacy.undo !== null),
    };
  }

  /** Once the records are in the workbook, the settings' copies go (best effort). */
  private async settled(records: Records): Promise<void> {
    if (records.fromSettings && forgetSettingsRecords(this.host.settings))
      await this.host.settings.save().catch(() => undefined);
  }

  /** The dashboard is a convenience: failing to remember it must not fail a check. */
  private async remember(located: Located): Promise<void> {
    this.binding = located.binding;
    this.known.set(located.snapshot.name.toLocaleLowerCase(), located.snapshot.used);
    const settings = this.host.settings;
    const hint = { binding: located.binding, used: located.snapshot.used };
    if (sameHint(settingsHint(settings), hint)) return;
    setSettingsHint(settings, hint);
    await settings.save().catch(() => undefined);
  }

  private hint(): Binding | null {
    return this.binding ?? settingsHint(this.host.settings)?.binding ?? null;
  }

  /** The used ranges seen: in this runtime, else as the settings' hint remembers it. */
  private knownRanges(): ReadonlyMap<string, CellRange> {
    const hint = settingsHint(this.host.settings);
    const known = new Map(this.known);
    const key = hint?.binding.sheet.toLocaleLowerCase();
    if (hint?.used && key !== undefined && !known.has(key)) known.set(key, hint.used);
    return known;
  }

  private analyse(located: Located, request: DashboardRequest): Analysis {
    return analyse(located.snapshot.grid, located.dashboard, {
      asOf: request.asOf,
      today: this.host.today(),
    });
  }

  /** Finds and reads the dashboard, with the records in the first sync. */
  /**
   * `fills`: read the cells' fills too (to find flags); `flagsRecord`: read the record of the
   * flags, which the rollover needs without the fills.
   */
  private async locate(
    ctx: XContext,
    request: DashboardRequest,
    fills: boolean,
    flagsRecord = fills,
  ): Promise<{ located: Located; records: Records }> {
    const contents: RecordKind[] = flagsRecord ? ['dashboard', 'flags'] : ['dashboard'];
    let take: (() => RecordsRead) | null = null;
    const read = () => {
      if (!take) throw new Error('records read before they were queued');
      return take();
    };
    const located = await locateDashboard(ctx, this.host, request, {
      fills,
      reserved: contents.reduce((sum, kind) => sum + RECORD_BUDGETS[kind], 0),
      hint: this.hint(),
      known: this.knownRanges(),
      alongside: () => {
        take = queueRecordsRead(ctx.workbook, contents);
      },
      remembered: () => stateFrom((kind) => read().content(kind)).binding,
    });
    const records = this.records(await mergeDuplicates(ctx, read()));
    const flags = records.state.flags;
    // Flags left on another sheet than the dashboard: their current fills, in more syncs.
    if (
      fills &&
      flags &&
      !sameSheetName(flags.sheet, located.snapshot.name) &&
      located.sheets.some((sheet) => sameSheetName(sheet.name, flags.sheet))
    ) {
      const sheet = ctx.workbook.worksheets.getItem(flags.sheet);
      for (const block of await readFlagFills(ctx, sheet, flags))
        located.fills.add(flags.sheet, block);
    }
    await this.remember(located);
    return { located, records };
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
      await this.refreshSettings();
      const { located } = await this.host.run((ctx) => this.locate(ctx, request, false));
      return this.analyse(located, request);
    });
  }

  fill(request: DashboardRequest = {}): Promise<FillOutcome> {
    return this.guard({ sheet: request.sheet }, async () => {
      await this.refreshSettings();
      return this.host.run(async (ctx) => {
        const { located, records } = await this.locate(ctx, request, true);
        this.assertWritable(located);
        const sequence = planDashboardFill(located.snapshot.grid, located.dashboard, {
          asOf: request.asOf,
          today: this.host.today(),
          words: fillWords(this.host.lang),
        });
        if (!sequence.ok)
          throw new GatewayError('unexpected', this.text.reportNameTaken(sequence.reportName));
        const { analysis, plan } = sequence;
        const write = prepareFill(located, plan, records.state);
        const next: AddinState = { binding: located.binding, flags: write.flags, undo: write.undo };
        // Refused before anything is written: a fill without its way back is not run.
        if (recordOverBudget(next) !== null)
          throw new GatewayError('unexpected', this.text.stateTooLarge);
        const calls = [
          // First: whatever happens to the rest of the write, the way back is in the workbook.
          ...recordCalls(ctx.workbook, recordChanges(next), records.exists),
          ...this.fillWriteCalls(ctx, write),
        ];
        this.own.expect(write.sheet, write.written, this.host.now());
        try {
          await runCalls(ctx, calls);
        } catch (error) {
          await this.rollBack(records.state, write);
          throw error;
        }
        await this.settled(records);
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

  private fillWriteCalls(ctx: XContext, write: FillWrite): PlannedCall[] {
    const sheets = ctx.workbook.worksheets;
    return [
      ...contentCalls(() => sheets.getItem(write.sheet), write.contents, 'values'),
      ...[...write.fills].flatMap(([sheet, targets]) =>
        fillCalls(() => sheets.getItem(sheet), targets),
      ),
      ...reportCalls(ctx.workbook, write.report, write.sheet, write.replacedReport),
    ];
  }

  /**
   * A write Excel refused half-way (Excel's batches are not transactions): give back what it
   * may have changed, and the records as they were. Best effort: Excel may refuse again.
   */
  private async rollBack(previous: AddinState, write: FillWrite): Promise<void> {
    await this.host
      .run(async (ctx) => {
        const exists = queueRecordsRead(ctx.workbook, []);
        await ctx.sync();
        const found = await mergeDuplicates(ctx, exists());
        const sheets = ctx.workbook.worksheets;
        await runCalls(ctx, [
          ...recordCalls(ctx.workbook, recordChanges(previous), found.exists),
          ...contentCalls(() => sheets.getItem(write.sheet), undoContents(write.undo), 'formulas'),
          ...[...undoFills(write.undo)].flatMap(([sheet, targets]) =>
            fillCalls(() => sheets.getItem(sheet), targets),
          ),
        ]);
      })
      .catch(() => undefined);
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
        const selected = ctx.workbook.getSelectedRanges().load('address');
        const active = ctx.workbook.worksheets.getActiveWorksheet().load('name');
        const used = active.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
        await ctx.sync();
        const area = selectionOf(selected.address, active.name, {
          top: used.rowIndex,
          left: used.columnIndex,
          bottom: used.rowIndex + used.rowCount - 1,
          right: used.columnIndex + used.columnCount - 1,
        });
        if (!area) throw new GatewayError('unexpected', this.text.selectionUnreadable);
        return area;
      }),
    );
  }

  clearFlags(): Promise<void> {
    return this.guard({}, async () => {
      await this.refreshSettings();
      await this.host.run(async (ctx) => {
        const found = await this.locate(ctx, {}, true).catch((error: unknown) => {
          if (error instanceof GatewayError && error.code === 'no_dashboard') return null;
          throw error;
        });
        const records = found?.records ?? (await this.readRecords(ctx, ['flags']));
        const flags = records.state.flags;
        const targets = new Map<string, FillTarget[]>();
        if (found) {
          const orphans = [...orphanFlags(found.located, flags)];
          if (orphans.length > 0)
            targets.set(
              found.located.snapshot.name,
              orphans.map((cell) => ({ cell, fill: NO_FILL })),
            );
        }
        const located = found?.located;
        if (flags && located && sameSheetName(flags.sheet, located.snapshot.name)) {
          // The dashboard's read brought the flagged cells' fills (in bands when large).
          targets.set(located.snapshot.name, [
            ...(targets.get(located.snapshot.name) ?? []),
            ...clearFlagTargets(flags, (cell) => located.fills.at(located.snapshot.name, cell)),
          ]);
        } else if (flags) {
          const sheet = ctx.workbook.worksheets.getItem(flags.sheet);
          const protection = sheet.protection.load('protected');
          const blocks = await readFlagFills(ctx, sheet, flags).catch((error: unknown) => {
            // The flagged sheet is gone: so are its flags.
            if (isItemNotFound(error)) return null;
            throw error;
          });
          if (blocks && protection.protected)
            throw new GatewayError('protected_sheet', this.text.protectedSheet(flags.sheet));
          if (blocks) {
            const fills = new FillMap();
            for (const block of blocks) fills.add(flags.sheet, block);
            targets.set(flags.sheet, [
              ...(targets.get(flags.sheet) ?? []),
              ...clearFlagTargets(flags, (cell) => fills.at(flags.sheet, cell)),
            ]);
          }
        }
        // Only the sheet's protection matters here: clearing adds no sheet.
        const dashboard = found?.located.snapshot;
        if (dashboard?.protected && targets.has(dashboard.name))
          throw new GatewayError('protected_sheet', this.text.protectedSheet(dashboard.name));
        const sheets = ctx.workbook.worksheets;
        const calls = [
          ...recordCalls(
            ctx.workbook,
            flags ? [{ kind: 'flags', stored: null }] : [],
            records.exists,
          ),
          ...[...targets].flatMap(([name, list]) => fillCalls(() => sheets.getItem(name), list)),
        ];
        if (calls.length > 0) await runCalls(ctx, calls);
        await this.settled(records);
      });
    });
  }

  /** The records alone, in one sync. */
  private async readRecords(ctx: XContext, contents: readonly RecordKind[]): Promise<Records> {
    const read = queueRecordsRead(ctx.workbook, contents);
    await ctx.sync();
    return this.records(await mergeDuplicates(ctx, read()));
  }

  canUndo(): Promise<boolean> {
    return this.guard({}, async () => {
      await this.refreshSettings();
      const records = await this.host.run((ctx) => this.readRecords(ctx, []));
      return records.exists.has('undo') || records.state.undo !== null;
    });
  }

  undoLastFill(): Promise<void> {
    return this.guard({}, async () => {
      await this.refreshSettings();
      let undoSheet: string | null = null;
      await this.host
        .run(async (ctx) => {
          const { workbook } = ctx;
          const records = await this.readRecords(ctx, ['undo']);
          const undo = records.state.undo;
          if (!undo) throw new GatewayError('nothing_to_undo', this.text.nothingToUndo);
          undoSheet = undo.sheet;
          const contents = undoContents(undo);
          const sheets = workbook.worksheets.load('items/name');
          const structure = workbook.protection.load('protected');
          const sheet = sheets.getItem(undo.sheet);
          const protection = sheet.protection.load('protected');
          const current = queueValueRead(sheet, contents);
          await ctx.sync();
          if (protection.protected)
            throw new GatewayError('protected_sheet', this.text.protectedSheet(undo.sheet));
          if (!stillWritten(current(), undo.written))
            throw new GatewayError('nothing_to_undo', this.text.undoStale);
          const names = sheets.items.map((item) => item.name);
          const report = names.find((name) => sameSheetName(name, undo.report)) ?? null;
          if (report !== null && structure.protected)
            throw new GatewayError('protected_sheet', this.text.protectedWorkbook);
          const next: AddinState = {
            binding: records.state.binding,
            flags: undo.flagsBefore,
            undo: null,
          };
          const calls: PlannedCall[] = [
            ...recordCalls(
              workbook,
              recordChanges(next).filter((c) => c.kind !== 'dashboard'),
              records.exists,
            ),
            ...contentCalls(() => sheets.getItem(undo.sheet), contents, 'formulas'),
            ...[...undoFills(undo)]
              .filter(([name]) => names.some((existing) => sameSheetName(existing, name)))
              .flatMap(([name, targets]) => fillCalls(() => sheets.getItem(name), targets)),
          ];
          if (report !== null)
            calls.push({ bytes: 0, queue: () => sheets.getItem(report).delete() });
          this.own.expect(undo.sheet, contentBlocks(contents), this.host.now());
          await runCalls(ctx, calls);
          await this.settled(records);
        })
        .catch((error: unknown) => {
          if (isItemNotFound(error) && undoSheet !== null)
            throw new GatewayError('unknown_sheet', this.text.unknownSheet(undoSheet));
          throw error;
        });
    });
  }

  planRollover(request: DashboardRequest = {}): Promise<RolloverOutcome> {
    return this.guard({ sheet: request.sheet }, async () => {
      requireCopy(this.host);
      await this.refreshSettings();
      const { located } = await this.host.run((ctx) => this.locate(ctx, request, false));
      const analysis = this.analyse(located, request);
      return { analysis, plan: rolloverPlanFor(located, analysis, this.host) };
    });
  }

  rollover(request: DashboardRequest = {}): Promise<RolloverOutcome> {
    return this.guard({ sheet: request.sheet }, async () => {
      requireCopy(this.host);
      await this.refreshSettings();
      return this.host.run(async (ctx) => {
        const { located, records } = await this.locate(ctx, request, false, true);
        assertCanAddSheet(located, this.host);
        const analysis = this.analyse(located, request);
        const plan = rolloverPlanFor(located, analysis, this.host);
        this.lastRollover = await writeRollover(ctx, located, plan, records.state.flags);
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
      const sheet = this.hint()?.sheet ?? null;
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
