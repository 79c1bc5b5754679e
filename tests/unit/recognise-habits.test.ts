/**
 * Each habit of domain.md ("How other sites keep the same dashboard") applied to the seed: the
 * reading is the seed's answer key, cell positions aside, and recognition says what it did.
 */
import { columnIndex } from '../../src/core/address';
import { recognise } from '../../src/core/recognise';
import { toJsonReport } from '../../src/core/report-json';
import type { Dashboard } from '../../src/core/types';
import { findingMessage, messagesIn } from '../../src/i18n/findings';
import { seedGrid } from '../fixtures/seed-dashboard';
import type { Variant } from '../fixtures/variants/habits';
import {
  HABITS,
  insertRow,
  seedVariant,
  variantGrid,
  withCells,
} from '../fixtures/variants/habits';
import { analysisOf, readingOf } from '../helpers/reading';

const seedReading = readingOf(analysisOf(seedGrid()));

function dashboardOf(variant: Variant): Dashboard {
  const recognition = recognise(variantGrid(variant));
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  return recognition.dashboard;
}

const letters = (from: string, count: number): number[] =>
  Array.from({ length: count }, (_, i) => columnIndex(from) + i);

const SAME_AS_SEED = [
  'spacerRows',
  'mergedTitleRows',
  'moduleTitleRows',
  'subtotalColumns',
  'hiddenHelpers',
  'dates1900',
  'dates1904',
  'covidMerged',
  'closedMerged',
  'mergedOverRows',
  'textShortYear',
  'textLongYear',
  'textMonthSlashYear',
  'textYearDashMonth',
];

describe('every habit reads as the seed', () => {
  it('lists a variant for every habit', () => {
    expect(Object.keys(HABITS).sort()).toEqual([...SAME_AS_SEED, 'twoYearBlocks'].sort());
  });

  it.each(SAME_AS_SEED)('%s: same indicators, averages, met and findings', (habit) => {
    const variant = HABITS[habit]();
    const analysis = analysisOf(variantGrid(variant));
    expect(readingOf(analysis)).toEqual(seedReading);
    expect(analysis.dashboard.unreadRows).toEqual([]);
    expect(analysis.dashboard.guesses).toEqual([]);
  });
});

describe('what each habit changes in the layout', () => {
  it('spacer rows: every row below the first section is read, the label column stays B', () => {
    const dashboard = dashboardOf(HABITS.spacerRows());
    expect(dashboard.rows).toHaveLength(20);
    expect(dashboard.rows[19].row).toBe(28);
    expect(dashboard.columns).toMatchObject({ section: 0, label: 1 });
  });

  it('merged title rows: skipped, the sections still named', () => {
    const dashboard = dashboardOf(HABITS.mergedTitleRows());
    expect(dashboard.rows).toHaveLength(20);
    expect(dashboard.columns).toMatchObject({ section: 0, label: 1 });
    expect(dashboard.rows[2]).toMatchObject({ section: 'Accueil dématérialisé' });
  });

  it('subtotal columns: the twelve months skip T1…T4 and S1, Moyenne stays Moyenne', () => {
    const dashboard = dashboardOf(HABITS.subtotalColumns());
    expect(dashboard.columns.months).toEqual([6, 7, 8, 10, 11, 12, 15, 16, 17, 19, 20, 21]);
    expect(dashboard.columns.comment).toBe(columnIndex('AA'));
    expect(dashboard.columns.average).toBe(columnIndex('AB'));
  });

  it('hidden helpers: the hidden column and the hidden row are passed over', () => {
    const dashboard = dashboardOf(HABITS.hiddenHelpers());
    expect(dashboard.columns.months).toEqual([...letters('G', 6), ...letters('N', 6)]);
    expect(dashboard.rows.map((row) => row.row)).not.toContain(10);
  });

  it.each(['dates1900', 'dates1904'])('%s: dated month headers give the months and 2020', (h) => {
    const dashboard = dashboardOf(HABITS[h]());
    expect(dashboard.columns.months).toEqual(letters('G', 12));
    expect(dashboard.year).toBe(2020);
  });

  it('1904 serials read in the 1900 system would name other months: the system matters', () => {
    const variant = HABITS.dates1904();
    const recognition = recognise(variantGrid({ ...variant, date1904: false }));
    expect(recognition.ok && recognition.dashboard.year).not.toBe(2020);
  });

  it('merged values: the merge is listed, each covered cell reads as its value', () => {
    const dashboard = dashboardOf(HABITS.covidMerged());
    expect(dashboard.valueMerges).toContainEqual({ top: 6, left: 8, bottom: 6, right: 11 });
    const rows = dashboardOf(HABITS.mergedOverRows()).valueMerges;
    expect(rows).toEqual([
      { top: 10, left: 2, bottom: 13, right: 2 },
      { top: 14, left: 5, bottom: 15, right: 5 },
    ]);
  });

  it('a title merged across the table is not a merged value', () => {
    expect(dashboardOf(HABITS.mergedTitleRows()).valueMerges).toEqual([]);
  });
});

describe('two year blocks', () => {
  const variant = HABITS.twoYearBlocks();
  const analysis = analysisOf(variantGrid(variant));

  it('reads the latest year, 2020, and lists 2019 as the other block', () => {
    expect(analysis.dashboard.year).toBe(2020);
    expect(analysis.dashboard.columns.months).toEqual(letters('S', 12));
    expect(analysis.dashboard.otherBlocks).toEqual([{ months: letters('G', 12), year: 2019 }]);
  });

  it('gives the seed’s reading plus one LAYOUT_GUESSED saying which block', () => {
    const reading = readingOf(analysis);
    expect(reading.indicators).toEqual(seedReading.indicators);
    expect(reading.findings).toEqual([...seedReading.findings, 'LAYOUT_GUESSED |  | null'].sort());
    const guessed = analysis.findings.find((finding) => finding.code === 'LAYOUT_GUESSED');
    expect(guessed).toMatchObject({ cell: 'S4', severity: 'warning' });
    expect(guessed && findingMessage(guessed, 'fr')).toContain(
      'le bloc 2020 est lu (l’année la plus récente)',
    );
    expect(guessed && findingMessage(guessed, 'fr')).toContain('pas celui de 2019');
  });
});

describe('objectives as other sites write them', () => {
  const complaints = [
    null,
    'Nombre de réclamations reçues',
    'E3',
    '-',
    '-',
    0,
    ...[0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    'Une réclamation en mars',
    null,
  ];

  it('zero complaint: a 0 is "at most 0", and a complaint misses it', () => {
    const variant = insertRow(HABITS.spacerRows(), 15, complaints);
    const analysis = analysisOf(variantGrid(variant));
    const row = analysis.indicators.find((i) => i.label === 'Nombre de réclamations reçues');
    expect(row).toMatchObject({
      unit: 'count',
      objective: { text: '0', op: '<=', value: 0 },
      met: false,
    });
    expect(toJsonReport(analysis, 'x.xlsx', messagesIn('fr')).indicators).toContainEqual(
      expect.objectContaining({
        label: 'Nombre de réclamations reçues',
        objective: { text: '0', op: '<=', value: 0 },
      }),
    );
  });

  it('a bare number on a count row is "at least", and the JSON report shows the reading', () => {
    const variant = withCells(seedVariant(), [[20, 5, 30]]);
    const analysis = analysisOf(variantGrid(variant));
    const pn = analysis.indicators.find((i) => i.row === 20);
    expect(pn).toMatchObject({ objective: { text: '30', op: '>=', value: 30 }, met: true });
  });
});
