/**
 * The year N+1 sheet's XML: the year-N sheet part as it is (formats, merges, widths, validations,
 * conditional formats, views, print settings), with the `<c>` elements of the plan's cells
 * changed. A cell keeps its style; a number written gets the style with the plan's format.
 */
import { a1, columnIndex } from '../core/address';
import type { RolloverPlan } from '../core/rollover-types';
import type { StyleBook } from './rollover-styles';
import { attributes, escapeXml } from './rollover-xml';

type CellChange =
  | { readonly kind: 'clear' }
  | { readonly kind: 'value'; readonly value: string | number; readonly format: string | null };

interface ParsedCell {
  readonly col: number;
  xml: string;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const CELL_REF = /^([A-Z]{1,3})(\d+)$/;

/** The plan's changes by 0-based row, then column. */
function changesOf(plan: RolloverPlan): Map<number, Map<number, CellChange>> {
  const rows = new Map<number, Map<number, CellChange>>();
  const set = (row: number, col: number, change: CellChange) => {
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = new Map()));
    cells.set(col, change);
  };
  for (const area of plan.clears)
    for (let row = area.top; row <= area.bottom; row += 1)
      for (let col = area.left; col <= area.right; col += 1) set(row, col, { kind: 'clear' });
  for (const write of plan.writes)
    set(write.row, write.col, { kind: 'value', value: write.value, format: write.format });
  return rows;
}

/** The sheet XML with the plan's cells changed; `styles` receives the formats it needs. */
export function patchSheetXml(xml: string, plan: RolloverPlan, styles: StyleBook): string {
  const changes = changesOf(plan);
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!data || data.index === undefined) return xml;
  const removedShared = new Set<string>();
  const out: string[] = [];
  let previousRow = -1;
  const emitNewRowsBefore = (row: number) => {
    for (const [r, cells] of [...changes].sort((a, b) => a[0] - b[0])) {
      if (r >= row) break;
      const xmlRow = newRow(r, cells, styles);
      if (xmlRow) out.push(xmlRow);
      changes.delete(r);
    }
  };
  for (const match of (data[1] ?? '').matchAll(ROW)) {
    const attrs = attributes(`<row${match[1]}>`);
    const row = attrs.has('r') ? Number(attrs.get('r')) - 1 : previousRow + 1;
    previousRow = row;
    emitNewRowsBefore(row);
    const cells = changes.get(row);
    if (!cells) {
      out.push(match[0]);
      continue;
    }
    changes.delete(row);
    out.push(patchRow(match[0], match[1], match[2] ?? '', row, cells, styles, removedShared));
  }
  emitNewRowsBefore(Infinity);
  let body = out.join('');
  if (removedShared.size > 0) body = dropOrphanSharedFormulas(body, removedShared);
  const open = /^<sheetData\b[^>]*?\/>$/.test(data[0])
    ? '<sheetData>'
    : data[0].slice(0, data[0].indexOf('>') + 1);
  const sheetData = `${open}${body}</sheetData>`;
  return `${xml.slice(0, data.index)}${sheetData}${xml.slice(data.index + data[0].length)}`;
}

function patchRow(
  whole: string,
  rowAttrs: string,
  inner: string,
  row: number,
  changes: ReadonlyMap<number, CellChange>,
  styles: StyleBook,
  removedShared: Set<string>,
): string {
  const cells: ParsedCell[] = [];
  let previousCol = -1;
  for (const match of inner.matchAll(CELL)) {
    const attrs = attributes(`<c${match[1]}>`);
    const ref = CELL_REF.exec(attrs.get('r') ?? '');
    const col = ref ? columnIndex(ref[1]) : previousCol + 1;
    previousCol = col;
    const change = changes.get(col);
    if (!change) {
      cells.push({ col, xml: match[0] });
      continue;
    }
    const master = sharedMaster(match[2] ?? '');
    if (master !== null) removedShared.add(master);
    cells.push({ col, xml: cellXml(row, col, attrs.get('s') ?? null, change, styles) });
  }
  const present = new Set(cells.map((cell) => cell.col));
  for (const [col, change] of changes)
    if (!present.has(col) && change.kind === 'value')
      cells.push({ col, xml: cellXml(row, col, null, change, styles) });
  cells.sort((a, b) => a.col - b.col);
  // Cells kept as written: anything else in the row (extLst) follows them.
  const rest = inner.replace(CELL, '');
  const open = `<row${rowAttrs}>`;
  if (whole.endsWith('/>') && cells.length === 0) return whole;
  return `${open.replace(/\/>$/, '>')}${cells.map((cell) => cell.xml).join('')}${rest}</row>`;
}

function newRow(
  row: number,
  changes: ReadonlyMap<number, CellChange>,
  styles: StyleBook,
): string | null {
  const cells = [...changes]
    .filter(([, change]) => change.kind === 'value')
    .sort((a, b) => a[0] - b[0])
    .map(([col, change]) => cellXml(row, col, null, change, styles));
  return cells.length === 0 ? null : `<row r="${row + 1}">${cells.join('')}</row>`;
}

function cellXml(
  row: number,
  col: number,
  style: string | null,
  change: CellChange,
  styles: StyleBook,
): string {
  const ref = a1(row, col);
  if (change.kind === 'clear') return `<c r="${ref}"${styleAttr(style)}/>`;
  if (typeof change.value === 'number') {
    const s =
      change.format === null ? style : String(styles.withFormat(Number(style ?? 0), change.format));
    return `<c r="${ref}"${styleAttr(s)}><v>${String(change.value)}</v></c>`;
  }
  const text = escapeXml(change.value);
  return `<c r="${ref}"${styleAttr(style)} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

function styleAttr(style: string | null): string {
  return style === null || style === '0' ? '' : ` s="${style}"`;
}

/** The shared-formula index a cell's formula defines (it holds the `ref`), or null. */
function sharedMaster(inner: string): string | null {
  const formula = /<f\b([^>]*)>/.exec(inner);
  if (!formula) return null;
  const attrs = attributes(`<f${formula[1]}>`);
  return attrs.get('t') === 'shared' && attrs.has('ref') ? (attrs.get('si') ?? null) : null;
}

/**
 * Cells that used a shared formula whose defining cell was emptied keep their last value as a
 * constant: without the definition, Excel would find the sheet damaged.
 */
function dropOrphanSharedFormulas(body: string, removed: ReadonlySet<string>): string {
  return body.replace(/<f\b([^>]*?)(?:\/>|>[^<]*<\/f>)/g, (formula, attrText: string) => {
    const attrs = attributes(`<f${attrText}>`);
    const orphan =
      attrs.get('t') === 'shared' && !attrs.has('ref') && removed.has(attrs.get('si') ?? '');
    return orphan ? '' : formula;
  });
}
