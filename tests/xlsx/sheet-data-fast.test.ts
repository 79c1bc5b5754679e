/**
 * The fast sheetData reader against saxes: whatever it accepts, it reads exactly as the saxes
 * scan does; whatever leaves its subset of XML, it gives up on, and the saxes scan decides
 * (reading it, or saying the part is damaged). It must also accept what Excel, LibreOffice and
 * our own writer produce, or it would be no faster.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyse } from '../../src/core/analyse';
import { planFill } from '../../src/core/plan';
import { findDashboard } from '../../src/core/recognise';
import { fillWords } from '../../src/i18n/fill-words';
import { openPackage, writeFilled } from '../../src/xlsx';
import { PLAIN_CELL, readSheetData } from '../../src/xlsx/sheet-data-fast';
import type { SheetScan } from '../../src/xlsx/sheet-scan';
import { SheetEditor } from '../../src/xlsx/sheet-editor';
import { scanSheet } from '../../src/xlsx/sheet-scan';
import { WorkbookError } from '../../src/xlsx/workbook-error';
import { fastScan, scanWorksheet } from '../../src/xlsx/worksheet-scan';
import { textFeed } from '../../src/xlsx/xml';
import { habitWorkbook } from '../fixtures/variants/habit-files';
import { HABITS } from '../fixtures/variants/habits';
import { partText, unzip } from '../helpers/package-edit';

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx')),
);
const TODAY = { year: 2021, month: 2 };

function bySaxes(xml: string): SheetScan {
  return scanSheet('sheet.xml', textFeed(xml));
}

/** The scan of the part, without the places only the fast reader gives (the sheet editor's). */
function scanned(xml: string): SheetScan {
  const scan = scanWorksheet('sheet.xml', xml);
  return {
    cells: scan.cells,
    merges: scan.merges,
    columns: scan.columns,
    hiddenRows: scan.hiddenRows,
  };
}

/**
 * The sheet editor on the fast reader's places and on its own search give the same part, after
 * restyling every cell the scan found, rewriting some and adding cells and a row.
 */
function expectSameEdits(xml: string): void {
  const scan = fastScan('sheet.xml', xml);
  expect(scan?.places).toBeDefined();
  const edited = (editor: SheetEditor) => {
    for (const [i, cell] of (scan?.cells ?? []).entries()) {
      const style = editor.styleAt(cell.row, cell.col);
      if (i % 3 === 0) editor.write(cell.row, cell.col, { kind: 'number', value: i }, style);
      else editor.restyle(cell.row, cell.col, style + 1);
    }
    editor.write(0, 30, { kind: 'text', value: 'ajout' }, 0);
    editor.write(5000, 2, { kind: 'text', value: 'ligne ajoutée' }, 0);
    return editor.toXml();
  };
  expect(edited(new SheetEditor(xml, scan?.places ?? null))).toBe(edited(new SheetEditor(xml)));
}

/** Where the sheetData of `xml` starts its content, and its qualified name. */
function sheetDataOf(xml: string): { from: number; name: string } {
  const match = /<((?:\w+:)?sheetData)(?:\s[^>]*)?>/.exec(xml);
  if (match === null) throw new Error('no sheetData');
  return { from: match.index + match[0].length, name: match[1] };
}

function fastRead(xml: string) {
  const { from, name } = sheetDataOf(xml);
  return readSheetData(xml, from, name);
}

/** Both readings of `xml`: equal, and the fast one taken. */
function expectFastAndSame(xml: string): void {
  expect(fastRead(xml)).not.toBeNull();
  expect(fastScan('sheet.xml', xml)).not.toBeNull();
  expect(scanned(xml)).toEqual(bySaxes(xml));
  expectSameEdits(xml);
}

function worksheets(bytes: Uint8Array): string[] {
  const parts = unzip(bytes);
  return Object.keys(parts)
    .filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path))
    .map((path) => partText(parts, path));
}

function filledSample(): Uint8Array {
  const pkg = openPackage(SAMPLE);
  const found = findDashboard(pkg.readGrids());
  if (!('dashboard' in found)) throw new Error('no dashboard');
  const analysis = analyse(found.grid, found.dashboard, { today: TODAY });
  return writeFilled(pkg, planFill(found.grid, analysis, fillWords('fr')));
}

const WORKSHEET = (data: string, name = 'sheetData') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C3"/><${name}>${data}</${name}><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;

describe('what producers write is read fast, and as saxes reads it', () => {
  it('the sample, and the sample once filled (inline strings of our own writer)', () => {
    for (const xml of [...worksheets(SAMPLE), ...worksheets(filledSample())])
      expectFastAndSame(xml);
  });

  it.each(Object.keys(HABITS))('the %s habit, as Excel and LibreOffice write it', async (habit) => {
    for (const writer of ['excel', 'libreoffice'] as const)
      for (const xml of worksheets(await habitWorkbook(HABITS[habit](), writer)))
        expectFastAndSame(xml);
  });

  it('prefixes, spaces and line breaks between tags, single quotes, entities, no addresses', () => {
    const data = [
      `<x:row r='1' spans="1:3" x14ac:dyDescent="0.25">\n  <x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> Taux &amp; délai &#8239;% &#x41;</x:t><x:t>!</x:t></x:is></x:c>`,
      `  <x:c t="s" s='2'><x:v>0</x:v></x:c>\n  <x:c><x:f t="shared" ref="C1:C3" si="0">AVERAGE(A1:B1)&lt;1</x:f><x:v>0.5</x:v></x:c>\n</x:row>`,
      `<x:row hidden="1"><x:c r="B2" t="e"><x:v>#DIV/0!</x:v></x:c><x:c/><x:c r="D2"><x:v/></x:c></x:row>`,
      `<x:row r="5" hidden="true"/><x:row><x:c><x:f/></x:c><x:c t="str"><x:f t="array" ref="B6">"a"&amp;"b"</x:f><x:v>ab</x:v></x:c></x:row>`,
    ].join('\n');
    const xml = WORKSHEET(data, 'x:sheetData')
      .replace(/<(\/?)(worksheet|dimension|mergeCells|mergeCell)\b/g, '<$1x:$2')
      .replace('xmlns=', 'xmlns:x=');
    expectFastAndSame(xml);
    const scan = scanWorksheet('sheet.xml', xml);
    expect(scan.cells[0].value).toBe(' Taux & délai \u202f% A!');
    expect(scan.hiddenRows).toEqual([1, 4]);
    expect(scan.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });
});

describe('outside its subset, the fast reader gives up and saxes decides', () => {
  const CELL = '<row r="1"><c r="A1"><v>1</v></c></row>';
  it.each([
    ['a comment', '<row r="1"><!-- note --><c r="A1"><v>1</v></c></row>'],
    ['CDATA', '<row r="1"><c r="A1" t="str"><v><![CDATA[a<b]]></v></c></row>'],
    ['a processing instruction', `<?mso x?>${CELL}`],
    ['a rich-text run', '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r></is></c></row>'],
    ['a carriage return in text', '<row r="1"><c r="A1" t="str"><v>a\r\nb</v></c></row>'],
    ['a tab in an attribute', '<row r="1"><c r="A1" s="\t1"><v>1</v></c></row>'],
    ['an element it does not know', '<row r="1"><c r="A1"><v>1</v><extLst/></c></row>'],
    ['text between cells', '<row r="1">x<c r="A1"><v>1</v></c></row>'],
    ['a space in an end tag', '<row r="1"><c r="A1"><v>1</v></c ></row >'],
  ])('%s', (_, data) => {
    const xml = WORKSHEET(data);
    expect(fastRead(xml)).toBeNull();
    expect(scanned(xml)).toEqual(bySaxes(xml));
  });

  it.each([
    ['an unknown entity', '<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>'],
    [
      'an entity named like an object property',
      '<row r="1"><c r="A1" t="str"><v>&constructor;</v></c></row>',
    ],
    ['a bare ampersand', '<row r="1"><c r="A1" t="str"><v>a & b</v></c></row>'],
    ['a duplicate attribute', '<row r="1"><c r="A1" r="B1"><v>1</v></c></row>'],
    ['an end tag of another element', '<row r="1"><c r="A1"><v>1</v></row></c>'],
    ['a cell left open', '<row r="1"><c r="A1"><v>1</v></row>'],
    ['a character XML forbids', '<row r="1"><c r="A1" t="str"><v>a&#1;</v></c></row>'],
  ])('%s: damaged, as saxes says', (_, data) => {
    const xml = WORKSHEET(data);
    expect(fastRead(xml)).toBeNull();
    expect(() => scanWorksheet('sheet.xml', xml)).toThrow(WorkbookError);
  });
});

/** `scanWorksheet` and saxes on the whole part agree: the same scan, or both refuse it. */
function expectSameAsSaxes(xml: string): void {
  let expected: SheetScan | Error;
  try {
    expected = bySaxes(xml);
  } catch (error) {
    expected = error as Error;
  }
  if (expected instanceof Error)
    expect(() => scanWorksheet('sheet.xml', xml)).toThrow(WorkbookError);
  else {
    expect(scanned(xml)).toEqual(expected);
    if (fastScan('sheet.xml', xml) !== null) expectSameEdits(xml);
  }
}

describe('where the fast reader could be fooled, the scan stays the saxes scan', () => {
  const CELL = '<row r="1"><c r="A1"><v>1</v></c></row>';
  const ROOT = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  it.each([
    ['a no-break space in a tag', WORKSHEET('<row r="1"><c\u00a0r="A1"><v>1</v></c></row>')],
    [
      'an ideographic space around =',
      WORKSHEET('<row r="1"><c r\u3000=\u3000"A1"><v>1</v></c></row>'),
    ],
    ['a form feed before an attribute', WORKSHEET('<row r="1"><c\fr="A1"><v>1</v></c></row>')],
    [
      'a no-break space before an end tag',
      WORKSHEET('<row r="1"><c r="A1"><v>1</v></c\u00a0></row>'),
    ],
    [
      'XML 1.1 line ends',
      `<?xml version="1.1"?>${ROOT}<sheetData><row r="1"><c r="A1" t="str"><v>a\u0085b</v></c></row></sheetData></worksheet>`,
    ],
    [
      'XML 1.1 controls',
      `<?xml version="1.1"?>${ROOT}<sheetData><row r="1"><c r="A1" t="str"><v>a\u007fb</v></c></row></sheetData></worksheet>`,
    ],
    [
      'a processing instruction hiding a sheetData',
      `${ROOT}<?x <sheetData>${CELL}</sheetData>?><sheetData/></worksheet>`,
    ],
    [
      'a sheetData nested in another element',
      `${ROOT}<sheetPr><sheetData>${CELL}</sheetData></sheetPr><sheetData/></worksheet>`,
    ],
    ['a sheetData as the root', `<sheetData>${CELL}</sheetData>`],
    [
      'two sheetData',
      `${ROOT}<sheetData>${CELL}</sheetData><sheetData><row r="2"><c r="A2"><v>2</v></c></row></sheetData></worksheet>`,
    ],
  ])('%s', (_, xml) => {
    expectSameAsSaxes(xml);
  });

  // The saxes scan reads its part in pieces of 64 KiB and stops after the piece holding the first
  // element after the merged areas: the scan of the rest must stop at the same places.
  const rows = (count: number) =>
    Array.from(
      { length: count },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
  it('a fault after the scan stops, in the last piece read on the whole part', () => {
    const head = `${ROOT}<sheetData>${rows(3000)}</sheetData><conditionalFormatting/>`;
    const pad = ' '.repeat(3 * 64 * 1024 + 100 - head.length);
    expectSameAsSaxes(`${head}${pad}<bad<</worksheet>`);
    expectSameAsSaxes(`${head}<bad<</worksheet>`);
  });

  it('an element where the scan stops, before a sheetData that runs past the first piece', () => {
    expectSameAsSaxes(`${ROOT}<hyperlinks/><sheetData>${rows(5000)}</sheetData></worksheet>`);
  });
});

describe('the places the fast reader gives the sheet editor', () => {
  it('are used only for the text they were read from', () => {
    const xml = WORKSHEET('<row r="1"><c r="A1" s="2"><v>1</v></c><c r="B1" s="3"/></row>');
    const places = fastScan('sheet.xml', xml)?.places ?? null;
    expect(places).not.toBeNull();
    // One character more before the rows: every place is one off.
    const other = xml.replace('<dimension ref="A1:C3"/>', '<dimension ref="A1:C30"/>');
    const edited = (editor: SheetEditor) => {
      editor.restyle(0, 1, 7);
      editor.write(0, 0, { kind: 'number', value: 5 }, 2);
      return editor.toXml();
    };
    expect(edited(new SheetEditor(other, places))).toBe(edited(new SheetEditor(other)));
    expect(edited(new SheetEditor(xml, places))).toBe(edited(new SheetEditor(xml)));
  });
});

/** Random sheetData in and around the fast reader's subset. */
const text = fc.constantFrom(
  '1',
  '0.5',
  '-3',
  'COVID',
  ' a b ',
  '&amp;',
  '&lt;x&gt;',
  '&#233;',
  'é’',
  '',
  '&#x1F600;',
  '\n',
  ']]>',
);
const attribute = fc.tuple(
  fc.constantFrom('r', 's', 't', 'ref', 'si', 'hidden', 'spans', 'x14ac:dyDescent'),
  fc.constantFrom('A1', 'B2', 'AA10', '3', 'true', '1', 's', 'inlineStr', '&quot;', 'a\tb', ''),
  fc.constantFrom('"', "'"),
);
const attributes = fc
  .array(attribute, { maxLength: 3 })
  .map((list) => list.map(([name, value, quote]) => ` ${name}=${quote}${value}${quote}`).join(''));
const space = fc.constantFrom('', '', ' ', '\n  ', '\r\n');
const value = fc.oneof(
  fc.tuple(attributes, text).map(([a, t]) => `<v${a}>${t}</v>`),
  fc.constant('<v/>'),
  fc.tuple(attributes, text).map(([a, t]) => `<f${a}>${t}</f>`),
  fc.tuple(text, text).map(([a, b]) => `<is><t>${a}</t><t xml:space="preserve">${b}</t></is>`),
  fc.constantFrom('<is/>', '<is><r><t>x</t></r></is>', '<!--c-->', 'x', '<v>1</c>'),
);
const cell = fc.oneof(
  attributes.map((a) => `<c${a}/>`),
  fc
    .tuple(attributes, fc.array(value, { maxLength: 3 }), space)
    .map(([a, values, s]) => `<c${a}>${s}${values.join(s)}${s}</c>`),
);
const row = fc.oneof(
  attributes.map((a) => `<row${a}/>`),
  fc
    .tuple(attributes, fc.array(cell, { maxLength: 4 }), space)
    .map(([a, cells, s]) => `<row${a}>${s}${cells.join(s)}</row>`),
);

describe('random sheetData', () => {
  it('the fast reader reads as saxes, or gives up; the scan fails only where saxes fails', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), space, (rows, s) => {
        const xml = WORKSHEET(rows.join(s));
        expectSameAsSaxes(xml);
        if (fastRead(xml) !== null) fast += 1;
      }),
      { numRuns: 1500 },
    );
    // The generator reaches both sides: the fast reader's subset and what it leaves to saxes.
    expect(fast).toBeGreaterThan(150);
    expect(fast).toBeLessThan(1350);
  });
});

/**
 * Cells in and near the shape the reader takes whole (PLAIN_CELL): `r`, `s`, `t` in this order
 * or another, addresses and values at the edges of what it takes.
 */
const plainAttribute = (name: string, values: readonly string[]) =>
  fc.option(
    fc
      .tuple(fc.constantFrom(...values), fc.constantFrom('"', '"', "'"))
      .map(([v, quote]) => ` ${name}=${quote}${v}${quote}`),
    { nil: '' },
  );
const plainCell = fc
  .tuple(
    plainAttribute('r', ['A1', 'G41', 'XFD1048576', 'AAAA1', 'A0', 'A01', 'a1', '$A$1', 'A 1']),
    plainAttribute('s', ['0', '4', '007', '', 'x', '4294967296']),
    plainAttribute('t', ['s', 'str', 'e', 'b', 'n', 'd', '', 'inlineStr', 'x:y']),
    fc.boolean(),
    fc.constantFrom(
      '',
      '<v>1</v>',
      '<v>0.95</v>',
      '<v>#DIV/0!</v>',
      '<v></v>',
      '<v/>',
      '<v>a]b</v>',
      '<v>\t</v>',
      '<v>é\u00a0%</v>',
      '<v>\ud83d\ude00</v>',
      '<v>&amp;</v>',
      '<f>AVERAGE(G41:R41)</f><v>38.25</v>',
      '<f>A1&gt;2</f><v>1</v>',
      '<f></f><v></v>',
      '<f>1</f>',
      '<v>1</v><f>1</f>',
      '<f t="shared" ref="A1:A2" si="0">1</f><v>1</v>',
      '<is><t>x</t></is>',
      '<is><t>Pas de données</t></is>',
      '<is><t></t></is>',
      '<is><t xml:space="preserve"> a </t></is>',
      '<is><t>a</t><t>b</t></is>',
      '<v>1</v><is><t>x</t></is>',
    ),
    fc.constantFrom('/>', '></c>', '></c >'),
  )
  .map(([r, s, t, reorder, content, end]) => {
    const list = reorder ? `${t}${r}${s}` : `${r}${s}${t}`;
    return content === '' ? `<c${list}${end}` : `<c${list}>${content}</c>`;
  });

/** Whether the whole of `cell` is one plain cell, which the reader takes in one step. */
function isPlain(cell: string): boolean {
  PLAIN_CELL.lastIndex = 0;
  return PLAIN_CELL.test(cell) && PLAIN_CELL.lastIndex === cell.length;
}

describe('random plain cells', () => {
  it('are read as saxes reads them, or given up on where saxes would fail', () => {
    let fast = 0;
    let plain = 0;
    fc.assert(
      fc.property(fc.array(plainCell, { minLength: 1, maxLength: 4 }), (cells) => {
        const xml = WORKSHEET(`<row r="1">${cells.join('')}</row>`);
        expectSameAsSaxes(xml);
        if (fastRead(xml) === null) return;
        fast += 1;
        plain += cells.filter(isPlain).length;
      }),
      { numRuns: 1500 },
    );
    // Both ways of reading a cell are reached: whole, and tag by tag.
    expect(fast).toBeGreaterThan(300);
    expect(plain).toBeGreaterThan(10);
  });

  it('are most of what Excel and our own writer produce', () => {
    const cells = [...worksheets(SAMPLE), ...worksheets(filledSample())].flatMap(
      (xml) => xml.match(/<c\b[^>]*?(?:\/>|>.*?<\/c>)/g) ?? [],
    );
    expect(cells.filter(isPlain).length / cells.length).toBeGreaterThan(0.9);
  });
});
