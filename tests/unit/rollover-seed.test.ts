/** The seed's 2020 dashboard rolled over to 2021 (design.md §7b). */
import { parseA1 } from '../../src/core/address';
import { formatNumber } from '../../src/core/number-format';
import { toJsonRollover } from '../../src/core/rollover-json';
import { rolloverGapText, rolloverSummaryText } from '../../src/i18n/rollover';
import { seedGrid } from '../fixtures/seed-dashboard';
import { rolloverOf, writeAt } from './rollover.fixture';

const { plan } = rolloverOf(seedGrid());
const D = 3;
const E = 4;
/** The seed's rows without any number in 2020 (1-based). */
const NO_DATA_ROWS = [7, 8, 13, 14, 15, 17, 18, 19, 20, 22];

function at(address: string) {
  const place = parseA1(address);
  if (!place) throw new Error(address);
  return writeAt(plan, place.row, place.col);
}

describe('rollover plan of the seed dashboard', () => {
  it('adds "Tableau de bord 2021" for 2020 → 2021', () => {
    expect(plan.sheet).toBe('Tableau de bord 2020');
    expect(plan.newSheet).toBe('Tableau de bord 2021');
    expect([plan.from, plan.to]).toEqual([2020, 2021]);
    expect(plan.rows).toHaveLength(20);
  });

  it('carries "Taux d\'appels aboutis" over as 98,68 %, its computed average, not the 98,70 % typed', () => {
    const write = at('D5');
    expect(write?.role).toBe('n1');
    expect(write?.value).toBeCloseTo(0.986833, 6);
    expect(write?.format).toBe('0.00%');
    expect(formatNumber(Number(write?.value), String(write?.format), 'fr')).toBe('98,68%');
    expect(at('E5')).toEqual({ row: 4, col: E, value: 'oui', format: null, role: 'metN1' });
  });

  it('writes "-" in both N-1 columns of the ten rows without data', () => {
    const noData = plan.rows.filter((row) => row.n1 === null).map((row) => row.row + 1);
    expect(noData).toEqual(NO_DATA_ROWS);
    for (const row of NO_DATA_ROWS) {
      expect(writeAt(plan, row - 1, D)).toMatchObject({ value: '-', format: null });
      expect(writeAt(plan, row - 1, E)).toMatchObject({ value: '-' });
    }
  });

  it('gives each unit its format and each atteinte its word', () => {
    expect(at('D6')).toMatchObject({ format: '0.00%' });
    expect(at('E6')).toMatchObject({ value: 'non' });
    expect(at('D10')).toMatchObject({ value: 2.36, format: '0.0 "j"' });
    // The delay's Moyenne was shown as 600 %: its percent format is not carried over.
    expect(at('D12')).toMatchObject({ value: 6, format: '0.0 "j"' });
    expect(at('D21')).toMatchObject({ value: 38.25, format: '0.0' });
    expect(at('E21')).toMatchObject({ value: '-' });
  });

  it('empties every month, comment and Moyenne cell of every indicator row, and nothing else', () => {
    const cleared = new Set(plan.clears.map((area) => `${area.top},${area.left}`));
    expect(plan.clears.every((a) => a.top === a.bottom && a.left === a.right)).toBe(true);
    for (const { row } of plan.rows)
      for (let col = 6; col <= 19; col += 1) expect(cleared.has(`${row},${col}`)).toBe(true);
    expect(plan.clears).toHaveLength(20 * 14);
  });

  it('moves the year on in the headers, and keeps objectives and labels', () => {
    const headers = plan.writes.filter((write) => write.role === 'header');
    expect(headers).toEqual([
      { row: 2, col: 6, value: 'ANNEE 2021', format: null, role: 'header' },
    ]);
    const touched = new Set(plan.writes.map((w) => w.col));
    expect(touched.has(5)).toBe(false);
    expect(touched.has(1)).toBe(false);
  });

  it('says what could not be carried over, and why', () => {
    expect(plan.gaps.map((gap) => [gap.row === null ? null : gap.row + 1, gap.reason])).toEqual([
      [7, 'no_data'],
      [8, 'no_data'],
      [13, 'no_data'],
      [14, 'no_data'],
      [15, 'no_data'],
      [17, 'no_data'],
      [18, 'no_data'],
      [19, 'no_data'],
      [20, 'no_data'],
      [21, 'no_objective'],
      [22, 'no_data'],
      [23, 'no_objective'],
    ]);
    expect(rolloverGapText(plan.gaps[9], plan, 'fr')).toBe(
      "Ligne 21, «\u00a0Nombre d'usagers reçus au PN\u00a0»\u00a0: pas d’objectif en 2020, la moyenne est reportée mais «\u00a0atteinte objectif N-1\u00a0» vaut «\u00a0-\u00a0».",
    );
    expect(rolloverGapText(plan.gaps[0], plan, 'en')).toContain('no month of 2020 holds a number');
    expect(rolloverSummaryText(plan, 'fr')).toContain('20 indicateurs, 10 moyennes reportées');
  });

  it('gives the qualepref-rollover/1 JSON', () => {
    const json = toJsonRollover(plan, { file: 'x.xlsx', output: 'x.2021.xlsx' }, (gap) =>
      rolloverGapText(gap, plan, 'fr'),
    );
    expect(json).toMatchObject({
      schema: 'qualepref-rollover/1',
      from: 2020,
      to: 2021,
      sheet: 'Tableau de bord 2021',
      source: 'Tableau de bord 2020',
    });
    expect(json.rows[0]).toEqual({ row: 5, n1: expect.closeTo(0.98683, 5), metN1: 'oui' });
    expect(json.rows.find((row) => row.row === 7)).toEqual({ row: 7, n1: null, metN1: '-' });
    expect(json.notCarried[0]).toMatchObject({ reason: 'no_data', row: 7 });
  });
});
