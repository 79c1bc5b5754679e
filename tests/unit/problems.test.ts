/** Findings told as problems: one per indicator and kind, the not-yet-filled months folded. */
import { analyse } from '../../src/core/analyse';
import type { Problem } from '../../src/core/problems';
import { eachProblem, problemKeys, problemsOf } from '../../src/core/problems';
import { buildReportSheet } from '../../src/i18n/report-sheet';
import { recognise } from '../../src/core/recognise';
import type { Analysis, YearMonth } from '../../src/core/types';
import type { CellSpec } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { SEED_MERGES, SEED_ROWS, SEED_SHEET } from '../fixtures/seed-dashboard';
import { withCells } from '../fixtures/variants/files';
import { table } from './analyse.fixture';

const TODAY: YearMonth = { year: 2026, month: 11 };

function seedAnalysis(edits: Readonly<Record<string, CellSpec>> = {}): Analysis {
  const grid = buildGrid(withCells(SEED_ROWS, edits), { sheet: SEED_SHEET, merges: SEED_MERGES });
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(recognition.reason);
  return analyse(grid, recognition.dashboard, { today: TODAY });
}

function summary(problem: Problem): string {
  return `${problem.key} ${problem.severity} ${problem.cell} [${problem.months.join(',')}] ${problem.findings.map((f) => f.code).join(',')}`;
}

describe('problems of the seed', () => {
  const analysis = seedAnalysis();
  const problems = problemsOf(analysis);

  it('keeps every finding in exactly one problem', () => {
    const told = problems.flatMap((problem) => problem.findings);
    expect(told).toHaveLength(analysis.findings.length);
    expect(new Set(told).size).toBe(analysis.findings.length);
    expect(problemKeys(problems).size).toBe(analysis.findings.length);
  });

  it('tells the SVI row as a suspicious August and a missed objective', () => {
    const svi = problems.filter((problem) => problem.row === 5).map(summary);
    expect(svi).toEqual([
      'suspicious_value:6:8 warning N6 [8] OBJECTIVE_MISSED_MONTH,SUSPICIOUS_VALUE',
      'objective_missed:6 warning S6 [11] OBJECTIVE_MISSED_MONTH,MISSING_JUSTIFICATION,OBJECTIVE_MISSED',
    ]);
    const objective = problems.find((problem) => problem.key === 'objective_missed:6');
    expect(objective).toMatchObject({ kind: 'objective_missed', year: true, justified: false });
  });

  it('folds a row’s month notes into ranges, with its other infos', () => {
    const visitors = problems.find((problem) => problem.key === 'notes:22');
    expect(visitors?.kind).toBe('notes');
    if (visitors?.kind !== 'notes') return;
    expect(visitors.ranges.map((r) => `${r.code} ${r.from}-${r.to} ${r.text}`)).toEqual([
      'NOT_AVAILABLE_MONTH 2-2 -',
      'SUSPENDED_MONTH 3-6 COVID',
      'CLOSED_MONTH 7-12 Fermés',
    ]);
    expect(visitors.findings.map((f) => f.code)).toContain('NO_DATA');
  });

  it('puts the months under objective of a commented row in a justified problem', () => {
    const mail = problems.find((problem) => problem.key === 'objective_missed:16');
    expect(mail).toMatchObject({ kind: 'objective_missed', justified: true, months: [7] });
  });

  it('hands each problem to a visitor, in the same order', () => {
    const visited: Problem[] = [];
    eachProblem(analysis, (problem) => visited.push(problem));
    expect(visited).toEqual(problems);
  });

  it('lists errors first in the report sheet, keeping the order within a severity', () => {
    const report = buildReportSheet(analysis, analysis.findings, analysis.summary, 'fr');
    const cells = report.links.map((link) => link.target);
    const expected = ['error', 'warning', 'info'].flatMap((severity) =>
      problems.filter((p) => p.severity === severity).map((p) => p.cell),
    );
    expect(cells).toEqual(expected);
    expect(report.links.map((link) => report.rows[link.row][3])).toEqual(expected);
  });
});

describe('months not yet filled', () => {
  const toSeptember: Record<string, CellSpec> = {};
  for (let row = 5; row <= SEED_ROWS.length; row += 1)
    for (const col of ['P', 'Q', 'R']) toSeptember[`${col}${row}`] = null;

  it('folds October to December of every row into one problem suggesting September', () => {
    const analysis = seedAnalysis(toSeptember);
    const problems = problemsOf(analysis);
    const [fold, ...rest] = problems;
    expect(fold).toMatchObject({
      key: 'not_yet_filled',
      kind: 'not_yet_filled',
      severity: 'error',
      row: null,
      months: [10, 11, 12],
      lastFilled: 9,
      suggestedAsOf: { year: 2020, month: 9 },
      cell: 'P5',
    });
    const missing = analysis.findings.filter((f) => f.code === 'MISSING_MONTH');
    expect(fold.findings).toHaveLength(missing.length - 1);
    // January of row 22 was forgotten: it stays a problem of its row.
    expect(rest.filter((p) => p.kind === 'missing_months').map(summary)).toEqual([
      'missing_months:22 error G22 [1] MISSING_MONTH',
    ]);
  });

  it('folds nothing on a dashboard filled to the as-of month', () => {
    expect(problemsOf(seedAnalysis()).some((p) => p.kind === 'not_yet_filled')).toBe(false);
  });

  it('folds nothing on a dashboard with nothing filled at all', () => {
    const { grid, dashboard } = table([{ label: 'Taux', objective: '90%', months: [] }]);
    const analysis = analyse(grid, dashboard, { today: TODAY });
    const kinds = problemsOf(analysis).map((p) => p.kind);
    expect(kinds).toContain('missing_months');
    expect(kinds).not.toContain('not_yet_filled');
  });
});

describe('problems of one row', () => {
  it('gathers each kind of bad entry once, and the Moyenne’s troubles in one', () => {
    const pct = (v: number) => ({ v, f: '0.0%' });
    const { grid, dashboard } = table([
      {
        label: 'Taux',
        objective: { v: 0.9, f: '0%' },
        months: [
          pct(0.95),
          'abc',
          'xyz',
          '96.8%',
          '97,0%',
          pct(0.96),
          'COVID',
          'COVID',
          '-',
          'COVID',
        ],
        comment: 'ok',
        average: { v: 0.5, f: '0' },
      },
    ]);
    const analysis = analyse(grid, dashboard, { asOf: { year: 2020, month: 10 }, today: TODAY });
    const problems = problemsOf(analysis);
    expect(problems.map(summary)).toEqual([
      'unrecognized_entry:2 error D2 [2,3] UNRECOGNIZED_ENTRY,UNRECOGNIZED_ENTRY',
      'text_number:2 warning F2 [4,5] TEXT_NUMBER,TEXT_NUMBER',
      'average:2 warning P2 [] AVERAGE_OUTDATED,UNIT_MISMATCH',
      'notes:2 info I2 [7,8,9,10] SUSPENDED_MONTH,SUSPENDED_MONTH,NOT_AVAILABLE_MONTH,SUSPENDED_MONTH',
    ]);
    const notes = problems[3];
    if (notes.kind !== 'notes') throw new Error(notes.kind);
    expect(notes.ranges.map((r) => [r.code, r.from, r.to])).toEqual([
      ['SUSPENDED_MONTH', 7, 8],
      ['NOT_AVAILABLE_MONTH', 9, 9],
      ['SUSPENDED_MONTH', 10, 10],
    ]);
  });
});
