/**
 * Copies of the sample with one ordinary Excel feature each (and all of them at once), filled:
 * every part the fill has no reason to touch comes back byte for byte (its stored, compressed
 * bytes), the parts it must touch change minimally, and every cell outside the plan is
 * unchanged as ExcelJS, an independent reader, sees it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rangeA1 } from '../../src/core/address';
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { planFill } from '../../src/core/plan';
import { fillWords } from '../../src/i18n/fill-words';
import { findDashboard } from '../../src/core/recognise';
import type { FillPlan } from '../../src/core/types';
import { openPackage, writeFilled } from '../../src/xlsx';
import { SEED_SHEET } from '../fixtures/seed-dashboard';
import { FEATURES, TOO_BIG_FOR_EXCELJS, withFeatures } from '../fixtures/features/features';
import { unzip, zip } from '../helpers/package-edit';
import { worksheetToGrid } from '../oracle/exceljs-grid';
import { loadWorkbook } from '../oracle/exceljs-io';

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx')),
);
const TODAY = { year: 2026, month: 11 };
const DASHBOARD = 'xl/worksheets/sheet1.xml';
/** The parts a fill may change; the report sheet's part is new. */
const MAY_CHANGE = new Set([
  DASHBOARD,
  'xl/styles.xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  '[Content_Types].xml',
  'docProps/app.xml',
]);

function fill(bytes: Uint8Array): { bytes: Uint8Array; plan: FillPlan } {
  const pkg = openPackage(bytes);
  const found = findDashboard(pkg.readGrids());
  if (!('dashboard' in found)) throw new Error(`no dashboard: ${found.error}`);
  const plan = planFill(
    found.grid,
    analyse(found.grid, found.dashboard, { today: TODAY }),
    fillWords('fr'),
  );
  return { bytes: writeFilled(pkg, plan), plan };
}

/** Whether `after` is `before` with one element matching each of `inserted` added. */
function insertions(before: string, after: string, inserted: readonly RegExp[]): boolean {
  if (inserted.length === 0) return after === before;
  const [first, ...rest] = inserted;
  for (const match of after.matchAll(new RegExp(first.source, 'g'))) {
    const at = match.index ?? 0;
    if (insertions(before, after.slice(0, at) + after.slice(at + match[0].length), rest))
      return true;
  }
  return false;
}

function text(bytes: Uint8Array, path: string): string {
  return new TextDecoder().decode(openPackage(bytes).bytes(path));
}

function section(xml: string, name: string): string | null {
  return new RegExp(`<${name}[\\s>][\\s\\S]*?</${name}>|<${name}[^>]*/>`).exec(xml)?.[0] ?? null;
}

function inner(xml: string, name: string): string {
  const whole = section(xml, name) ?? '';
  return whole.replace(/^<[^>]*>/, '').replace(/<\/[^>]+>$/, '');
}

function dashboardGrid(grids: readonly Grid[]): Grid {
  const grid = grids.find((g) => g.sheet === SEED_SHEET);
  if (!grid) throw new Error('no dashboard');
  return grid;
}

const SAMPLE_GRID = dashboardGrid(openPackage(SAMPLE).readGrids());
const CASES: [string, string[]][] = [
  ...Object.keys(FEATURES).map((name): [string, string[]] => [name, [name]]),
  ['every feature at once', Object.keys(FEATURES)],
];

describe.each(CASES)('a copy of the sample with %s', (label, names) => {
  const input = zip(withFeatures(unzip(SAMPLE), names));
  const { bytes: output, plan } = fill(input);
  const before = openPackage(input);
  const after = openPackage(output);

  it('reads the dashboard as in the plain sample', () => {
    const grid = dashboardGrid(before.readGrids());
    expect({ ...grid, rowCount: 0, cells: grid.cells.slice(0, SAMPLE_GRID.rowCount) }).toEqual({
      ...SAMPLE_GRID,
      rowCount: 0,
    });
  });

  it('copies every part the fill has no reason to touch as stored, and drops none', () => {
    const names = before.archive.entries.map((entry) => entry.name);
    let copied = 0;
    for (const entry of before.archive.entries) {
      const out = after.entry(entry.name);
      expect({ part: entry.name, kept: out !== undefined }).toEqual({
        part: entry.name,
        kept: true,
      });
      if (MAY_CHANGE.has(entry.name) || !out) continue;
      expect({
        part: entry.name,
        same: Buffer.from(out.local).equals(Buffer.from(entry.local)),
      }).toEqual({
        part: entry.name,
        same: true,
      });
      copied++;
    }
    expect(copied).toBeGreaterThanOrEqual(names.length - MAY_CHANGE.size);
    const added = after.archive.entries
      .map((entry) => entry.name)
      .filter((name) => !before.has(name));
    const n = /^customXml\/item(\d+)\.xml$/.exec(added[1] ?? '')?.[1];
    expect(added).toEqual([
      expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/),
      `customXml/item${n}.xml`,
      `customXml/itemProps${n}.xml`,
      `customXml/_rels/item${n}.xml.rels`,
    ]);
  });

  it('changes workbook.xml by one entry, its relationships and content types by one each for the report and the flags record', () => {
    for (const [path, ...inserted] of [
      ['xl/workbook.xml', /<sheet name="Contrôle 2020" sheetId="\d+" r:id="rId\d+"\/>/],
      [
        'xl/_rels/workbook.xml.rels',
        /<Relationship Id="rId\d+" Type="[^"]+\/worksheet" Target="worksheets\/sheet\d+\.xml"\/>/,
        /<Relationship Id="rId\d+" Type="[^"]+\/customXml" Target="\.\.\/customXml\/item\d+\.xml"\/>/,
      ],
      [
        '[Content_Types].xml',
        /<Override PartName="\/xl\/worksheets\/sheet\d+\.xml" ContentType="[^"]+worksheet\+xml"\/>/,
        /<Override PartName="\/customXml\/itemProps\d+\.xml" ContentType="[^"]+customXmlProperties\+xml"\/>/,
      ],
    ] as const) {
      const changed = insertions(text(input, path), text(output, path), inserted);
      expect({ path, changed }).toEqual({ path, changed: true });
    }
    expect(text(output, 'docProps/app.xml')).toContain('<vt:lpstr>Contrôle 2020</vt:lpstr>');
    expect(after.macroEnabled).toBe(before.macroEnabled);
  });

  it('appends styles only, keeping named styles and every other list as it was', () => {
    const was = text(input, 'xl/styles.xml');
    const now = text(output, 'xl/styles.xml');
    for (const name of ['borders', 'cellStyleXfs', 'cellStyles', 'dxfs', 'tableStyles', 'extLst']) {
      expect({ name, list: section(now, name) }).toEqual({ name, list: section(was, name) });
    }
    for (const name of ['numFmts', 'fonts', 'fills', 'cellXfs']) {
      expect({ name, kept: inner(now, name).startsWith(inner(was, name)) }).toEqual({
        name,
        kept: true,
      });
    }
  });

  it('patches the dashboard sheet inside its cells only', () => {
    const was = text(input, DASHBOARD);
    const now = text(output, DASHBOARD);
    const tail = (xml: string) => xml.slice(xml.indexOf('</sheetData>'));
    expect(tail(now)).toBe(tail(was));
    const head = (xml: string) =>
      xml
        .slice(0, xml.indexOf('<sheetData'))
        .replace(/<dimension [^>]*\/>/, '')
        .replace(/<col min="21" max="21" width="16" customWidth="1"\/>/, '');
    expect(head(now)).toBe(head(was));
  });

  it('keeps every cell outside the plan, as ExcelJS reads them', async () => {
    if (names.some((name) => TOO_BIG_FOR_EXCELJS.has(name))) return;
    const read = async (bytes: Uint8Array) => {
      const sheet = (await loadWorkbook(bytes)).getWorksheet(SEED_SHEET);
      if (!sheet) throw new Error(`${label}: no dashboard`);
      return worksheetToGrid(sheet);
    };
    const [was, now] = [await read(input), await read(output)];
    const written = new Set(plan.writes.map((write) => `${write.row}:${write.col}`));
    let compared = 0;
    for (let row = 0; row < Math.max(was.rowCount, now.rowCount); row++) {
      for (let col = 0; col < Math.max(was.colCount, now.colCount); col++) {
        if (written.has(`${row}:${col}`)) continue;
        const { value, formula, format, kind } = cellAt(now, row, col);
        const old = cellAt(was, row, col);
        expect({ row, col, value, formula, format, kind }).toEqual({
          row,
          col,
          value: old.value,
          formula: old.formula,
          format: old.format,
          kind: old.kind,
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(400);
    expect(now.merges.map(rangeA1).sort()).toEqual(was.merges.map(rangeA1).sort());
  });

  it('gives the same bytes when the filled copy is filled again', () => {
    expect(Buffer.from(fill(output).bytes).equals(Buffer.from(output))).toBe(true);
  });
});
