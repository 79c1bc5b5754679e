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
import { customXmlPath } from './custom-xml';
import { cellPosition } from './sheet-scan';
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
      const position = cellPosition(attributes.r ?? '');
      const own = styleIndex(attributes.own);
      const flag = styleIndex(attributes.flag);
      if (name === 'cell' && cells && position && own !== null && flag !== null)
        cells.push({ row: position[0], col: position[1], own, flag });
    });
    return new FlagRecord(sheets, true);
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

  toXml(): string {
    let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<flags xmlns="${FLAG_RECORD_NAMESPACE}">`;
    for (const [sheet, cells] of this.sheets) {
      xml += `<sheet name="${escapeXml(sheet)}">`;
      for (const { row, col, own, flag } of cells)
        xml += `<cell r="${a1(row, col)}" own="${own}" flag="${flag}"/>`;
      xml += '</sheet>';
    }
    return `${xml}</flags>`;
  }
}
