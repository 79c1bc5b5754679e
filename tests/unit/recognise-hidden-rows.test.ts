/**
 * Hiding a row hides nothing from the check: a hidden row with figures or markers in the months
 * is read like any other, so a forgotten month on it still stops "ready to send"; a hidden row
 * with nothing in the months (a helper, a spacer) is passed over.
 */
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { recognise } from '../../src/core/recognise';
import type { Analysis } from '../../src/core/types';
import { seedGrid } from '../fixtures/seed-dashboard';

function analysisOf(grid: Grid): Analysis {
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  return analyse(grid, recognition.dashboard, { today: { year: 2026, month: 11 } });
}

describe('hidden rows', () => {
  it('a hidden indicator row keeps its forgotten month: still an error, not ready to send', () => {
    // Excel row 22 holds the seed's one error, January left blank.
    const analysis = analysisOf({ ...seedGrid(), hiddenRows: [21] });
    expect(analysis.indicators.map((indicator) => indicator.row)).toContain(21);
    expect(analysis.findings).toContainEqual(
      expect.objectContaining({ code: 'MISSING_MONTH', cell: 'G22', severity: 'error' }),
    );
    expect(analysis.summary.readyToSend).toBe(false);
  });

  it('reads the same dashboard whether rows with month data are hidden or not', () => {
    const visible = analysisOf(seedGrid());
    const hidden = analysisOf({ ...seedGrid(), hiddenRows: [4, 5, 21] });
    expect(hidden.summary).toEqual(visible.summary);
    expect(hidden.indicators.map((i) => [i.row, i.average, i.met])).toEqual(
      visible.indicators.map((i) => [i.row, i.average, i.met]),
    );
  });
});
