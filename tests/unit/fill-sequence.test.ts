/** The fill sequence the gateways share: analyse, plan, refuse to write over the dashboard. */
import { planDashboardFill } from '../../src/core/fill-sequence';
import { recognise } from '../../src/core/recognise';
import { fillWords } from '../../src/i18n/fill-words';
import { buildGrid } from '../helpers/grid';
import { SEED_MERGES, SEED_ROWS, SEED_SHEET } from '../fixtures/seed-dashboard';

const TODAY = { year: 2026, month: 11 };

function seedIn(sheet: string) {
  const grid = buildGrid(SEED_ROWS, { sheet, merges: SEED_MERGES });
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(recognition.reason);
  return { grid, dashboard: recognition.dashboard };
}

describe('planDashboardFill', () => {
  it('gives the analysis and the plan of the dashboard', () => {
    const { grid, dashboard } = seedIn(SEED_SHEET);
    const sequence = planDashboardFill(grid, dashboard, { today: TODAY, words: fillWords('fr') });
    if (!sequence.ok) throw new Error(sequence.reason);
    expect(sequence.analysis.summary).toMatchObject({ indicators: 20, errors: 1 });
    expect(sequence.plan.sheet).toBe(SEED_SHEET);
    expect(sequence.plan.report.name).toBe('Contrôle 2020');
  });

  it('honours the as-of month', () => {
    const { grid, dashboard } = seedIn(SEED_SHEET);
    const asOf = { year: 2020, month: 6 };
    const sequence = planDashboardFill(grid, dashboard, {
      asOf,
      today: TODAY,
      words: fillWords('en'),
    });
    expect(sequence.analysis.asOf).toEqual(asOf);
    expect(sequence.ok && sequence.plan.report.rows[0]).toEqual([
      'Qual-e-pref dashboard check 2020',
    ]);
  });

  it('refuses a dashboard kept in the sheet the report would replace, whatever its case', () => {
    const { grid, dashboard } = seedIn('CONTRÔLE 2020');
    const sequence = planDashboardFill(grid, dashboard, { today: TODAY, words: fillWords('fr') });
    expect(sequence).toMatchObject({
      ok: false,
      reason: 'report_replaces_dashboard',
      reportName: 'Contrôle 2020',
    });
    expect(sequence.analysis.summary.indicators).toBe(20);
  });
});
