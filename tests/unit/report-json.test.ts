/** The `qualepref-report/1` JSON report (design.md §7). */
import { analyse } from '../../src/core/analyse';
import { recognise } from '../../src/core/recognise';
import { toJsonReport } from '../../src/core/report-json';
import { messagesIn } from '../../src/i18n/findings';
import { seedGrid } from '../fixtures/seed-dashboard';
import { table } from './analyse.fixture';

function seedReport() {
  const grid = seedGrid();
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(recognition.reason);
  const analysis = analyse(grid, recognition.dashboard, { today: { year: 2026, month: 11 } });
  return toJsonReport(analysis, 'tableau-de-bord-2020-aix.xlsx', messagesIn('fr'));
}

describe('JSON report of the seed', () => {
  const report = seedReport();

  it('names the schema, the file, the sheet, the site, the year and the as-of month', () => {
    expect(report).toMatchObject({
      schema: 'qualepref-report/1',
      file: 'tableau-de-bord-2020-aix.xlsx',
      sheet: 'Tableau de bord 2020',
      site: "Sous-préfecture d'Aix",
      year: 2020,
      asOf: '2020-12',
    });
  });

  it('gives the columns as letters', () => {
    expect(report.columns).toEqual({
      section: 'A',
      label: 'B',
      engagement: 'C',
      n1: 'D',
      metN1: 'E',
      objective: 'F',
      months: ['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'],
      comment: 'S',
      average: 'T',
      met: null,
    });
  });

  it('describes each indicator with Excel rows', () => {
    expect(report.indicators).toHaveLength(20);
    const [first] = report.indicators;
    expect(first).toMatchObject({
      row: 5,
      section: 'accueil téléphonique',
      label: "Taux d'appels aboutis",
      engagement: 'E10',
      unit: 'rate',
      objective: { text: '90%', op: '>=', value: 0.9 },
      monthsCounted: 12,
      met: true,
      metReason: null,
    });
    expect(first.average).toBeCloseTo(0.98683, 5);
    expect(first.months[0]).toEqual({
      month: 1,
      cell: 'G5',
      status: 'value',
      value: 0.99,
      text: '99,0%',
    });
    const pn = report.indicators.find((i) => i.row === 21);
    expect(pn).toMatchObject({
      unit: 'count',
      objective: null,
      average: 38.25,
      met: null,
      metReason: 'no_objective',
      engagement: 'E15',
    });
    expect(pn?.months[2]).toEqual({
      month: 3,
      cell: 'I21',
      status: 'suspended',
      value: null,
      text: 'COVID',
    });
    const infos = report.indicators.find((i) => i.row === 22);
    expect(infos).toMatchObject({ engagement: null, average: null, metReason: 'no_data' });
    expect(infos?.months[0]).toEqual({
      month: 1,
      cell: 'G22',
      status: 'missing',
      value: null,
      text: '',
    });
  });

  it('lists the findings with 1-based rows and months', () => {
    const missing = report.findings.find((f) => f.code === 'MISSING_MONTH');
    expect(missing).toEqual({
      code: 'MISSING_MONTH',
      severity: 'error',
      cell: 'G22',
      row: 22,
      month: 1,
      message: expect.stringContaining('Janvier'),
      group: 'missing_months:22',
    });
    const noObjective = report.findings.find((f) => f.code === 'NO_OBJECTIVE');
    expect(noObjective).toMatchObject({ cell: 'F21', row: 21, month: null, group: 'notes:21' });
  });

  it('sums up like the analysis', () => {
    expect(report.summary).toEqual({
      indicators: 20,
      errors: 1,
      warnings: 16,
      infos: 196,
      readyToSend: false,
    });
  });

  it('survives JSON serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('JSON report details', () => {
  it('marks an out-of-range month as excluded, with no value', () => {
    const { grid, dashboard } = table([
      { label: 'Taux de réponse', objective: '90%', months: ['150%', '95%'] },
    ]);
    const report = toJsonReport(
      analyse(grid, dashboard, {
        asOf: { year: 2020, month: 2 },
        today: { year: 2026, month: 1 },
      }),
      'x.xlsx',
      messagesIn('fr'),
    );
    const [indicator] = report.indicators;
    expect(indicator.months[0]).toEqual({
      month: 1,
      cell: 'C2',
      status: 'value',
      value: null,
      text: '150%',
      excluded: true,
    });
    expect(indicator.months[1]).not.toHaveProperty('excluded');
    expect(indicator.months[1].value).toBe(0.95);
  });

  it('writes an as-of month 0 as "YYYY-00" and absent columns as null', () => {
    const { grid, dashboard } = table([{ label: 'Taux', months: [] }], {
      without: ['objective', 'comment', 'average'],
      year: 2021,
    });
    const report = toJsonReport(
      analyse(grid, dashboard, { today: { year: 2021, month: 1 } }),
      'x.xlsx',
      messagesIn('en'),
    );
    expect(report.asOf).toBe('2021-00');
    expect(report.columns).toMatchObject({
      section: null,
      label: 'A',
      objective: null,
      comment: null,
      average: null,
      met: null,
    });
    expect(report.columns.months[0]).toBe('B');
    expect(report.findings[0].message).toMatch(/^No/);
  });
});
