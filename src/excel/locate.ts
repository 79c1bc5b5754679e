/**
 * Finding the dashboard and reading it, in one sync: the sheet asked for; otherwise the active
 * sheet and the remembered one (both are read in the same sync, the active one wins when it is a
 * dashboard). Only when neither is a dashboard (a first opening on another sheet) does a second
 * sync read the other visible sheets, in workbook order; the binding saved afterwards makes the
 * next run a single sync again. For a fill, the same sync reads the fills of the used range and
 * of the cells flagged last time.
 */
import { sameSheetName } from '../core/sheet-name';
import { rangeA1 } from '../core/address';
import type { CellRange } from '../core/grid';
import { recognise } from '../core/recognise';
import type { Dashboard } from '../core/types';
import type { DashboardRequest } from '../gateway/types';
import { GatewayError } from '../gateway/types';
import { excelMessages } from '../i18n/excel';
import { rangeOf } from './addresses';
import { isItemNotFound } from './errors';
import type { XClientResult, XContext, XWorksheet } from './excel-api';
import { FillBlock, FillMap } from './fills';
import type { ExcelHost } from './host';
import type { PendingSheet, ReadOptions, SheetSnapshot } from './read-sheet';
import { FILL_PROPERTIES, queueSheetRead, takeSheetRead } from './read-sheet';
import { MERGED_AREAS, supports } from './requirements';
import type { AddinState, Binding, FlagRecord } from './state';

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
}

export interface Located {
  readonly snapshot: SheetSnapshot;
  readonly dashboard: Dashboard;
  /** What to remember for the next run. */
  readonly binding: Binding;
  readonly sheets: readonly SheetInfo[];
  readonly workbookProtected: boolean;
  /** Every fill read (empty unless asked for). */
  readonly fills: FillMap;
}

interface Candidate {
  readonly pending: PendingSheet;
  readonly within: CellRange | undefined;
}

interface FlagProbe {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly result: XClientResult<Excel.CellProperties[][]>;
}

/** The block covering the flagged cells, so that their current fills can be read in one call. */
function flagBlock(flags: FlagRecord): CellRange | null {
  const ranges = flags.marks.map((mark) => rangeOf(mark.cell)).filter((r) => r !== null);
  if (ranges.length === 0) return null;
  return {
    top: ranges.reduce((min, r) => Math.min(min, r.top), Infinity),
    left: ranges.reduce((min, r) => Math.min(min, r.left), Infinity),
    bottom: ranges.reduce((max, r) => Math.max(max, r.bottom), -Infinity),
    right: ranges.reduce((max, r) => Math.max(max, r.right), -Infinity),
  };
}

export function queueFlagProbe(
  sheet: XWorksheet,
  name: string,
  flags: FlagRecord,
): FlagProbe | null {
  const block = flagBlock(flags);
  if (!block) return null;
  const range = sheet.getRangeByIndexes(
    block.top,
    block.left,
    block.bottom - block.top + 1,
    block.right - block.left + 1,
  );
  return {
    sheet: name,
    top: block.top,
    left: block.left,
    result: range.getCellProperties(FILL_PROPERTIES),
  };
}

export function takeFlagProbe(probe: FlagProbe): FillBlock {
  return new FillBlock(probe.top, probe.left, probe.result.value);
}

export interface LocateOptions {
  readonly fills: boolean;
}

function parseWithin(within: string | null): CellRange | undefined {
  return within === null ? undefined : (rangeOf(within) ?? undefined);
}

class Locator {
  private readonly text: ReturnType<typeof excelMessages>;
  private readonly readOptions: ReadOptions;

  constructor(
    private readonly ctx: XContext,
    host: ExcelHost,
    private readonly request: DashboardRequest,
    private readonly state: AddinState,
    private readonly options: LocateOptions,
  ) {
    this.text = excelMessages(host.lang);
    this.readOptions = { fills: options.fills, merges: supports(host, MERGED_AREAS) };
  }

  /**
   * One sync when every sheet named (asked for, remembered, flagged) exists. A name that no
   * longer exists fails the whole batch (ItemNotFound): then one sync reads the sheet names and
   * the read starts again without the missing ones.
   */
  async locate(): Promise<Located> {
    try {
      return await this.attempt(null);
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      const names = await this.sheetNames();
      if (
        this.request.sheet !== undefined &&
        !names.some((n) => sameSheetName(n, this.request.sheet ?? ''))
      )
        throw new GatewayError('unknown_sheet', this.text.unknownSheet(this.request.sheet));
      return this.attempt(names);
    }
  }

  private async sheetNames(): Promise<string[]> {
    const sheets = this.ctx.workbook.worksheets.load('items/name');
    await this.ctx.sync();
    return sheets.items.map((sheet) => sheet.name);
  }

  private async attempt(known: readonly string[] | null): Promise<Located> {
    const exists = (name: string) => known === null || known.some((n) => sameSheetName(n, name));
    const { workbook } = this.ctx;
    const sheets = workbook.worksheets.load('items/name,items/visibility');
    const protection = workbook.protection.load('protected');
    const candidates = this.queueCandidates(exists);
    const flags = this.state.flags;
    const probe =
      this.options.fills && flags && exists(flags.sheet)
        ? queueFlagProbe(workbook.worksheets.getItem(flags.sheet), flags.sheet, flags)
        : null;
    await this.ctx.sync();

    const infos: SheetInfo[] = sheets.items.map((sheet) => ({
      name: sheet.name,
      visible: sheet.visibility === 'Visible',
    }));
    const fills = new FillMap();
    if (probe) fills.add(probe.sheet, takeFlagProbe(probe));
    const read = candidates.map((candidate) => ({
      snapshot: takeSheetRead(candidate.pending),
      within: candidate.within,
    }));
    const found =
      this.firstDashboard(read) ??
      (await this.discover(
        infos,
        read.map((r) => r.snapshot.name),
      ));
    if (found.snapshot.fills) fills.add(found.snapshot.name, found.snapshot.fills);
    return {
      snapshot: found.snapshot,
      dashboard: found.dashboard,
      binding: {
        sheet: found.snapshot.name,
        within: found.within ? rangeA1(found.within) : null,
      },
      sheets: infos,
      workbookProtected: protection.protected,
      fills,
    };
  }

  private queueCandidates(exists: (name: string) => boolean): Candidate[] {
    const { worksheets } = this.ctx.workbook;
    const read = (sheet: XWorksheet) => queueSheetRead(sheet, this.readOptions);
    if (this.request.sheet !== undefined)
      return [
        { pending: read(worksheets.getItem(this.request.sheet)), within: this.request.within },
      ];
    const candidates: Candidate[] = [
      { pending: read(worksheets.getActiveWorksheet()), within: this.request.within },
    ];
    const binding = this.state.binding;
    if (binding && exists(binding.sheet))
      candidates.push({
        pending: read(worksheets.getItem(binding.sheet)),
        within: parseWithin(binding.within),
      });
    return candidates;
  }

  private firstDashboard(
    read: readonly { snapshot: SheetSnapshot; within: CellRange | undefined }[],
  ): Found | null {
    for (const { snapshot, within } of read) {
      const recognition = recognise(snapshot.grid, within ? { within } : {});
      if (recognition.ok) return { snapshot, dashboard: recognition.dashboard, within };
    }
    return null;
  }

  /** The other visible sheets, read together in one more sync. */
  private async discover(infos: readonly SheetInfo[], tried: readonly string[]): Promise<Found> {
    if (this.request.sheet !== undefined)
      throw new GatewayError('no_dashboard', this.text.noDashboardOn(this.request.sheet));
    const others = infos.filter(
      (info) => info.visible && !tried.some((name) => sameSheetName(name, info.name)),
    );
    if (others.length === 0) throw new GatewayError('no_dashboard', this.text.noDashboard);
    const pending = others.map((info) =>
      queueSheetRead(this.ctx.workbook.worksheets.getItem(info.name), this.readOptions),
    );
    await this.ctx.sync();
    const found = this.firstDashboard(
      pending.map((p) => ({ snapshot: takeSheetRead(p), within: undefined })),
    );
    if (!found) throw new GatewayError('no_dashboard', this.text.noDashboard);
    return found;
  }
}

interface Found {
  readonly snapshot: SheetSnapshot;
  readonly dashboard: Dashboard;
  readonly within: CellRange | undefined;
}

export function locateDashboard(
  ctx: XContext,
  host: ExcelHost,
  request: DashboardRequest,
  state: AddinState,
  options: LocateOptions,
): Promise<Located> {
  return new Locator(ctx, host, request, state, options).locate();
}
