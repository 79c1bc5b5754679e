/**
 * The flags' record of a filled copy: a later fill of the copy, once the agent has corrected
 * it, takes off the flags whose findings are gone, flags again from each cell's own style, and
 * still gives the same bytes when nothing changed. Without a readable record the fill is as it
 * was before records existed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseA1 } from '../../src/core/address';
import type { FillPlan } from '../../src/core/types';
import { openPackage, withoutRecordedFlags } from '../../src/xlsx';
import { cellStyles } from '../helpers/shown-styles';
import type { FlaggedCell } from '../../src/xlsx/flag-record';
import { FlagRecord } from '../../src/xlsx/flag-record';
import { SEED_SHEET } from '../fixtures/seed-dashboard';
import type { Filled } from '../helpers/fill';
import { fillWorkbook } from '../helpers/fill';
import type { Parts } from '../helpers/package-edit';
import { editPackage, editPart, partText, setPart, unzip } from '../helpers/package-edit';
import { loadWorkbook, saveWorkbook } from '../oracle/exceljs-io';

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx')),
);
const TODAY = { year: 2026, month: 11 };
const DASHBOARD = 'xl/worksheets/sheet1.xml';
const RECORD = 'customXml/item1.xml';
const NAMESPACE = 'urn:qualepref-controle:fill:flags';

/** The record's entry for a cell of the dashboard, as the file engine reads it back. */
function recorded(bytes: Uint8Array, address: string): FlaggedCell | undefined {
  const { row, col } = parseA1(address) ?? { row: -1, col: -1 };
  return FlagRecord.of(openPackage(bytes))
    .cells(SEED_SHEET)
    .find((cell) => cell.row === row && cell.col === col);
}

function fill(bytes: Uint8Array): Filled {
  return fillWorkbook(bytes, TODAY);
}

function styleOf(bytes: Uint8Array, address: string): number {
  const cell = parseA1(address);
  if (!cell) throw new Error(`bad address ${address}`);
  return cellStyles(openPackage(bytes), SEED_SHEET, [cell])[0].style;
}

function styleCount(bytes: Uint8Array): number {
  const xml = partText(unzip(bytes), 'xl/styles.xml');
  return Number(/<cellXfs count="(\d+)"/.exec(xml)?.[1]);
}

/** The cell style (xf) element at `index` of the cellXfs list. */
function xfOf(bytes: Uint8Array, index: number): string {
  const xml = partText(unzip(bytes), 'xl/styles.xml');
  const list = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return list.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)?.[index] ?? '';
}

function flagged(plan: FillPlan, address: string): boolean {
  const cell = parseA1(address);
  return plan.flags.some((flag) => flag.row === cell?.row && flag.col === cell.col);
}

/** The copy with one cell element of the dashboard replaced, as the agent's correction. */
function corrected(bytes: Uint8Array, address: string, cell: (style: string) => string) {
  return editPart(bytes, DASHBOARD, (xml) =>
    xml.replace(
      new RegExp(`<c r="${address}" s="(\\d+)"(?:\\/>|>[\\s\\S]*?<\\/c>)`),
      (_, style: string) => cell(style),
    ),
  );
}

function withoutRecord(parts: Parts): void {
  for (const name of Object.keys(parts)) if (name.startsWith('customXml/')) delete parts[name];
  const rels = 'xl/_rels/workbook.xml.rels';
  setPart(
    parts,
    rels,
    partText(parts, rels).replace(/<Relationship [^>]*\/customXml"[^>]*\/>/, ''),
  );
  const types = '[Content_Types].xml';
  setPart(
    parts,
    types,
    partText(parts, types).replace(/<Override PartName="\/customXml\/[^>]*\/>/g, ''),
  );
}

describe('filling a filled copy again, after the agent corrected it', () => {
  const first = fill(SAMPLE);
  const own = styleOf(SAMPLE, 'Q6');
  // November's 87,9 % misses its objective of 90 %; 95 % does not.
  const input = corrected(first.bytes, 'Q6', (style) => `<c r="Q6" s="${style}"><v>0.95</v></c>`);
  const second = fill(input);

  it('records the flagged cells in a custom XML part of its own namespace', () => {
    const record = partText(unzip(first.bytes), RECORD);
    expect(record).toContain(`<flags xmlns="${NAMESPACE}">`);
    // Cells in runs of a row by their pair of styles and the prints of those styles:
    // `<cells own="6" flag="11" ownStyle="1a2b3c4d" flagStyle="5e6f7a8b" r="G6:J6 Q6"/>`.
    expect(record).toMatch(
      /<cells own="\d+" flag="\d+" ownStyle="[0-9a-f]{8}" flagStyle="[0-9a-f]{8}" r="[A-Z]+\d+(:[A-Z]+\d+)?( |")/,
    );
    expect(recorded(first.bytes, 'Q6')).toMatchObject({
      row: 5,
      col: 16,
      own,
      flag: styleOf(first.bytes, 'Q6'),
    });
  });

  it('leaves the flag where the styles are no longer those it recorded (renumbered since)', () => {
    // As if a tool had renumbered the styles and kept the record: the prints no longer match.
    const renumbered = editPart(input, RECORD, (xml) =>
      xml.replace(/ownStyle="[0-9a-f]{8}"/g, 'ownStyle="00000000"'),
    );
    expect(styleOf(fill(renumbered).bytes, 'Q6')).toBe(styleOf(first.bytes, 'Q6'));
  });

  it('gives a cell whose finding is gone its own style back', () => {
    expect(flagged(first.plan, 'Q6')).toBe(true);
    expect(styleOf(first.bytes, 'Q6')).not.toBe(own);
    expect(flagged(second.plan, 'Q6')).toBe(false);
    expect(styleOf(second.bytes, 'Q6')).toBe(own);
    expect(recorded(second.bytes, 'Q6')).toBeUndefined();
  });

  it('keeps every other flag', () => {
    const others = first.plan.flags.filter((flag) => !(flag.row === 5 && flag.col === 16));
    expect(second.plan.flags.map(({ row, col, color }) => ({ row, col, color }))).toEqual(
      others.map(({ row, col, color }) => ({ row, col, color })),
    );
    const pkg = openPackage(second.bytes);
    const before = cellStyles(openPackage(first.bytes), SEED_SHEET, others);
    expect(cellStyles(pkg, SEED_SHEET, others)).toEqual(before);
  });

  it('gives the same bytes when the corrected copy, once filled, is filled again', () => {
    expect(Buffer.from(fill(second.bytes).bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('flags a cell flagged before from its own style, never from its flag', () => {
    // July's 90 % of row 16 misses its objective; left blank it is an error, flagged in red.
    const blank = (bytes: Uint8Array) =>
      corrected(bytes, 'M16', (style) => `<c r="M16" s="${style}"/>`);
    const refilled = fill(blank(first.bytes));
    const fresh = fill(blank(SAMPLE));
    expect(flagged(first.plan, 'M16')).toBe(true);
    const kind = (plan: FillPlan) => plan.flags.find((f) => f.row === 15 && f.col === 12)?.kind;
    expect([kind(first.plan), kind(refilled.plan)]).toEqual(['warning', 'error']);
    expect(xfOf(refilled.bytes, styleOf(refilled.bytes, 'M16'))).toBe(
      xfOf(fresh.bytes, styleOf(fresh.bytes, 'M16')),
    );
    expect(recorded(refilled.bytes, 'M16')).toMatchObject({
      own: styleOf(SAMPLE, 'M16'),
      flag: styleOf(refilled.bytes, 'M16'),
    });
    const third = fill(refilled.bytes);
    expect(styleCount(third.bytes)).toBe(styleCount(refilled.bytes));
    expect(Buffer.from(third.bytes).equals(Buffer.from(refilled.bytes))).toBe(true);
  });

  it('leaves a cell the agent restyled since in its new style', () => {
    const restyled = corrected(input, 'Q6', () => `<c r="Q6" s="3"><v>0.95</v></c>`);
    expect(styleOf(fill(restyled).bytes, 'Q6')).toBe(3);
  });

  it('finds the record by its namespace, renumbered and under another prefix', () => {
    const renumbered = editPackage(input, (parts) => {
      const record = partText(parts, RECORD)
        .replace(`<flags xmlns="${NAMESPACE}">`, `<q:flags xmlns:q="${NAMESPACE}">`)
        .replace(/<(\/?)(sheet|cells|flags)\b/g, '<$1q:$2');
      const props = partText(parts, 'customXml/itemProps1.xml');
      const itemRels = partText(parts, 'customXml/_rels/item1.xml.rels');
      for (const name of Object.keys(parts)) if (name.startsWith('customXml/')) delete parts[name];
      setPart(parts, 'customXml/item7.xml', record);
      setPart(parts, 'customXml/itemProps7.xml', props);
      setPart(
        parts,
        'customXml/_rels/item7.xml.rels',
        itemRels.replace('itemProps1', 'itemProps7'),
      );
      const rels = 'xl/_rels/workbook.xml.rels';
      setPart(
        parts,
        rels,
        partText(parts, rels).replace('customXml/item1.xml', 'customXml/item7.xml'),
      );
      const types = '[Content_Types].xml';
      setPart(parts, types, partText(parts, types).replace('itemProps1', 'itemProps7'));
    });
    const refilled = fill(renumbered).bytes;
    expect(styleOf(refilled, 'Q6')).toBe(own);
    const parts = unzip(refilled);
    expect(parts[RECORD]).toBeUndefined();
    expect(partText(parts, 'customXml/item7.xml')).not.toContain('r="Q6"');
  });
});

describe('the flags a filled copy records, taken off without a fill', () => {
  const first = fill(SAMPLE);
  const cells = first.plan.flags.map(({ row, col }) => ({ row, col }));
  const own = cellStyles(openPackage(SAMPLE), SEED_SHEET, cells);

  it('takes them off every sheet, empties the record, and has nothing more to take off then', () => {
    // The filled copy shows flags where the copy it was filled from showed the cells' own styles.
    const shown = cellStyles(openPackage(first.bytes), SEED_SHEET, cells);
    expect(own.some((style, i) => style.style !== shown[i].style)).toBe(true);
    const cleared = withoutRecordedFlags(openPackage(first.bytes));
    expect(cleared).not.toBeNull();
    const pkg = openPackage(cleared ?? new Uint8Array());
    expect(cellStyles(pkg, SEED_SHEET, cells)).toEqual(own);
    expect(FlagRecord.of(pkg).cells(SEED_SHEET)).toEqual([]);
    expect(withoutRecordedFlags(pkg)).toBeNull();
    expect(withoutRecordedFlags(openPackage(SAMPLE))).toBeNull();
  });

  it('leaves a cell the agent restyled since in its new style', () => {
    const cleared = withoutRecordedFlags(
      openPackage(corrected(first.bytes, 'G22', () => '<c r="G22" s="0"/>')),
    );
    expect(styleOf(cleared ?? new Uint8Array(), 'G22')).toBe(0);
  });
});

describe('a filled copy without a readable record', () => {
  const first = fill(SAMPLE);
  const flag = styleOf(first.bytes, 'Q6');
  const input = corrected(first.bytes, 'Q6', (style) => `<c r="Q6" s="${style}"><v>0.95</v></c>`);

  it('fills as without records when the record part was removed: the old flag stays', () => {
    const { bytes } = fill(editPackage(input, withoutRecord));
    expect(styleOf(bytes, 'Q6')).toBe(flag);
    const q6 = (xml: string) => xml.replace(/<c r="Q6" s="\d+"/, '<c r="Q6"');
    const withRecord = fill(input).bytes;
    expect(q6(partText(unzip(bytes), DASHBOARD))).toBe(q6(partText(unzip(withRecord), DASHBOARD)));
    expect(Buffer.from(fill(bytes).bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('fills as without records when the record part is not well-formed XML', () => {
    const broken = editPart(input, RECORD, (xml) => xml.replace('</flags>', ''));
    const { bytes } = fill(broken);
    expect(styleOf(bytes, 'Q6')).toBe(flag);
    expect(partText(unzip(bytes), RECORD)).toBe(partText(unzip(broken), RECORD));
  });

  it('fills as without records after a round trip through ExcelJS, which drops custom XML', async () => {
    const saved = await saveWorkbook(await loadWorkbook(input));
    expect(Object.keys(unzip(saved)).some((name) => name.startsWith('customXml/'))).toBe(false);
    const { bytes } = fill(saved);
    expect(styleOf(bytes, 'Q6')).toBe(styleOf(saved, 'Q6'));
  });
});
