/** Rollover on other layouts: names, dated month headers, merges, missing columns, errors. */
import { analyse } from '../../src/core/analyse';
import { recognise } from '../../src/core/recognise';
import { planRollover } from '../../src/core/rollover';
import {
  nextSheetName,
  sheetTaken,
  shiftDateSerial,
  shiftMonthHeaderText,
  shiftYearText,
} from '../../src/core/rollover-year';
import type { CellSpec } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { FR_SHORT } from '../helpers/month-headers';
import { rolloverOf, writeAt } from './rollover.fixture';

const FULL_HEADER = [
  'Indicateur',
  'Résultats N-1',
  'atteinte objectif N-1',
  'Objectif',
  ...FR_SHORT,
  'Commentaires',
  'Moyenne',
  'Atteinte objectif 2020',
];
const rate = (v: number): CellSpec => ({ v, f: '0.0%', t: `${(v * 100).toFixed(1)}%` });
const TWELVE = Array.from({ length: 12 }, () => rate(0.95));

function dashboard(rows: CellSpec[][], options: { sheet?: string; merges?: string[] } = {}) {
  return buildGrid([['Tableau de bord ANNEE 2020'], FULL_HEADER, ...rows], {
    sheet: options.sheet ?? 'TDB',
    merges: options.merges,
  });
}

describe('the N+1 sheet name', () => {
  it('replaces the year, or appends the next one', () => {
    expect(nextSheetName('Tableau de bord 2020', 2020)).toBe('Tableau de bord 2021');
    expect(nextSheetName('TDB 2020 (Aix)', 2020)).toBe('TDB 2021 (Aix)');
    expect(nextSheetName('Tableau de bord', 2020)).toBe('Tableau de bord 2021');
    expect(nextSheetName('Bilan 2019', 2020)).toBe('Bilan 2021');
    expect(nextSheetName('Tableau de bord des indicateurs Aix', 2020)).toBe(
      'Tableau de bord des indica 2021',
    );
    expect(nextSheetName('Tableau de bord des indicateurs Aix', 2020).length).toBeLessThanOrEqual(
      31,
    );
  });

  it('is found taken whatever its case', () => {
    expect(
      sheetTaken(['Tableau de bord 2020', 'tableau de BORD 2021'], 'Tableau de bord 2021'),
    ).toBe(true);
    expect(sheetTaken(['Tableau de bord 2020'], 'Tableau de bord 2021')).toBe(false);
  });
});

describe('the year in texts and dates', () => {
  it('moves N-1 and N one year on, in one pass', () => {
    expect(shiftYearText('ANNEE 2020', 2020)).toBe('ANNEE 2021');
    expect(shiftYearText('Bilan 2019-2020', 2020)).toBe('Bilan 2020-2021');
    expect(shiftYearText('Résultats 2019', 2020)).toBe('Résultats 2020');
    expect(shiftYearText('Référentiel 2018', 2020)).toBeNull();
    expect(shiftYearText('Résultats N-1', 2020)).toBeNull();
    expect(shiftYearText('Code 120201', 2020)).toBeNull();
  });

  it('moves month headers typed as texts', () => {
    expect(shiftMonthHeaderText('janv.-20', 2020)).toBe('janv.-21');
    expect(shiftMonthHeaderText('Janvier 2020', 2020)).toBe('Janvier 2021');
    expect(shiftMonthHeaderText('01/2020', 2020)).toBe('01/2021');
    expect(shiftMonthHeaderText('Janv', 2020)).toBeNull();
    expect(shiftMonthHeaderText('janv.-19', 2020)).toBeNull();
  });

  it('moves dates one year on, in both date systems', () => {
    // 2020-01-01 is 43831 in the 1900 system, 2021-01-01 is 44197.
    expect(shiftDateSerial(43831, 2020, false)).toBe(44197);
    // 2020-02-29 becomes 2021-02-28.
    expect(shiftDateSerial(43890, 2020, false)).toBe(44255);
    expect(shiftDateSerial(43831 - 1462, 2020, true)).toBe(44197 - 1462);
    expect(shiftDateSerial(44197, 2020, false)).toBeNull();
    expect(shiftDateSerial(12, 2020, false)).toBeNull();
  });
});

describe('rollover plans on layout variants', () => {
  it('changes the title, the dated "Atteinte objectif" header and empties the current atteinte', () => {
    const { plan } = rolloverOf(
      dashboard([["Taux d'appels", '97%', 'oui', rate(0.9), ...TWELVE, 'RAS', rate(0.95), 'oui']]),
    );
    expect(plan.newSheet).toBe('TDB 2021');
    const headers = plan.writes.filter((w) => w.role === 'header');
    expect(headers.map((w) => [w.row, w.col, w.value])).toEqual([
      [0, 0, 'Tableau de bord ANNEE 2021'],
      [1, 18, 'Atteinte objectif 2021'],
    ]);
    const cleared = plan.clears.map((a) => a.left);
    expect(cleared).toEqual([...Array.from({ length: 12 }, (_, i) => 4 + i), 16, 17, 18]);
    expect(writeAt(plan, 2, 1)).toMatchObject({ value: 0.95, format: '0.0%', role: 'n1' });
    expect(writeAt(plan, 2, 2)).toMatchObject({ value: 'oui', role: 'metN1' });
    expect(plan.gaps).toEqual([]);
  });

  it('moves month headers typed as dates to the next year', () => {
    const dates = Array.from({ length: 12 }, (_, i) => ({
      v: 43831 + [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335][i],
      f: 'mmm-yy',
      t: `${FR_SHORT[i].toLowerCase()}-20`,
    }));
    const grid = buildGrid(
      [
        ['Indicateur', 'Résultats N-1', 'Objectif', ...dates, 'Moyenne'],
        ['Délai moyen', 3, '<5j', ...Array.from({ length: 12 }, () => 2), 2],
      ],
      { sheet: 'Suivi 2020' },
    );
    const { plan } = rolloverOf(grid);
    const headers = plan.writes.filter((w) => w.role === 'header');
    expect(headers).toHaveLength(12);
    expect(headers[0]).toMatchObject({ row: 0, col: 3, value: 44197 });
    expect(headers[11]).toMatchObject({ col: 14, value: 44197 + 334 });
    expect(plan.gaps.map((gap) => gap.reason)).toEqual(['no_met_n1_column']);
  });

  it('empties a marker merged over several months as one area', () => {
    const months: CellSpec[] = [
      rate(0.9),
      rate(0.9),
      'COVID',
      null,
      null,
      null,
      ...TWELVE.slice(6),
    ];
    const { plan } = rolloverOf(
      dashboard([['Taux', '97%', 'oui', rate(0.9), ...months, null, rate(0.9), 'oui']], {
        merges: ['G3:J3'],
      }),
    );
    const merged = plan.clears.filter((a) => a.right > a.left);
    expect(merged).toEqual([{ top: 2, left: 6, bottom: 2, right: 9 }]);
    expect(plan.clears.some((a) => a.left === 7 && a.right === 7)).toBe(false);
  });

  it('says so when the N-1 columns are missing, and writes no N-1 value', () => {
    const grid = buildGrid(
      [
        ['Indicateur', 'Objectif', ...FR_SHORT, 'Moyenne'],
        ['Taux', rate(0.9), ...TWELVE, rate(0.95)],
      ],
      { sheet: 'Tableau de bord 2020' },
    );
    const { plan } = rolloverOf(grid);
    expect(plan.gaps.map((gap) => gap.reason)).toEqual(['no_n1_column', 'no_met_n1_column']);
    expect(plan.writes.filter((w) => w.role !== 'header')).toEqual([]);
    expect(plan.rows[0]).toMatchObject({ n1: 0.95, metN1: 'oui' });
  });

  it('rolls a dashboard with errors over, and says the average rests on a year with errors', () => {
    const months: CellSpec[] = [null, ...TWELVE.slice(1)];
    const { analysis, plan } = rolloverOf(
      dashboard([['Taux', '97%', 'oui', rate(0.9), ...months, null, null, null]]),
    );
    expect(analysis.summary.errors).toBe(1);
    expect(plan.rows[0]).toMatchObject({ n1: 0.95, metN1: 'oui' });
    expect(plan.gaps).toEqual([{ reason: 'errors', row: 2, label: 'Taux', errors: 1 }]);
  });

  it('writes nothing into an N-1 cell merged from the row above', () => {
    const { plan } = rolloverOf(
      dashboard(
        [
          ['Taux A', '97%', 'oui', rate(0.9), ...TWELVE, null, null, null],
          ['Taux B', null, 'oui', rate(0.9), ...TWELVE, null, null, null],
        ],
        { merges: ['B3:B4'] },
      ),
    );
    expect(writeAt(plan, 2, 1)).toMatchObject({ role: 'n1' });
    expect(writeAt(plan, 3, 1)).toBeUndefined();
    expect(writeAt(plan, 3, 2)).toMatchObject({ value: 'oui' });
    expect(plan.gaps).toEqual([{ reason: 'merged_cell', row: 3, label: 'Taux B', errors: 0 }]);
  });

  it('refuses a dashboard whose year cannot be found', () => {
    const grid = buildGrid(
      [
        ['Indicateur', 'Objectif', ...FR_SHORT],
        ['Taux', rate(0.9), ...TWELVE],
      ],
      { sheet: 'Suivi' },
    );
    const recognition = recognise(grid);
    if (!recognition.ok) throw new Error('not recognised');
    const analysis = analyse(grid, recognition.dashboard, {
      today: { year: 2026, month: 11 },
    });
    expect(planRollover(grid, analysis)).toEqual({ ok: false, reason: 'no_year' });
  });
});
