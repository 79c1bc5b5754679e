/** Analysis rules on small dashboards: month statuses, units, findings, averages, verdicts. */
import { analyse } from '../../src/core/analyse';
import type {
  Analysis,
  AnalyseOptions,
  Finding,
  FindingCode,
  Lang,
  YearMonth,
} from '../../src/core/types';
import { findingMessage } from '../../src/i18n/findings';
import type { RowSpec, TableOptions } from './analyse.fixture';
import { table } from './analyse.fixture';

const TODAY: YearMonth = { year: 2026, month: 11 };
const NOTHING_DUE: YearMonth = { year: 2020, month: 0 };

function run(
  rows: readonly RowSpec[],
  options: TableOptions & { asOf?: YearMonth; today?: YearMonth } = {},
): Analysis {
  const { grid, dashboard } = table(rows, options);
  // Unless a test says otherwise nothing is due, so partly filled rows raise no MISSING_MONTH.
  const analyseOptions: AnalyseOptions = {
    asOf: options.asOf ?? (options.today ? undefined : NOTHING_DUE),
    today: options.today ?? TODAY,
  };
  return analyse(grid, dashboard, analyseOptions);
}

/** The message a finding is shown with, French unless told. */
function messageOf(finding: Finding | undefined, lang: Lang = 'fr'): string | undefined {
  return finding && findingMessage(finding, lang);
}

function codesAt(analysis: Analysis, cell: string): FindingCode[] {
  return analysis.findings.filter((f) => f.cell === cell).map((f) => f.code);
}

function codes(analysis: Analysis): FindingCode[] {
  return analysis.findings.map((f) => f.code);
}

const pct = (v: number, f = '0.0%') => ({ v, f, t: `${(v * 100).toFixed(1).replace('.', ',')}%` });
const TWELVE_RATES = Array.from({ length: 12 }, () => pct(0.98));

// Columns of the small table: A label, B objective, C..N months, O comment, P Moyenne.
describe('month statuses', () => {
  const analysis = run(
    [
      {
        label: 'Taux de décroché',
        objective: '90%',
        months: [
          pct(0.95),
          'COVID',
          'Fermé',
          '-',
          null,
          { err: '#REF!' },
          'voir plus tard',
          'NC',
          null,
          null,
          null,
          null,
        ],
      },
    ],
    { asOf: { year: 2020, month: 8 } },
  );
  const [indicator] = analysis.indicators;

  it('gives each month its status', () => {
    expect(indicator.months.map((m) => m.status)).toEqual([
      'value',
      'suspended',
      'closed',
      'not_available',
      'missing',
      'error',
      'invalid',
      'not_available',
      'future',
      'future',
      'future',
      'future',
    ]);
  });

  it('puts each month finding on its cell', () => {
    expect(codesAt(analysis, 'C2')).toEqual([]);
    expect(codesAt(analysis, 'D2')).toEqual(['SUSPENDED_MONTH']);
    expect(codesAt(analysis, 'E2')).toEqual(['CLOSED_MONTH']);
    expect(codesAt(analysis, 'F2')).toEqual(['NOT_AVAILABLE_MONTH']);
    expect(codesAt(analysis, 'G2')).toEqual(['MISSING_MONTH']);
    expect(codesAt(analysis, 'H2')).toEqual(['CELL_ERROR']);
    expect(codesAt(analysis, 'I2')).toEqual(['UNRECOGNIZED_ENTRY']);
    expect(codesAt(analysis, 'J2')).toEqual(['NOT_AVAILABLE_MONTH']);
    expect(codesAt(analysis, 'K2')).toEqual([]);
  });

  it('gives the severities of design.md §5', () => {
    const severity = (code: FindingCode) =>
      analysis.findings.find((f) => f.code === code)?.severity;
    expect(severity('MISSING_MONTH')).toBe('error');
    expect(severity('CELL_ERROR')).toBe('error');
    expect(severity('UNRECOGNIZED_ENTRY')).toBe('error');
    expect(severity('SUSPENDED_MONTH')).toBe('info');
    expect(analysis.summary).toMatchObject({ errors: 3, readyToSend: false });
  });

  it('averages only the numbers', () => {
    expect(indicator.average).toBeCloseTo(0.95, 12);
    expect(indicator.monthsCounted).toBe(1);
    expect(indicator.months[0]).toMatchObject({ value: 0.95, text: '95,0%', excluded: false });
    expect(indicator.months[5]).toMatchObject({ value: null, text: '#REF!' });
  });

  it('names the month, the cell text and the indicator in the messages', () => {
    const message = (cell: string) => messageOf(analysis.findings.find((f) => f.cell === cell));
    expect(message('H2')).toContain('Juin');
    expect(message('H2')).toContain('#REF!');
    expect(message('I2')).toContain('«\u00a0voir plus tard\u00a0»');
    expect(message('I2')).toContain('«\u00a0Taux de décroché\u00a0»');
    expect(analysis.findings.find((f) => f.cell === 'G2')?.month).toBe(5);
  });
});

describe('as-of month', () => {
  const rows: RowSpec[] = [
    { label: 'Taux A', objective: '90%', months: [pct(0.95), pct(0.96), pct(0.97)] },
  ];

  it('leaves the months after it as future, without MISSING_MONTH', () => {
    const analysis = run(rows, { asOf: { year: 2020, month: 3 } });
    expect(analysis.indicators[0].months.slice(3).every((m) => m.status === 'future')).toBe(true);
    expect(codes(analysis)).not.toContain('MISSING_MONTH');
    expect(analysis.summary.readyToSend).toBe(true);
  });

  it('reports every empty month up to it', () => {
    const analysis = run(rows, { asOf: { year: 2020, month: 6 } });
    expect(analysis.findings.filter((f) => f.code === 'MISSING_MONTH').map((f) => f.month)).toEqual(
      [4, 5, 6],
    );
  });

  it('defaults to December for a past year', () => {
    expect(run(rows, { year: 2020, today: { year: 2021, month: 2 } }).asOf).toEqual({
      year: 2020,
      month: 12,
    });
  });

  it('defaults to the previous month for the current year', () => {
    const analysis = run(rows, { year: 2020, today: { year: 2020, month: 5 } });
    expect(analysis.asOf).toEqual({ year: 2020, month: 4 });
    expect(analysis.findings.filter((f) => f.code === 'MISSING_MONTH').map((f) => f.cell)).toEqual([
      'F2',
    ]);
  });

  it('has nothing due in January of the current year', () => {
    const analysis = run([{ label: 'Taux A', objective: '90%', months: [] }], {
      year: 2020,
      today: { year: 2020, month: 1 },
    });
    expect(analysis.asOf).toEqual({ year: 2020, month: 0 });
    expect(codes(analysis)).not.toContain('MISSING_MONTH');
  });

  it('has nothing due for a year still to come', () => {
    const analysis = run([{ label: 'Taux A', objective: '90%', months: [] }], {
      year: 2027,
      today: { year: 2026, month: 11 },
    });
    expect(analysis.asOf).toEqual({ year: 2027, month: 0 });
    expect(codes(analysis)).not.toContain('MISSING_MONTH');
  });

  it('takes the previous month of today when the year is unknown', () => {
    const analysis = run(rows, { year: null, today: { year: 2026, month: 5 } });
    expect(analysis.asOf).toEqual({ year: 2026, month: 4 });
    expect(analysis.findings.filter((f) => f.code === 'MISSING_MONTH').map((f) => f.cell)).toEqual([
      'F2',
    ]);
  });

  it('uses an explicit as-of as given, even for another year', () => {
    expect(run(rows, { asOf: { year: 2021, month: 2 } }).asOf).toEqual({ year: 2021, month: 2 });
    const earlier = run(rows, { asOf: { year: 2019, month: 12 } });
    expect(earlier.indicators[0].months[11].status).toBe('future');
  });
});

describe('numbers typed by agents', () => {
  it('counts text numbers with U+00A0, U+202F or a decimal point, as TEXT_NUMBER', () => {
    const analysis = run([
      {
        label: 'Taux de réponse',
        objective: '90%',
        months: ['98,5\u00a0%', '96.8%', '97,0\u202f%', pct(0.99)],
      },
    ]);
    const [indicator] = analysis.indicators;
    expect(indicator.months.slice(0, 4).map((m) => m.value)).toEqual([0.985, 0.968, 0.97, 0.99]);
    expect(indicator.monthsCounted).toBe(4);
    expect(indicator.average).toBeCloseTo((0.985 + 0.968 + 0.97 + 0.99) / 4, 12);
    expect(codesAt(analysis, 'C2')).toEqual(['TEXT_NUMBER']);
    expect(codesAt(analysis, 'D2')).toEqual(['TEXT_NUMBER']);
    expect(codesAt(analysis, 'E2')).toEqual(['TEXT_NUMBER']);
    expect(codesAt(analysis, 'F2')).toEqual([]);
    const message = messageOf(analysis.findings.find((f) => f.cell === 'D2'));
    expect(message).toContain('«\u00a096.8%\u00a0»');
    expect(message).toContain('96,8\u202f%');
  });

  it('reads days with "j", "jours" and a decimal comma', () => {
    const analysis = run([
      { label: 'Délai moyen de réponse', objective: '<5j', months: ['2 j', '1,5 jours', 3] },
    ]);
    expect(analysis.indicators[0].unit).toBe('days');
    expect(analysis.indicators[0].months.slice(0, 3).map((m) => m.value)).toEqual([2, 1.5, 3]);
    expect(analysis.indicators[0].average).toBeCloseTo(6.5 / 3, 10);
  });

  it('reads a rate typed 99 without\u202f% as 99\u202f% and flags UNIT_MISMATCH', () => {
    const analysis = run([
      { label: 'Taux de réponse', objective: '90%', months: [99, pct(0.97), '98'] },
    ]);
    const [indicator] = analysis.indicators;
    expect(indicator.months[0]).toMatchObject({ status: 'value', value: 0.99, text: '99' });
    expect(indicator.months[2].value).toBe(0.98);
    expect(codesAt(analysis, 'C2')).toEqual(['UNIT_MISMATCH']);
    expect(codesAt(analysis, 'E2')).toEqual(['TEXT_NUMBER', 'UNIT_MISMATCH']);
    expect(indicator.average).toBeCloseTo((0.99 + 0.97 + 0.98) / 3, 12);
    expect(messageOf(analysis.findings[0])).toContain('lu comme 99,0\u202f%');
  });

  it('keeps a fraction typed without\u202f% on a rate row', () => {
    const analysis = run([{ label: 'Taux de réponse', objective: '90%', months: [0.97] }]);
    expect(analysis.indicators[0].months[0].value).toBe(0.97);
    expect(codesAt(analysis, 'C2')).toEqual([]);
  });

  it('flags a percent format on a delay and keeps the number typed', () => {
    const analysis = run([
      {
        label: 'Délai moyen de réponse',
        objective: '<10j',
        months: [{ v: 6, f: '0%', t: '600%' }, '4\u202f%', 2],
      },
    ]);
    const [indicator] = analysis.indicators;
    expect(indicator.months.slice(0, 3).map((m) => m.value)).toEqual([6, 4, 2]);
    expect(codesAt(analysis, 'C2')).toEqual(['UNIT_MISMATCH']);
    expect(codesAt(analysis, 'D2')).toEqual(['TEXT_NUMBER', 'UNIT_MISMATCH']);
    expect(indicator.average).toBe(4);
  });

  it('flags a percent format on a count', () => {
    const analysis = run([
      { label: "Nombre d'usagers reçus", objective: '-', months: [{ v: 30, f: '0%' }] },
    ]);
    expect(analysis.indicators[0].unit).toBe('count');
    expect(codesAt(analysis, 'C2')).toEqual(['UNIT_MISMATCH']);
    expect(analysis.indicators[0].months[0].value).toBe(30);
  });

  it('leaves out-of-range values out of the average, as errors', () => {
    const analysis = run([
      { label: 'Taux de réponse', objective: '90%', months: ['150%', pct(0.9), pct(-0.1)] },
      { label: 'Délai moyen de réponse', objective: '<5j', months: [-2, 3] },
      { label: "Nombre d'usagers", objective: '-', months: [-1, 10] },
    ]);
    const [rate, days, count] = analysis.indicators;
    expect(rate.months[0]).toMatchObject({ status: 'value', value: 1.5, excluded: true });
    expect(rate.months[2]).toMatchObject({ status: 'value', value: -0.1, excluded: true });
    expect(rate.average).toBe(0.9);
    expect(rate.monthsCounted).toBe(1);
    expect(days.average).toBe(3);
    expect(count.average).toBe(10);
    expect(codesAt(analysis, 'C2')).toEqual(['OUT_OF_RANGE']);
    expect(codesAt(analysis, 'E2')).toEqual(['OUT_OF_RANGE']);
    expect(codesAt(analysis, 'C3')).toEqual(['OUT_OF_RANGE']);
    expect(codesAt(analysis, 'C4')).toEqual(['OUT_OF_RANGE']);
    expect(analysis.summary.errors).toBe(4);
    expect(messageOf(analysis.findings.find((f) => f.cell === 'C2'))).toContain(
      'dépasse 100\u202f%',
    );
    expect(messageOf(analysis.findings.find((f) => f.cell === 'C3'))).toContain('négatif');
  });

  it('accepts a rate of exactly 100\u202f%', () => {
    const analysis = run([{ label: 'Taux de réponse', objective: '95%', months: ['100%', 1] }]);
    expect(codes(analysis)).not.toContain('OUT_OF_RANGE');
    expect(analysis.indicators[0].average).toBe(1);
  });
});

describe('suspicious values', () => {
  it('needs four counted values', () => {
    const analysis = run([
      { label: 'Taux de réponse', objective: '-', months: [pct(0.98), pct(0.97), pct(0)] },
    ]);
    expect(codes(analysis)).not.toContain('SUSPICIOUS_VALUE');
  });

  it('flags a rate more than 25 points from the median, and keeps it in the average', () => {
    const analysis = run([
      {
        label: 'Taux de réponse',
        objective: '-',
        months: [pct(0.98), pct(0.97), pct(0.73), pct(0.99), pct(0.7)],
      },
    ]);
    expect(
      analysis.findings.filter((f) => f.code === 'SUSPICIOUS_VALUE').map((f) => f.cell),
    ).toEqual(['G2']);
    expect(analysis.indicators[0].monthsCounted).toBe(5);
  });

  it('flags a delay far above the median, not a doubling', () => {
    const analysis = run([
      { label: 'Délai moyen de réponse', objective: '-', months: [2, 2, 4, 2, 7, 10] },
    ]);
    expect(
      analysis.findings.filter((f) => f.code === 'SUSPICIOUS_VALUE').map((f) => f.cell),
    ).toEqual(['H2']);
  });

  it('flags a count four times off the median either way', () => {
    const analysis = run([
      { label: "Nombre d'usagers", objective: '-', months: [100, 110, 90, 20, 500, 26] },
      { label: "Nombre d'appels", objective: '-', months: [0, 0, 0, 5] },
    ]);
    expect(
      analysis.findings.filter((f) => f.code === 'SUSPICIOUS_VALUE').map((f) => f.cell),
    ).toEqual(['F2', 'G2']);
  });
});

describe('objectives', () => {
  it('lists the months that miss, the yearly miss and the missing comment', () => {
    const analysis = run([
      {
        label: 'Taux de réponse',
        objective: '95%',
        months: [pct(0.9), pct(0.92), pct(0.96)],
        comment: '-',
      },
    ]);
    expect(analysis.indicators[0].met).toBe(false);
    expect(codesAt(analysis, 'C2')).toEqual(['OBJECTIVE_MISSED_MONTH']);
    expect(codesAt(analysis, 'D2')).toEqual(['OBJECTIVE_MISSED_MONTH']);
    expect(codesAt(analysis, 'E2')).toEqual([]);
    expect(codesAt(analysis, 'O2')).toEqual(['MISSING_JUSTIFICATION']);
    expect(codesAt(analysis, 'P2')).toEqual(['OBJECTIVE_MISSED']);
    const justification = analysis.findings.find((f) => f.code === 'MISSING_JUSTIFICATION');
    expect(messageOf(justification)).toContain('janvier, février et la moyenne annuelle');
    expect(justification?.month).toBeNull();
  });

  it('accepts a comment as the justification', () => {
    const analysis = run([
      {
        label: 'Taux de réponse',
        objective: '95%',
        months: [pct(0.9), pct(0.99)],
        comment: 'Agent absent en janvier',
      },
    ]);
    expect(codes(analysis)).toContain('OBJECTIVE_MISSED_MONTH');
    expect(codes(analysis)).not.toContain('MISSING_JUSTIFICATION');
    expect(analysis.indicators[0].comment).toBe('Agent absent en janvier');
  });

  it('compares delays strictly under "<5j"', () => {
    const analysis = run([
      { label: 'Délai moyen', objective: '<5j', months: [5, 4.9, 1] },
      { label: 'Délai maximal', objective: '≤ 5 j', months: [5, 5] },
    ]);
    expect(codesAt(analysis, 'C2')).toEqual(['OBJECTIVE_MISSED_MONTH']);
    expect(analysis.indicators[0].met).toBe(true);
    expect(analysis.indicators[1].met).toBe(true);
    expect(codesAt(analysis, 'C3')).toEqual([]);
  });

  it('reports an unreadable objective and does not assess it', () => {
    const analysis = run([
      { label: 'Taux de réponse', objective: 'bon', months: [pct(0.5), pct(0.99)] },
    ]);
    expect(analysis.indicators[0]).toMatchObject({
      met: null,
      metReason: 'objective_unreadable',
      objective: null,
      objectiveText: 'bon',
    });
    expect(codesAt(analysis, 'B2')).toEqual(['OBJECTIVE_UNREADABLE']);
    expect(codes(analysis)).not.toContain('OBJECTIVE_MISSED_MONTH');
    expect(messageOf(analysis.findings[0])).toContain('«\u00a0bon\u00a0»');
  });

  it('has no objective for "-" or an empty cell, and no verdict', () => {
    const analysis = run([
      { label: 'Taux de réponse', objective: '-', months: [pct(0.5)] },
      { label: 'Taux de rappel', months: [pct(0.5)] },
    ]);
    expect(analysis.indicators.map((i) => i.metReason)).toEqual(['no_objective', 'no_objective']);
    expect(codesAt(analysis, 'B2')).toEqual(['NO_OBJECTIVE']);
    expect(codesAt(analysis, 'B3')).toEqual(['NO_OBJECTIVE']);
  });

  it('prefers "no data" to "no objective" as the reason', () => {
    const analysis = run([{ label: 'Taux de réponse', objective: '-', months: ['-'] }]);
    expect(analysis.indicators[0]).toMatchObject({ met: null, metReason: 'no_data' });
    expect(codesAt(analysis, 'P2')).toEqual(['NO_DATA']);
  });
});

describe('the existing Moyenne cell', () => {
  const months = [pct(0.9), pct(1)];

  it('accepts the computed average, up to floating-point rounding', () => {
    const analysis = run([
      { label: 'Taux', objective: '90%', months, average: { v: 0.9500000000000001, f: '0.0%' } },
    ]);
    expect(codesAt(analysis, 'P2')).toEqual([]);
  });

  it('flags another number, an error value, and a number where there is no average', () => {
    const analysis = run([
      { label: 'Taux', objective: '90%', months, average: { v: 0.96, f: '0.0%' } },
      { label: 'Taux B', objective: '90%', months, average: { err: '#DIV/0!' } },
      { label: 'Taux C', objective: '90%', months: ['-'], average: { v: 0.5, f: '0%' } },
    ]);
    expect(codesAt(analysis, 'P2')).toEqual(['AVERAGE_OUTDATED']);
    expect(codesAt(analysis, 'P3')).toEqual(['AVERAGE_OUTDATED']);
    expect(codesAt(analysis, 'P4')).toEqual(['AVERAGE_OUTDATED', 'NO_DATA']);
    expect(messageOf(analysis.findings.find((f) => f.cell === 'P3'))).toContain('#DIV/0!');
  });

  it('says nothing about a "-", a text or an empty Moyenne', () => {
    const analysis = run([
      { label: 'Taux', objective: '90%', months, average: '-' },
      { label: 'Taux B', objective: '90%', months, average: 'à calculer' },
      { label: 'Taux C', objective: '90%', months },
    ]);
    expect(analysis.findings).toEqual([]);
  });

  it('flags a rate Moyenne without a percent format (a fraction shown as "1")', () => {
    const analysis = run([
      { label: 'Taux', objective: '90%', months, average: { v: 0.95, f: '0', t: '1' } },
    ]);
    expect(codesAt(analysis, 'P2')).toEqual(['UNIT_MISMATCH']);
    expect(messageOf(analysis.findings[0])).toContain('«\u00a01\u00a0»');
  });

  it('flags a delay Moyenne shown as a percentage (600\u202f%)', () => {
    const analysis = run([
      {
        label: 'Délai moyen',
        objective: '<10j',
        months: [6],
        average: { v: 6, f: '0%', t: '600%', formula: '=AVERAGE(B2:M2)' },
      },
    ]);
    expect(codesAt(analysis, 'P2')).toEqual(['UNIT_MISMATCH']);
  });
});

describe('dashboards without some columns', () => {
  it('puts the findings of an absent column on the label cell', () => {
    const analysis = run(
      [
        { label: 'Taux de réponse', months: [pct(0.5), pct(0.6)] },
        { label: 'Taux de rappel', months: ['-'] },
      ],
      { without: ['objective', 'comment', 'average'] },
    );
    expect(codesAt(analysis, 'A2')).toEqual(['NO_OBJECTIVE']);
    expect(codesAt(analysis, 'A3')).toEqual(['NO_DATA', 'NO_OBJECTIVE']);
    expect(analysis.indicators[0].average).toBeCloseTo(0.55, 12);
  });

  it('asks for a justification on the label cell when there is no comment column', () => {
    const analysis = run([{ label: 'Taux de réponse', objective: '95%', months: [pct(0.5)] }], {
      without: ['comment', 'average'],
    });
    expect(codesAt(analysis, 'A2')).toEqual(['MISSING_JUSTIFICATION', 'OBJECTIVE_MISSED']);
  });
});

describe('English messages', () => {
  it('writes every message in English with lang "en"', () => {
    const analysis = run(
      [
        {
          label: 'Taux de réponse',
          objective: '95%',
          months: [pct(0.9), 'COVID', 'Fermé', '-', null, { err: '#N/A' }, 'xyz', '96.8%', 99],
          average: { err: '#DIV/0!' },
        },
        { label: 'Délai', objective: 'vite', months: [-1] },
      ],
      { asOf: { year: 2020, month: 5 } },
    );
    const byCode = new Map<FindingCode, string>();
    for (const f of analysis.findings)
      if (!byCode.has(f.code)) byCode.set(f.code, findingMessage(f, 'en'));
    expect(byCode.get('OBJECTIVE_MISSED_MONTH')).toBe(
      'January: 90.0% for "Taux de réponse" misses the objective "95%". Explain the gap in the comments.',
    );
    expect(byCode.get('MISSING_MONTH')).toMatch(/^May: nothing entered for "Taux de réponse"/);
    expect(byCode.get('SUSPENDED_MONTH')).toMatch(/^February: follow-up suspended/);
    expect(byCode.get('CLOSED_MONTH')).toMatch(/^March: service closed/);
    expect(byCode.get('TEXT_NUMBER')).toContain('96.8%');
    expect(byCode.get('OUT_OF_RANGE')).toContain('negative');
    expect(byCode.get('OBJECTIVE_UNREADABLE')).toContain('"vite"');
    expect(byCode.get('AVERAGE_OUTDATED')).toContain('#DIV/0!');
    for (const f of analysis.findings)
      expect(findingMessage(f, 'en')).not.toMatch(/[«»]|Saisir|mois/);
  });
});

describe('findings order', () => {
  it('sorts by row, then column, then code even when rows come out of order', () => {
    const { grid, dashboard } = table([
      { label: 'Taux A', objective: '-', months: ['-'] },
      { label: 'Taux B', objective: '-', months: ['COVID'] },
    ]);
    const reversed = { ...dashboard, rows: [...dashboard.rows].reverse() };
    const analysis = analyse(grid, reversed, { asOf: NOTHING_DUE, today: TODAY });
    expect(analysis.findings.map((f) => `${f.cell} ${f.code}`)).toEqual([
      'B2 NO_OBJECTIVE',
      'C2 NOT_AVAILABLE_MONTH',
      'P2 NO_DATA',
      'B3 NO_OBJECTIVE',
      'C3 SUSPENDED_MONTH',
      'P3 NO_DATA',
    ]);
  });

  it('analyses a long dashboard row by row', () => {
    const rows: RowSpec[] = Array.from({ length: 2000 }, (_, i) => ({
      label: `Taux ${i}`,
      objective: '90%',
      months: TWELVE_RATES,
    }));
    const analysis = run(rows);
    expect(analysis.indicators).toHaveLength(2000);
    expect(analysis.indicators[1999].average).toBeCloseTo(0.98, 12);
    expect(analysis.findings).toEqual([]);
  });
});
