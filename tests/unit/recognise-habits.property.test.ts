/**
 * Property: inserting blank rows, section or module title rows, and quarterly or subtotal
 * columns into the seed's dashboard changes no average, no met and no finding, only the
 * positions of the cells.
 */
import fc from 'fast-check';
import { seedGrid } from '../fixtures/seed-dashboard';
import type { Variant } from '../fixtures/variants/habits';
import {
  BLANK,
  SEED_JANUARY,
  SEED_MONTH_ROW,
  insertColumn,
  insertRow,
  seedVariant,
  variantGrid,
} from '../fixtures/variants/habits';
import { analysisOf, readingOf } from '../helpers/reading';

const seedReading = readingOf(analysisOf(seedGrid()));

/** 0-based rows a row may be inserted before: the first indicator row to just past the last. */
const ROW_POSITIONS = fc.integer({ min: 4, max: 24 });
/** Where the seed's sections start, and the table's end: no vertical merge crosses them. */
const SECTION_BOUNDARIES = [4, 6, 8, 10, 14, 20, 24];
const SUBTOTALS = [
  'T1',
  'T2',
  'T3',
  'T4',
  'S1',
  'S2',
  '1er trimestre',
  'Total',
  'Cumul',
  'Total S1',
];

type Insert =
  | { readonly kind: 'blank'; readonly at: number }
  | { readonly kind: 'title'; readonly at: number; readonly text: string }
  | { readonly kind: 'merged_title'; readonly at: number; readonly text: string }
  | {
      readonly kind: 'column';
      readonly after: number;
      readonly header: string;
      readonly value: number;
    };

const titleText = fc.constantFrom(
  'Module 1 – Relations avec les usagers',
  'Accueil',
  'Engagements métier',
  'Suivi des réclamations',
);

const inserts: fc.Arbitrary<Insert[]> = fc
  .record({
    blanks: fc.uniqueArray(ROW_POSITIONS, { maxLength: 6 }),
    titles: fc.array(fc.record({ at: ROW_POSITIONS, text: titleText }), { maxLength: 4 }),
    mergedTitles: fc.array(
      fc.record({ at: fc.constantFrom(...SECTION_BOUNDARIES), text: titleText }),
      { maxLength: 3 },
    ),
    columns: fc.array(
      fc.record({
        after: fc.integer({ min: 1, max: 12 }),
        header: fc.constantFrom(...SUBTOTALS),
        value: fc.double({ min: 0, max: 100, noNaN: true }),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ blanks, titles, mergedTitles, columns }) => [
    ...blanks.map((at): Insert => ({ kind: 'blank', at })),
    ...titles.map((t): Insert => ({ kind: 'title', ...t })),
    ...mergedTitles.map((t): Insert => ({ kind: 'merged_title', ...t })),
    ...columns.map((c): Insert => ({ kind: 'column', ...c })),
  ]);

/** Columns first, right to left, then rows, bottom to top: each position is the seed's own. */
function apply(list: readonly Insert[]): Variant {
  let variant = seedVariant();
  const columns = list.filter((i) => i.kind === 'column').sort((a, b) => b.after - a.after);
  for (const insert of columns) {
    const cells: Record<number, number | string> = { [SEED_MONTH_ROW]: insert.header };
    for (let row = 4; row < variant.rows.length; row += 1) cells[row] = insert.value;
    variant = insertColumn(variant, SEED_JANUARY + insert.after, cells);
  }
  const width = variant.rows[SEED_MONTH_ROW].length;
  const rows = list.filter((i) => i.kind !== 'column').sort((a, b) => b.at - a.at);
  for (const insert of rows) {
    if (insert.kind === 'blank') variant = insertRow(variant, insert.at, BLANK);
    else if (insert.kind === 'title') variant = insertRow(variant, insert.at, [null, insert.text]);
    else
      variant = insertRow(
        variant,
        insert.at,
        [insert.text],
        [`A${insert.at + 1}:${letter(width - 1)}${insert.at + 1}`],
      );
  }
  return variant;
}

function letter(col: number): string {
  return col < 26 ? String.fromCharCode(65 + col) : `A${String.fromCharCode(65 + col - 26)}`;
}

describe('inserting spacer rows, title rows and subtotal columns into the seed', () => {
  it('changes no average, no met, no finding: only the cells’ positions', () => {
    fc.assert(
      fc.property(inserts, (list) => {
        const analysis = analysisOf(variantGrid(apply(list)));
        expect(readingOf(analysis)).toEqual(seedReading);
        expect(analysis.dashboard.unreadRows).toEqual([]);
        expect(analysis.dashboard.guesses).toEqual([]);
        expect(analysis.dashboard.columns.label).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});
