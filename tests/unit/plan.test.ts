/** What the fill writes: Moyenne and atteinte objectif cells, added columns, flags, report. */
import { parseRangeA1 } from '../../src/core/address';
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { FLAG_COLORS, planFill } from '../../src/core/plan';
import { recognise } from '../../src/core/recognise';
import { fillWords } from '../../src/i18n/fill-words';
import type { Analysis, CellWrite, FillPlan, Lang, YearMonth } from '../../src/core/types';
import { seedGrid } from '../fixtures/seed-dashboard';
import type { CellSpec } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { MONTH_HEADERS, applyWrites, table } from './analyse.fixture';
import { plainFlag } from '../helpers/flags';

const TODAY: YearMonth = { year: 2026, month: 11 };

function check(grid: Grid, lang: Lang = 'fr'): { analysis: Analysis; plan: FillPlan } {
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  const analysis = analyse(grid, recognition.dashboard, { today: TODAY });
  return { analysis, plan: planFill(grid, analysis, fillWords(lang)) };
}

function writeAt(plan: FillPlan, row: number, col: number): CellWrite | undefined {
  return plan.writes.find((w) => w.row === row && w.col === col);
}

const T = 19;
const U = 20;

describe('fill plan of the seed dashboard', () => {
  const { analysis, plan } = check(seedGrid());

  it('adds the missing "Atteinte objectif 2020" column right of the table, on the header row of Moyenne', () => {
    expect(plan.sheet).toBe('Tableau de bord 2020');
    expect(plan.addedMetColumn).toBe(U);
    expect(plan.writes[0]).toEqual({
      row: 1,
      col: U,
      value: 'Atteinte objectif 2020',
      format: null,
      role: 'met_header',
    });
    expect(plan.writes.filter((w) => w.role === 'met_header')).toHaveLength(1);
  });

  it('writes every Moyenne as a value with its unit format', () => {
    expect(writeAt(plan, 4, T)).toMatchObject({ format: '0.0%', role: 'average' });
    expect(writeAt(plan, 4, T)?.value).toBeCloseTo(0.98683, 5);
    expect(writeAt(plan, 9, T)).toMatchObject({ format: '0.0 "j"', role: 'average' });
    expect(writeAt(plan, 9, T)?.value).toBeCloseTo(2.36, 12);
    expect(writeAt(plan, 11, T)).toMatchObject({ value: 6, format: '0.0 "j"' });
    expect(writeAt(plan, 20, T)).toMatchObject({ value: 38.25, format: '0.0' });
    for (const row of [7, 8, 13, 14, 15, 17, 18, 19, 20, 22])
      expect(writeAt(plan, row - 1, T)).toEqual({
        row: row - 1,
        col: T,
        value: 'Pas de données',
        format: null,
        role: 'average',
      });
  });

  it('writes the objective verdicts in French words', () => {
    const met = (row: number) => writeAt(plan, row - 1, U);
    expect(met(5)).toEqual({ row: 4, col: U, value: 'oui', format: null, role: 'met' });
    expect(met(6)?.value).toBe('non');
    expect(met(7)?.value).toBe('non évaluable');
    expect(met(21)?.value).toBe('sans objectif');
    expect(met(22)?.value).toBe('non évaluable');
    expect(met(23)?.value).toBe('sans objectif');
    expect(met(24)?.value).toBe('oui');
    expect(plan.writes).toHaveLength(1 + 2 * 20);
  });

  it('flags each month cell with findings, coloured by its worst one', () => {
    const flag = (row: number, col: number) =>
      plan.flags.find((f) => f.row === row && f.col === col);
    expect(flag(21, 6)).toMatchObject({ kind: 'error', color: '#FFC7CE' });
    expect(flag(5, 13)).toMatchObject({ kind: 'warning', color: FLAG_COLORS.warning });
    expect(flag(5, 13)?.note.split('\n')).toHaveLength(2);
    expect(flag(5, 13)?.note).toContain('médiane');
    expect(flag(6, 8)).toMatchObject({ kind: 'info', color: '#DDEBF7' });
    expect(flag(4, T)).toBeUndefined();
    expect(flag(5, 18)).toBeUndefined();
    expect(plan.flags).toHaveLength(189);
    expect(FLAG_COLORS).toEqual({ error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' });
  });

  it('writes a "Contrôle 2020" report describing the dashboard once filled', () => {
    const { report } = plan;
    expect(report.name).toBe('Contrôle 2020');
    expect(report.rows.slice(0, 12)).toEqual([
      ['Contrôle du tableau de bord Qual-e-pref 2020'],
      ['Site', "Sous-préfecture d'Aix"],
      ['Année', 2020],
      ['Feuille', 'Tableau de bord 2020'],
      ['Mois arrêté au', 'décembre 2020'],
      ['Indicateurs', 20],
      ['À corriger', 1],
      ['Points à vérifier', 10],
      ['Informations', 196],
      ['Verdict', '1 erreur à corriger avant envoi'],
      [],
      ['Gravité', 'Indicateur', 'Mois', 'Cellule', 'Constat', 'Codes'],
    ]);
    expect(report.boldRows).toEqual([0, 9, 11]);
    expect(report.columnWidths).toHaveLength(6);
  });

  it('lists the problems left after the fill, errors first, with a link to each cell', () => {
    const { report } = plan;
    const problemRows = report.rows.slice(12);
    const resolved = analysis.findings.filter(
      (f) => f.col === T && (f.code === 'AVERAGE_OUTDATED' || f.code === 'UNIT_MISMATCH'),
    );
    expect(resolved.map((f) => f.cell)).toEqual(['T5', 'T12', 'T13', 'T14', 'T15', 'T22']);
    const codes = problemRows.map((r) => String(r[5]));
    expect(codes.join(', ')).not.toContain('AVERAGE_OUTDATED');
    expect(codes.join(', ')).not.toContain('UNIT_MISMATCH');
    expect(problemRows.map((r) => r[0])).toEqual([
      'À corriger',
      ...Array(5).fill('À vérifier'),
      ...Array(problemRows.length - 6).fill('Information'),
    ]);
    expect(problemRows[0].slice(0, 4)).toEqual([
      'À corriger',
      "Nombres d'usagers reçus pour demande d'infos",
      'Janvier',
      'G22',
    ]);
    const svi = problemRows.find((r) => r[5] === 'OBJECTIVE_MISSED_MONTH, SUSPICIOUS_VALUE');
    expect(svi?.slice(0, 4)).toEqual(['À vérifier', "Taux d'appels aboutis SVI", 'Août', 'N6']);
    expect(svi?.[4]).toMatch(
      /^Août\u00a0: 0,0\u202f%, très loin des autres mois .* Vérifier la saisie/,
    );
    // The infos are one row per indicator that has any (rows 5 and 6 have none).
    const told = codes.flatMap((c) => c.split(', '));
    expect(told).toContain('NO_DATA');
    expect(problemRows.filter((r) => r[0] === 'Information')).toHaveLength(18);
    expect(report.links).toHaveLength(problemRows.length);
    report.links.forEach((link, i) => {
      expect(link).toEqual({ row: 12 + i, col: 3, target: problemRows[i][3] });
    });
  });

  it('holds no date or time', () => {
    const text = JSON.stringify(plan.report.rows);
    expect(text).not.toMatch(/\d{1,2}[/:]\d{2}/);
    expect(text).not.toContain('2026');
  });

  it('writes the report in English, keeping the sheet name and the dashboard words French', () => {
    const english = check(seedGrid(), 'en').plan;
    expect(english.report.name).toBe('Contrôle 2020');
    expect(english.report.rows[0]).toEqual(['Qual-e-pref dashboard check 2020']);
    expect(english.report.rows[4]).toEqual(['Months checked up to', 'December 2020']);
    expect(english.report.rows[9]).toEqual(['Verdict', '1 error to fix before sending']);
    expect(english.report.rows[11]).toEqual([
      'Severity',
      'Indicator',
      'Month',
      'Cell',
      'Finding',
      'Codes',
    ]);
    expect(english.writes).toEqual(plan.writes);
  });
});

describe('idempotence: filling the filled dashboard changes nothing', () => {
  it('gives the seed the same cells, flags and report on a second and third run', () => {
    const first = check(seedGrid()).plan;
    const filled = applyWrites(seedGrid(), first);
    const second = check(filled).plan;
    // The added column is found again: its header is no longer written, everything else is.
    expect(second.addedMetColumn).toBeNull();
    expect(second.writes).toEqual(first.writes.filter((w) => w.role !== 'met_header'));
    // As written: row, column, kind, colour and note (a flag also keeps what its note is from).
    expect(second.flags.map(plainFlag)).toEqual(first.flags.map(plainFlag));
    expect(second.report).toEqual(first.report);
    const again = applyWrites(filled, second);
    expect(again.cells).toEqual(filled.cells);
    const third = check(again).plan;
    expect({ ...third, flags: third.flags.map(plainFlag) }).toEqual({
      ...second,
      flags: second.flags.map(plainFlag),
    });
  });

  it('reports a ready dashboard once the missing month is filled', () => {
    const rows = seedGrid().cells.map((row) => [...row]);
    rows[21][6] = { value: '-', text: '-', format: 'General', formula: null, kind: 'text' };
    const fixed: Grid = { ...seedGrid(), cells: rows };
    const { plan } = check(applyWrites(fixed, check(fixed).plan));
    expect(plan.report.rows[6]).toEqual(['À corriger', 0]);
    expect(plan.report.rows[9]).toEqual(['Verdict', 'Prêt à envoyer à la préfecture']);
  });
});

describe('an existing "Atteinte objectif 2021" column', () => {
  const header: CellSpec[] = [
    'Indicateur',
    'Objectif',
    ...MONTH_HEADERS,
    'Commentaires',
    'Moyenne',
    'Atteinte objectif 2021',
  ];
  const row: CellSpec[] = [
    'Taux de réponse',
    { v: 0.9, f: '0%', t: '90%' },
    ...Array.from({ length: 12 }, () => ({ v: 0.95, f: '0.0%', t: '95,0%' })),
    null,
    null,
    'oui',
  ];
  const grid = buildGrid([header, row], { sheet: 'TDB' });

  it('is written in place, without an added column', () => {
    const { analysis, plan } = check(grid);
    expect(analysis.dashboard.year).toBe(2021);
    expect(plan.addedMetColumn).toBeNull();
    expect(plan.writes).toEqual([
      { row: 1, col: 15, value: 0.95, format: '0.0%', role: 'average' },
      { row: 1, col: 16, value: 'oui', format: null, role: 'met' },
    ]);
    expect(plan.report.name).toBe('Contrôle 2021');
  });

  it('gives an identical plan on the filled dashboard', () => {
    const { plan } = check(grid);
    expect(check(applyWrites(grid, plan)).plan).toEqual(plan);
  });
});

describe('a dashboard without a Moyenne column', () => {
  const { grid } = table(
    [
      { label: 'Taux de réponse', objective: '95%', months: ['90%', '92%'], comment: 'Travaux' },
      { label: 'Délai moyen de réponse', objective: '<5j', months: ['-'] },
    ],
    { without: ['average'] },
  );

  it('adds Moyenne, then Atteinte objectif, in the first empty columns', () => {
    const { analysis, plan } = check(grid);
    expect(analysis.dashboard.columns.average).toBeNull();
    expect(plan.writes.slice(0, 2)).toEqual([
      { row: 0, col: 15, value: 'Moyenne', format: null, role: 'average_header' },
      { row: 0, col: 16, value: 'Atteinte objectif 2020', format: null, role: 'met_header' },
    ]);
    expect(plan.addedMetColumn).toBe(16);
    expect(writeAt(plan, 1, 15)).toMatchObject({ value: 0.91, format: '0.0%' });
    expect(writeAt(plan, 1, 16)?.value).toBe('non');
    expect(writeAt(plan, 2, 15)?.value).toBe('Pas de données');
    expect(writeAt(plan, 2, 16)?.value).toBe('non évaluable');
  });

  it('reports the yearly findings on the added Moyenne cell, as the next run will', () => {
    const { analysis, plan } = check(grid);
    expect(analysis.findings.filter((f) => f.code === 'NO_DATA').map((f) => f.cell)).toEqual([
      'A3',
    ]);
    const moved = (code: string) =>
      plan.after.findings.filter((f) => f.code === code).map((f) => f.cell);
    expect(moved('OBJECTIVE_MISSED')).toEqual(['P2']);
    expect(moved('NO_DATA')).toEqual(['P3']);
    const second = check(applyWrites(grid, plan)).plan;
    expect(second.report).toEqual(plan.report);
    expect(second.writes).toEqual(plan.writes.slice(2));
  });
});

describe('where an added column goes', () => {
  const rows = [{ label: 'Taux de réponse', objective: '95%', months: ['96%'] }];

  it('skips a hidden column', () => {
    const { grid, dashboard } = table(rows);
    const analysis = analyse(grid, dashboard, { today: TODAY });
    const plan = planFill({ ...grid, hiddenColumns: [16] }, analysis, fillWords('fr'));
    expect(plan.addedMetColumn).toBe(17);
  });

  it('skips a column merged into a header cell', () => {
    const { grid, dashboard } = table(rows);
    const analysis = analyse(grid, dashboard, { today: TODAY });
    const merge = parseRangeA1('P1:Q1');
    if (!merge) throw new Error('range');
    const plan = planFill({ ...grid, merges: [merge] }, analysis, fillWords('fr'));
    expect(plan.addedMetColumn).toBe(17);
  });

  it('skips a column with something in an indicator row beyond the table', () => {
    const { grid, dashboard } = table(rows);
    const analysis = analyse(grid, dashboard, { today: TODAY });
    const cells = grid.cells.map((row) => [...row]);
    cells[1][16] = { value: 'note', text: 'note', format: 'General', formula: null, kind: 'text' };
    const plan = planFill({ ...grid, cells, colCount: 17 }, analysis, fillWords('fr'));
    expect(plan.addedMetColumn).toBe(17);
  });

  it('heads it "Atteinte objectif" and names the report "Contrôle" without a year', () => {
    const { grid, dashboard } = table(rows, { year: null });
    const analysis = analyse(grid, dashboard, { today: TODAY });
    const plan = planFill(grid, analysis, fillWords('fr'));
    expect(plan.writes[0]).toMatchObject({ value: 'Atteinte objectif', role: 'met_header' });
    expect(plan.report.name).toBe('Contrôle');
    expect(plan.report.rows[0]).toEqual(['Contrôle du tableau de bord Qual-e-pref']);
    expect(plan.report.rows[1]).toEqual(['Site', 'non indiqué']);
    expect(plan.report.rows[2]).toEqual(['Année', 'non indiqué']);
  });
});
