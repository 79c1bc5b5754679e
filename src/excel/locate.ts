/**
 * Finding the dashboard and reading it, each sheet once per sync:
 * - the sheet asked for, when there is one;
 * - else the sheet remembered (by this installation's hint) with, in the same sync, the first
 *   rows of the active sheet: when the active sheet is the remembered one, that is all; when it is
 *   another sheet whose first rows hold a dashboard, it is read in one more sync and preferred;
 * - else the active sheet.
 * Only when none of these is a dashboard (a first opening on another sheet) are the other visible
 * sheets probed, the workbook's remembered dashboard first, and the first that holds one read.
 * A sheet larger than the payload budget is read on in bands (read-sheet.ts). For a fill, the
 * same reads bring the cells' fills.
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
import type { XClientResult, XContext, XSyncContext, XWorksheet } from './excel-api';
import { FillBlock, FillMap } from './fills';
import type { ExcelHost } from './host';
import { PAYLOAD_BUDGET, cellReadBytes, rowsWithin } from './payload';
import type { PendingSheet, ReadOptions, SheetSnapshot } from './read-sheet';
import {
  FILL_PROPERTIES,
  PROBE_ROWS,
  WINDOW_COLUMNS,
  queueBandRead,
  queueSheetRead,
  remainingBands,
  takeSheetRead,
} from './read-sheet';
import { MERGED_AREAS, supports } from './requirements';
import type { Binding, FlagRecord } from './state';

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

/** The block covering the flagged cells, so that their current fills can be read in bands. */
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

/**
 * The current fills of the flagged cells of a sheet, in bands that fit the payload budget, a sync
 * each (the first sync also runs whatever the caller queued before).
 */
export async function readFlagFills(
  ctx: XSyncContext,
  sheet: XWorksheet,
  flags: FlagRecord,
): Promise<FillBlock[]> {
  const block = flagBlock(flags);
  if (!block) {
    await ctx.sync();
    return [];
  }
  const width = block.right - block.left + 1;
  const rows = rowsWithin(PAYLOAD_BUDGET / 2, width, cellReadBytes(true));
  const blocks: FillBlock[] = [];
  for (let top = block.top; top <= block.bottom; top += rows) {
    const band = queueFillBand(
      sheet,
      top,
      block.left,
      Math.min(rows, block.bottom - top + 1),
      width,
    );
    await ctx.sync();
    blocks.push(takeFillBand(band));
  }
  return blocks;
}

interface FillBand {
  readonly top: number;
  readonly left: number;
  readonly result: XClientResult<Excel.CellProperties[][]>;
}

function queueFillBand(
  sheet: XWorksheet,
  top: number,
  left: number,
  rows: number,
  width: number,
): FillBand {
  const result = sheet.getRangeByIndexes(top, left, rows, width).getCellProperties(FILL_PROPERTIES);
  return { top, left, result };
}

/** The fills of a band, once its sync has run. */
function takeFillBand(band: FillBand): FillBlock {
  return new FillBlock(band.top, band.left, band.result.value);
}

export interface LocateOptions {
  readonly fills: boolean;
  /** Response bytes the first sync leaves to the records read with it. */
  readonly reserved: number;
  /** The sheet this installation remembers, known without a sync. */
  readonly hint: Binding | null;
  /** The used ranges seen before, by sheet name in lower case. */
  readonly known: ReadonlyMap<string, CellRange>;
  /** Queues, in every first sync, what the caller reads with the sheets (the records). */
  readonly alongside: () => void;
  /** The workbook's remembered dashboard, known after the first sync. */
  readonly remembered: () => Binding | null;
}

function parseWithin(within: string | null): CellRange | undefined {
  return within === null ? undefined : (rangeOf(within) ?? undefined);
}

interface Found {
  readonly snapshot: SheetSnapshot;
  readonly dashboard: Dashboard;
  readonly within: CellRange | undefined;
}

const PROBE_BYTES = PROBE_ROWS * WINDOW_COLUMNS * cellReadBytes(false);

class Locator {
  private readonly text: ReturnType<typeof excelMessages>;
  private readonly merges: boolean;

  constructor(
    private readonly ctx: XContext,
    host: ExcelHost,
    private readonly request: DashboardRequest,
    private readonly options: LocateOptions,
  ) {
    this.text = excelMessages(host.lang);
    this.merges = supports(host, MERGED_AREAS);
  }

  /**
   * One sync when every sheet named (asked for, remembered) exists. A name that no longer
   * exists fails the whole batch (ItemNotFound): then one sync reads the sheet names and the
   * read starts again without the missing ones.
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

  private readOptions(name: string | null, budget: number, probe: boolean): ReadOptions {
    const known = name === null ? undefined : this.options.known.get(name.toLocaleLowerCase());
    return {
      fills: this.options.fills && !probe,
      merges: this.merges,
      budget,
      known: known ?? null,
      ...(probe ? { probeRows: PROBE_ROWS } : {}),
    };
  }

  private async attempt(known: readonly string[] | null): Promise<Located> {
    const exists = (name: string) => known === null || known.some((n) => sameSheetName(n, name));
    const { workbook } = this.ctx;
    const { worksheets } = workbook;
    this.options.alongside();
    const sheets = worksheets.load('items/name,items/visibility');
    const protection = workbook.protection.load('protected');
    const budget = PAYLOAD_BUDGET - this.options.reserved;

    const hint = this.options.hint;
    let primary: PendingSheet;
    let within: CellRange | undefined = this.request.within;
    let active: { sheet: XWorksheet; probe: PendingSheet } | null = null;
    if (this.request.sheet !== undefined) {
      const sheet = worksheets.getItem(this.request.sheet);
      primary = queueSheetRead(sheet, this.readOptions(this.request.sheet, budget, false));
    } else if (hint && exists(hint.sheet)) {
      const sheet = worksheets.getItem(hint.sheet);
      primary = queueSheetRead(sheet, this.readOptions(hint.sheet, budget - PROBE_BYTES, false));
      within = parseWithin(hint.within);
      const activeSheet = worksheets.getActiveWorksheet();
      active = {
        sheet: activeSheet,
        probe: queueSheetRead(activeSheet, this.readOptions(null, 0, true)),
      };
    } else {
      primary = queueSheetRead(
        worksheets.getActiveWorksheet(),
        this.readOptions(null, budget, false),
      );
    }
    await this.ctx.sync();

    const infos: SheetInfo[] = sheets.items.map((sheet) => ({
      name: sheet.name,
      visible: sheet.visibility === 'Visible',
    }));
    const primaryName = primary.sheet.name;
    let found: Found | null = null;
    if (active && !sameSheetName(active.probe.sheet.name, primaryName)) {
      const probe = takeSheetRead(active.probe);
      if (recognise(probe.grid, this.request.within ? { within: this.request.within } : {}).ok)
        found = await this.readWhole(active.sheet, probe.name, this.request.within);
    }
    found ??= this.recognised(await this.complete(primary), within);
    const tried = [primaryName, ...(active ? [active.probe.sheet.name] : [])];
    found ??= await this.discover(infos, tried);
    return {
      snapshot: found.snapshot,
      dashboard: found.dashboard,
      binding: {
        sheet: found.snapshot.name,
        within: found.within ? rangeA1(found.within) : null,
      },
      sheets: infos,
      workbookProtected: protection.protected,
      fills: fillsOf(found.snapshot),
    };
  }

  /** The rest of a sheet whose first sync did not hold it all, a band per sync. */
  private async complete(pending: PendingSheet): Promise<SheetSnapshot> {
    const bands = [];
    for (const band of remainingBands(pending)) {
      bands.push(queueBandRead(pending, band));
      await this.ctx.sync();
    }
    return takeSheetRead(pending, bands);
  }

  private async readWhole(
    sheet: XWorksheet,
    name: string,
    within: CellRange | undefined,
  ): Promise<Found | null> {
    const pending = queueSheetRead(sheet, this.readOptions(name, PAYLOAD_BUDGET, false));
    await this.ctx.sync();
    return this.recognised(await this.complete(pending), within);
  }

  private recognised(snapshot: SheetSnapshot, within: CellRange | undefined): Found | null {
    const recognition = recognise(snapshot.grid, within ? { within } : {});
    return recognition.ok ? { snapshot, dashboard: recognition.dashboard, within } : null;
  }

  /**
   * The other visible sheets: their first rows probed together (as many per sync as the budget
   * holds), then the first that holds a dashboard read whole.
   */
  private async discover(infos: readonly SheetInfo[], tried: readonly string[]): Promise<Found> {
    if (this.request.sheet !== undefined)
      throw new GatewayError('no_dashboard', this.text.noDashboardOn(this.request.sheet));
    const remembered = this.options.remembered()?.sheet ?? null;
    const others = infos
      .filter((info) => info.visible && !tried.some((name) => sameSheetName(name, info.name)))
      .sort(
        (a, b) =>
          Number(remembered !== null && sameSheetName(b.name, remembered)) -
          Number(remembered !== null && sameSheetName(a.name, remembered)),
      );
    const perSync = Math.max(1, Math.floor(PAYLOAD_BUDGET / PROBE_BYTES));
    for (let i = 0; i < others.length; i += perSync) {
      const probes = others.slice(i, i + perSync).map((info) => ({
        info,
        pending: queueSheetRead(
          this.ctx.workbook.worksheets.getItem(info.name),
          this.readOptions(null, 0, true),
        ),
      }));
      await this.ctx.sync();
      for (const { info, pending } of probes) {
        if (!recognise(takeSheetRead(pending).grid).ok) continue;
        const found = await this.readWhole(
          this.ctx.workbook.worksheets.getItem(info.name),
          info.name,
          undefined,
        );
        if (found) return found;
      }
    }
    throw new GatewayError('no_dashboard', this.text.noDashboard);
  }
}

function fillsOf(snapshot: SheetSnapshot): FillMap {
  const fills = new FillMap();
  for (const block of snapshot.fills) fills.add(snapshot.name, block);
  return fills;
}

export function locateDashboard(
  ctx: XContext,
  host: ExcelHost,
  request: DashboardRequest,
  options: LocateOptions,
): Promise<Located> {
  return new Locator(ctx, host, request, options).locate();
}
