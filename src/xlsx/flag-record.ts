/**
 * What a fill remembers of the cells it flagged: for each, the cell style it had before (its
 * own, as the sheet showed it) and the flag style it was given. A later fill of the copy gives
 * every such cell its own style back before flagging again: a flag whose finding is gone goes,
 * and a flag is never cloned from a flag.
 *
 * The record is a custom XML part under a namespace of its own, not data in the workbook's
 * sheets or names: Excel keeps custom XML parts when it saves (the add-in keeps its records in
 * them too) and shows them nowhere, whereas the report sheet, the part a fill already owns, is
 * there for the agent to read, edit or delete, and a defined name shows in the name manager.
 * Excel may renumber the part, so it is found by its namespace; a record missing, unreadable or
 * out of date (a cell restyled since) restores nothing, and the fill is then as without it.
 */
import { a1 } from '../core/address';
import type { XlsxPackage } from './package';
import type { SheetEditor } from './sheet-editor';
import type { StyleBook } from './style-book';
import { customXmlPath } from './custom-xml';
import { rangePosition } from './sheet-scan';
import { escapeXml, parseNamespacedXml } from './xml';

export const FLAG_RECORD_NAMESPACE = 'urn:qualepref-controle:fill:flags';
/** The record part's id in its properties part: one record per workbook, so one fixed id. */
export const FLAG_RECORD_ID = '{5E0C3B7A-91D4-4F2E-A6B8-2C7D9E1F4A03}';

export interface FlaggedCell {
  readonly row: number;
  readonly col: number;
  /** The cell style index before the flag. */
  readonly own: number;
  /** The cell style index of the flag. */
  readonly flag: number;
  /**
   * What those two styles were (StyleBook.fingerprint): a tool that renumbers the styles and
   * keeps the record makes the indices name other styles, and the cell is then left alone.
   */
  readonly ownPrint: string;
  readonly flagPrint: string;
}

function styleIndex(text: string | undefined): number | null {
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : null;
}

export class FlagRecord {
  private constructor(
    private readonly sheets: ReadonlyMap<string, readonly FlaggedCell[]>,
    /** Whether the package holds a record part (which a fill then keeps up to date). */
    readonly stored: boolean,
  ) {}

  /** The package's record; an empty one when it has none it can read. */
  static of(pkg: XlsxPackage): FlagRecord {
    const path = customXmlPath(pkg, FLAG_RECORD_NAMESPACE);
    if (path === null) return new FlagRecord(new Map(), false);
    const sheets = new Map<string, FlaggedCell[]>();
    let cells: FlaggedCell[] | null = null;
    parseNamespacedXml(path, pkg.text(path), (namespace, name, attributes) => {
      if (namespace !== FLAG_RECORD_NAMESPACE) return;
      if (name === 'sheet') {
        const sheet = attributes.name ?? '';
        cells = sheets.get(sheet) ?? [];
        sheets.set(sheet, cells);
        return;
      }
      const own = styleIndex(attributes.own);
      const flag = styleIndex(attributes.flag);
      const { ownStyle: ownPrint, flagStyle: flagPrint } = attributes;
      if (name !== 'cells' || cells === null || own === null || flag === null) return;
      if (ownPrint === undefined || flagPrint === undefined) return;
      for (const run of (attributes.r ?? '').split(' ')) {
        const range = rangePosition(run);
        // Runs are written within one row: anything else is not ours, and is not expanded.
        if (range === null || range.top !== range.bottom) continue;
        for (let col = range.left; col <= range.right; col += 1)
          cells.push({ row: range.top, col, own, flag, ownPrint, flagPrint });
      }
    });
    return new FlagRecord(sheets, true);
  }

  /** The sheets that have flagged cells in the record. */
  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  /** The cells of `sheet` flagged by the fill that wrote the record. */
  cells(sheet: string): readonly FlaggedCell[] {
    return this.sheets.get(sheet) ?? [];
  }

  /** The record with the flags of `sheet` replaced; the other sheets' kept as they were. */
  with(sheet: string, cells: readonly FlaggedCell[]): FlagRecord {
    const sheets = new Map(this.sheets);
    if (cells.length > 0) sheets.set(sheet, cells);
    else sheets.delete(sheet);
    return new FlagRecord(sheets, this.stored);
  }

  /**
   * The record's XML: per sheet, the cells of each pair of styles, in runs of a row ("G6:J6").
   * A large dashboard flags tens of thousands of cells, mostly in runs of months with the same
   * style: one element per cell made the record a megabyte to write and compress.
   */
  toXml(): string {
    let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<flags xmlns="${FLAG_RECORD_NAMESPACE}">`;
    for (const [sheet, cells] of this.sheets) {
      xml += `<sheet name="${escapeXml(sheet)}">`;
      for (const { first, runs } of runsByStyles(cells)) {
        const { own, flag, ownPrint, flagPrint } = first;
        xml += `<cells own="${own}" flag="${flag}" ownStyle="${ownPrint}" flagStyle="${flagPrint}" r="${runs.join(' ')}"/>`;
      }
      xml += '</sheet>';
    }
    return `${xml}</flags>`;
  }
}

/**
 * The cells by their pair of styles, in runs of consecutive cells of a row; each group with
 * its first cell, which carries the styles and their prints.
 */
function runsByStyles(cells: readonly FlaggedCell[]): { first: FlaggedCell; runs: string[] }[] {
  // Keyed by the two indices, without a key text per cell: a large dashboard flags thousands.
  const byStyles = new Map<number, Map<number, FlaggedCell[]>>();
  const groups: FlaggedCell[][] = [];
  for (const cell of cells) {
    let byFlag = byStyles.get(cell.own);
    if (!byFlag) byStyles.set(cell.own, (byFlag = new Map()));
    const list = byFlag.get(cell.flag);
    if (list) list.push(cell);
    else {
      const group = [cell];
      byFlag.set(cell.flag, group);
      groups.push(group);
    }
  }
  return groups.map((list) => {
    // The fill flags cells row by row, left to right: sorting is then work for nothing.
    const ordered = list.every(
      (cell, i) =>
        i === 0 ||
        cell.row > list[i - 1].row ||
        (cell.row === list[i - 1].row && cell.col > list[i - 1].col),
    );
    const sorted = ordered ? list : [...list].sort((a, b) => a.row - b.row || a.col - b.col);
    const runs: string[] = [];
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (
        j + 1 < sorted.length &&
        sorted[j + 1].row === sorted[i].row &&
        sorted[j + 1].col === sorted[j].col + 1
      )
        j += 1;
      const start = a1(sorted[i].row, sorted[i].col);
      runs.push(j === i ? start : `${start}:${a1(sorted[j].row, sorted[j].col)}`);
      i = j + 1;
    }
    return { first: list[0], runs };
  });
}

/** Cells flagged by an earlier fill get their own style back, unless restyled since. */
export function restoreOwnStyles(
  sheet: SheetEditor,
  styles: StyleBook,
  cells: readonly FlaggedCell[],
): void {
  for (const { row, col, own, flag, ownPrint, flagPrint } of cells)
    if (
      sheet.styleAt(row, col) === flag &&
      own < styles.cellStyleCount &&
      styles.fingerprint(own) === ownPrint &&
      styles.fingerprint(flag) === flagPrint
    )
      sheet.restyle(row, col, own);
}
