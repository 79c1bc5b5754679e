/**
 * The workbook open in the browser preview, and what the rendering shows of it. The gateway
 * changes it (fill, clear flags, undo), the rendering reads it (useSyncExternalStore) and moves
 * its selection. Operations that change the workbook run one after the other.
 */
import type { CellRange, Grid } from '../core/grid';
import type { CellFlag, FlagKind } from '../core/types';
import type { FillOutcome, RolloverOutcome } from '../gateway/types';
import type { XlsxPackage } from '../xlsx';
import { openPackage, withoutRecordedFlags, writeFilled } from '../xlsx';
import { writeRolloverFile } from '../xlsx/rollover-write';
import type { SheetSelection } from './selection';
import { ORIGIN, rangeSelection, selectionRange } from './selection';
import type { SheetPicture } from './sheet-picture';
import { cellKey, pictureOf } from './sheet-picture';

export interface FlagNote {
  readonly kind: FlagKind;
  readonly note: string;
}

export interface PreviewSnapshot {
  /** Changes when another workbook is opened: the task pane starts afresh. */
  readonly generation: number;
  readonly fileName: string;
  /** Whether the preview has written into the workbook since it was opened. */
  readonly modified: boolean;
  readonly sheets: readonly string[];
  /** The sheet shown by the rendering; null before a workbook is open. */
  readonly picture: SheetPicture | null;
  /** The flags' messages on the shown sheet, by `cellKey`. */
  readonly notes: ReadonlyMap<string, FlagNote>;
  readonly selection: SheetSelection;
  /** Changes each time the selection was set for the user to see (selectCell). */
  readonly reveal: number;
}

export interface DashboardPlace {
  readonly sheet: string;
  /** The block the agent pointed at, when recognition needed it. */
  readonly within?: CellRange;
}

interface UndoPoint {
  readonly bytes: Uint8Array;
  readonly flags: FlagSet | null;
  readonly modified: boolean;
}

interface FlagSet {
  readonly sheet: string;
  readonly flags: readonly CellFlag[];
}

const EMPTY_NOTES: ReadonlyMap<string, FlagNote> = new Map();

/** The workbook as bytes (what a download gives) and as the package read from them. */
interface OpenWorkbook {
  readonly bytes: Uint8Array;
  readonly pkg: XlsxPackage;
}

function opened(bytes: Uint8Array): OpenWorkbook {
  return { bytes, pkg: openPackage(bytes) };
}

export class PreviewSession {
  private workbook: OpenWorkbook | null = null;
  private grids: Grid[] | null = null;
  private flags: FlagSet | null = null;
  private undoPoint: UndoPoint | null = null;
  /** The workbook before the last "Préparer <N+1>", while nothing else changed it. */
  private rolloverPoint: { readonly bytes: Uint8Array; readonly modified: boolean } | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private snapshot: PreviewSnapshot = {
    generation: 0,
    fileName: '',
    modified: false,
    sheets: [],
    picture: null,
    notes: EMPTY_NOTES,
    selection: ORIGIN,
    reveal: 0,
  };
  /** Where the dashboard was last recognised: looked at first on the next check. */
  dashboardPlace: DashboardPlace | null = null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PreviewSnapshot => this.snapshot;

  /** Runs `operation` after every operation queued before it. */
  private enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Opens a workbook; it replaces the current one only once it has been read. */
  open(bytes: Uint8Array, fileName: string): Promise<void> {
    return this.enqueue(async () => {
      this.workbook = opened(bytes);
      this.grids = null;
      this.flags = null;
      this.undoPoint = null;
      this.dashboardPlace = null;
      const sheets = this.visibleSheets();
      this.publish({
        generation: this.snapshot.generation + 1,
        fileName,
        modified: false,
        sheets,
        shown: sheets[0] ?? null,
        selection: ORIGIN,
      });
    });
  }

  get isOpen(): boolean {
    return this.workbook !== null;
  }

  /** Every sheet's grid, read once per state of the workbook. */
  allGrids(): Grid[] {
    if (!this.workbook) return [];
    this.grids ??= this.workbook.pkg.readGrids();
    return this.grids;
  }

  sheetNames(): string[] {
    return this.visibleSheets();
  }

  private visibleSheets(): string[] {
    if (!this.workbook) return [];
    return this.workbook.pkg
      .worksheets()
      .filter((sheet) => sheet.state === 'visible')
      .map((sheet) => sheet.name);
  }

  /** Runs `read` on the workbook once the operations queued before it are done. */
  read<T>(read: () => T): Promise<T> {
    return this.enqueue(async () => read());
  }

  /**
   * Writes the plan `makeFill` makes from the workbook as it then is, and keeps what undo needs.
   * The flags of any earlier fill, of this session or recorded in the file, are replaced: the
   * file's flag record (xlsx/flag-record.ts) gives their cells their own styles back.
   */
  applyFill(makeFill: () => FillOutcome): Promise<FillOutcome> {
    return this.enqueue(async () => {
      const workbook = this.requireWorkbook();
      const outcome = makeFill();
      const { plan } = outcome;
      const filled = opened(writeFilled(workbook.pkg, plan));
      this.undoPoint = {
        bytes: workbook.bytes,
        flags: this.flags,
        modified: this.snapshot.modified,
      };
      this.workbook = filled;
      this.flags = { sheet: plan.sheet, flags: plan.flags };
      this.changed({ modified: true, shown: plan.sheet });
      return outcome;
    });
  }

  /**
   * Gives every flagged cell its own style back, as the file's flag record has it: the cells of
   * this session's fills, and of earlier ones (the command line's, or a download's).
   */
  clearFlags(): Promise<void> {
    return this.enqueue(async () => {
      const cleared = withoutRecordedFlags(this.requireWorkbook().pkg);
      if (cleared === null) return;
      this.workbook = opened(cleared);
      this.flags = null;
      this.changed({ modified: true });
    });
  }

  canUndo(): boolean {
    return this.undoPoint !== null;
  }

  /**
   * Adds the year N+1 sheet `makeRollover` plans, written as the command line writes it (the
   * flags the copy took from the dashboard taken off it), and shows it.
   */
  applyRollover(makeRollover: () => RolloverOutcome): Promise<RolloverOutcome> {
    return this.enqueue(async () => {
      const workbook = this.requireWorkbook();
      const outcome = makeRollover();
      const { plan } = outcome;
      const modified = this.snapshot.modified;
      this.workbook = opened(writeRolloverFile(workbook.pkg, plan).bytes);
      this.undoPoint = null;
      this.changed({ modified: true, shown: plan.newSheet });
      this.rolloverPoint = { bytes: workbook.bytes, modified };
      return outcome;
    });
  }

  /** Takes the last rollover's sheet away; false when something else changed the workbook since. */
  undoRollover(): Promise<boolean> {
    return this.enqueue(async () => {
      const point = this.rolloverPoint;
      if (!point) return false;
      this.workbook = opened(point.bytes);
      this.changed({ modified: point.modified });
      return true;
    });
  }

  /** Every sheet's name, hidden ones too (a sheet to add must not take one of them). */
  allSheetNames(): string[] {
    return this.workbook?.pkg.worksheets().map((sheet) => sheet.name) ?? [];
  }

  /** Goes back to the workbook as it was before the last fill; false when there was none. */
  undo(): Promise<boolean> {
    return this.enqueue(async () => {
      const point = this.undoPoint;
      if (!point) return false;
      this.workbook = opened(point.bytes);
      this.flags = point.flags;
      this.undoPoint = null;
      this.changed({ modified: point.modified });
      return true;
    });
  }

  /** The workbook as it stands, as .xlsx (or .xlsm) bytes. */
  save(): Promise<Uint8Array> {
    return this.enqueue(async () => this.requireWorkbook().bytes);
  }

  /** Whether the open workbook holds macros: it is then saved as .xlsm. */
  get macroEnabled(): boolean {
    return this.workbook?.pkg.macroEnabled ?? false;
  }

  /** Shows a sheet in the rendering, its first cell selected. */
  show(sheet: string): void {
    if (sheet === this.snapshot.picture?.grid.sheet) return;
    this.publish({ shown: sheet, selection: ORIGIN });
  }

  /** Shows `sheet` with `range` selected, scrolled into view. False when there is no such sheet. */
  reveal(sheet: string, range: CellRange): boolean {
    if (!this.visibleSheets().includes(sheet)) return false;
    const grid = this.allGrids().find((candidate) => candidate.sheet === sheet);
    const selection = rangeSelection(range, grid?.merges ?? []);
    this.publish({ shown: sheet, selection, reveal: this.snapshot.reveal + 1 });
    return true;
  }

  /** A selection made in the rendering itself. */
  select(selection: SheetSelection): void {
    this.publish({ selection });
  }

  /** The shown sheet and the range selected in it. */
  selectedRange(): { sheet: string; range: CellRange } | null {
    const picture = this.snapshot.picture;
    if (!picture) return null;
    return {
      sheet: picture.grid.sheet,
      range: selectionRange(this.snapshot.selection, picture.grid.merges),
    };
  }

  private requireWorkbook(): OpenWorkbook {
    if (!this.workbook) throw new Error('no workbook is open');
    return this.workbook;
  }

  /** The workbook changed: grids and the shown sheet are read again. */
  private changed(change: { modified?: boolean; shown?: string }): void {
    this.grids = null;
    this.rolloverPoint = null;
    const sheets = this.visibleSheets();
    const current = this.snapshot.picture?.grid.sheet;
    const shown = change.shown ?? (current && sheets.includes(current) ? current : sheets[0]);
    this.publish({ ...change, sheets, shown: shown ?? null });
  }

  private publish(change: {
    generation?: number;
    fileName?: string;
    modified?: boolean;
    sheets?: readonly string[];
    shown?: string | null;
    selection?: SheetSelection;
    reveal?: number;
  }): void {
    const previous = this.snapshot;
    const shownName = change.shown === undefined ? previous.picture?.grid.sheet : change.shown;
    const reread = change.shown !== undefined || change.sheets !== undefined;
    const picture = reread ? this.picture(shownName ?? null) : previous.picture;
    this.snapshot = {
      generation: change.generation ?? previous.generation,
      fileName: change.fileName ?? previous.fileName,
      modified: change.modified ?? previous.modified,
      sheets: change.sheets ?? previous.sheets,
      picture,
      notes: reread ? this.notesFor(picture) : previous.notes,
      selection: change.selection ?? previous.selection,
      reveal: change.reveal ?? previous.reveal,
    };
    for (const listener of this.listeners) listener();
  }

  private picture(sheet: string | null): SheetPicture | null {
    if (!this.workbook || sheet === null) return null;
    const grid = this.allGrids().find((candidate) => candidate.sheet === sheet);
    return grid ? pictureOf(this.workbook.pkg, grid) : null;
  }

  private notesFor(picture: SheetPicture | null): ReadonlyMap<string, FlagNote> {
    if (!picture || !this.flags || this.flags.sheet !== picture.grid.sheet) return EMPTY_NOTES;
    const notes = new Map<string, FlagNote>();
    for (const flag of this.flags.flags) {
      notes.set(cellKey(flag.row, flag.col), { kind: flag.kind, note: flag.note });
    }
    return notes;
  }
}
