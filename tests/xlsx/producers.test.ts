/**
 * Workbooks as other producers write them: strict OOXML (Excel's "Strict Open XML"), prefixed
 * elements (the Open XML SDK), cells without addresses and inline strings (LibreOffice, Google
 * Sheets exports, generators). Each reads as the sample does, and fills the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { planFill } from '../../src/core/plan';
import { findDashboard } from '../../src/core/recognise';
import { openPackage, writeFilled } from '../../src/xlsx';
import { SEED_SHEET } from '../fixtures/seed-dashboard';
import type { Parts } from '../helpers/package-edit';
import { partText, setPart, unzip, zip } from '../helpers/package-edit';

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx')),
);
const SHEET = 'xl/worksheets/sheet1.xml';

function edited(edit: (parts: Parts) => void): Uint8Array {
  const parts = unzip(SAMPLE);
  edit(parts);
  return zip(parts);
}

function eachXml(parts: Parts, change: (xml: string) => string): void {
  for (const path of Object.keys(parts)) {
    if (/\.(xml|rels)$/.test(path)) setPart(parts, path, change(partText(parts, path)));
  }
}

const strict = (parts: Parts) =>
  eachXml(parts, (xml) =>
    xml
      .replace(
        /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
        'http://purl.oclc.org/ooxml/spreadsheetml/main',
      )
      .replace(
        /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
        'http://purl.oclc.org/ooxml/officeDocument/relationships',
      )
      .replace('<workbook ', '<workbook conformance="strict" '),
  );

/** Every element of the sheet in the `x:` prefix. */
const prefixed = (parts: Parts) =>
  setPart(
    parts,
    SHEET,
    partText(parts, SHEET)
      .replace(
        /<(\/?)([a-zA-Z]+)([\s/>])/g,
        (_, slash: string, name: string, after: string) => `<${slash}x:${name}${after}`,
      )
      .replace(
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      ),
  );

/** Shared strings written inline in their cells, and cells without their `r` address. */
const inlineUnaddressed = (parts: Parts) => {
  const strings = [
    ...partText(parts, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g),
  ].map((m) => m[1]);
  const sheet = partText(parts, SHEET)
    .replace(
      /<c r="[A-Z]+\d+"((?: [st]="[^"]*")*) t="s"((?: s="[^"]*")?)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, i: string) =>
        `<c${a}${b} t="inlineStr"><is>${strings[Number(i)]}</is></c>`,
    )
    .replace(/<c r="[A-Z]+\d+"/g, '<c');
  setPart(parts, SHEET, sheet);
};

function dashboardOf(bytes: Uint8Array): Grid {
  const grid = openPackage(bytes)
    .readGrids()
    .find((g) => g.sheet === SEED_SHEET);
  if (!grid) throw new Error('no dashboard');
  return grid;
}

const SAMPLE_GRID = dashboardOf(SAMPLE);

describe.each([
  ['strict OOXML', strict, /xmlns="http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/],
  ['prefixed elements', prefixed, /<x:c r="G5" s="\d+"><x:v>/],
  [
    'inline strings and cells without addresses',
    inlineUnaddressed,
    /<c s="\d+" t="inlineStr"><is><t>Janv<\/t>/,
  ],
])('a workbook written with %s', (_label, edit, marker) => {
  const input = edited(edit);

  it('reads as the sample', () => {
    expect(partText(unzip(input), SHEET)).toMatch(marker);
    expect(dashboardOf(input)).toEqual(SAMPLE_GRID);
  });

  it('fills as the sample, and filling again changes nothing', () => {
    const fill = (bytes: Uint8Array) => {
      const pkg = openPackage(bytes);
      const found = findDashboard(pkg.readGrids());
      if (!('dashboard' in found)) throw new Error(found.error);
      const analysis = analyse(found.grid, found.dashboard, {
        today: { year: 2026, month: 11 },
        lang: 'fr',
      });
      return { bytes: writeFilled(pkg, planFill(found.grid, analysis)), analysis };
    };
    const once = fill(input);
    const reference = fill(SAMPLE);
    expect(once.analysis.findings).toEqual(reference.analysis.findings);
    const filled = dashboardOf(once.bytes);
    const expected = dashboardOf(reference.bytes);
    for (let row = 0; row < expected.rowCount; row++) {
      for (let col = 0; col < expected.colCount; col++) {
        expect({ row, col, cell: cellAt(filled, row, col) }).toEqual({
          row,
          col,
          cell: cellAt(expected, row, col),
        });
      }
    }
    const after = openPackage(once.bytes);
    expect(after.worksheets().map((sheet) => sheet.name)).toEqual([SEED_SHEET, 'Contrôle 2020']);
    expect(after.readGrid('Contrôle 2020')).toEqual(
      openPackage(reference.bytes).readGrid('Contrôle 2020'),
    );
    expect(after.strict).toBe(openPackage(input).strict);
    expect(Buffer.from(fill(once.bytes).bytes).equals(Buffer.from(once.bytes))).toBe(true);
  });
});
