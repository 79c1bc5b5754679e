/** The pane's pure helpers: number display, verdict, grouping, the fill's resolved findings, chart. */
import { analyse, planFill, recognise } from '../../src/core';
import { TASKPANE_STRINGS } from '../../src/i18n/taskpane';
import { fillWords } from '../../src/i18n/fill-words';
import { seedGrid } from '../fixtures/seed-dashboard';
import { analysisAfterFill } from '../../src/taskpane/model/after-fill';
import { chartGeometry, missedMonths } from '../../src/taskpane/model/chart';
import { groupFindings } from '../../src/taskpane/model/finding-groups';
import { formatMeasure } from '../../src/taskpane/model/format';
import { toPaneError } from '../../src/taskpane/model/pane-error';
import { outdatedLabels } from '../../src/taskpane/model/stale';
import { verdictOf } from '../../src/taskpane/model/verdict';
import { GatewayError } from '../../src/gateway/types';
import { DELAY, SVI, analysis, finding, indicator, sampleAnalysis } from './fixtures/analyses';

const NBSP = '\u00a0';

describe('formatMeasure', () => {
  it.each([
    [0.98683, 'rate', 'fr', `98,7${NBSP}%`],
    [0.98683, 'rate', 'en', '98.7%'],
    [2.36, 'days', 'fr', `2,4${NBSP}j`],
    [2.36, 'days', 'en', `2.4${NBSP}d`],
    [38.25, 'count', 'fr', '38,3'],
    [1, 'rate', 'fr', `100,0${NBSP}%`],
  ] as const)('%s %s in %s is %s', (value, unit, lang, text) => {
    expect(formatMeasure(value, unit, lang)).toBe(text);
  });
});

describe('verdictOf', () => {
  const strings = TASKPANE_STRINGS.fr;
  const summary = { indicators: 3, errors: 0, warnings: 0, infos: 4, readyToSend: true };

  it('is ready to send without errors or warnings, whatever the informations', () => {
    expect(verdictOf(summary, strings)).toMatchObject({
      intent: 'success',
      title: 'Prêt à envoyer à la préfecture',
    });
  });

  it('counts errors first, in the singular for one', () => {
    const verdict = verdictOf({ ...summary, errors: 1, warnings: 2, readyToSend: false }, strings);
    expect(verdict).toMatchObject({ intent: 'error', title: '1 erreur à corriger' });
    expect(verdict.body).toContain('2 autres points à vérifier');
    expect(verdictOf({ ...summary, errors: 3, readyToSend: false }, strings).title).toBe(
      '3 erreurs à corriger',
    );
  });

  it('asks to review warnings when there is no error', () => {
    expect(verdictOf({ ...summary, warnings: 1 }, strings)).toMatchObject({
      intent: 'warning',
      title: '1 point à vérifier',
    });
    expect(verdictOf({ ...summary, warnings: 5 }, TASKPANE_STRINGS.en).title).toBe(
      '5 points to review',
    );
  });
});

describe('groupFindings', () => {
  it('puts groups with errors first, and errors first within a group', () => {
    const groups = groupFindings(sampleAnalysis(), ['error', 'warning']);
    expect(groups.map((g) => [g.row + 1, g.worst])).toEqual([
      [22, 'error'],
      [6, 'warning'],
      [10, 'warning'],
    ]);
    expect(groups[1].findings.map((f) => f.cell)).toEqual(['N6', 'N6', 'Q6', 'S6', 'T6', 'T6']);
  });

  it('keeps the severities asked for', () => {
    const infos = groupFindings(sampleAnalysis(), ['info']);
    expect(infos.flatMap((g) => g.findings.map((f) => `${f.code} ${f.cell}`))).toEqual([
      'SUSPENDED_MONTH I10',
      'SUSPENDED_MONTH J10',
      'NO_OBJECTIVE F22',
      'CLOSED_MONTH K22',
    ]);
  });

  it('labels a row that is not an indicator with null', () => {
    const groups = groupFindings(analysis([SVI], [finding({ code: 'MISSING_MONTH' }, 'G40', 1)]), [
      'error',
    ]);
    expect(groups[0].label).toBeNull();
  });
});

describe('analysisAfterFill', () => {
  it("shows the dashboard as the fill leaves it: the plan's findings and summary", () => {
    const grid = seedGrid();
    const recognition = recognise(grid);
    if (!recognition.ok) throw new Error(recognition.reason);
    const before = analyse(grid, recognition.dashboard, { today: { year: 2026, month: 11 } });
    const after = analysisAfterFill(before, planFill(grid, before, fillWords('fr')));
    expect(before.findings.some((f) => f.code === 'AVERAGE_OUTDATED')).toBe(true);
    expect(after.findings.some((f) => f.code === 'AVERAGE_OUTDATED')).toBe(false);
    expect(after.summary).toMatchObject({ errors: 1, warnings: 10, readyToSend: false });
    expect(after.indicators).toBe(before.indicators);
  });
});

describe('outdatedLabels', () => {
  it('names the indicators whose Moyenne no longer matches', () => {
    expect(outdatedLabels(sampleAnalysis())).toEqual(["Taux d'appels aboutis SVI"]);
  });
});

describe('chartGeometry', () => {
  it('places one point per counted month, in order, with missed ones flagged', () => {
    const geometry = chartGeometry(DELAY, new Set([10]));
    expect(geometry.points.map((p) => [p.month, p.missed])).toEqual([
      [1, false],
      [9, false],
      [10, true],
      [11, false],
      [12, false],
    ]);
    expect(geometry.monthX).toHaveLength(12);
    expect(geometry.points[1].x).toBeLessThan(geometry.points[2].x);
  });

  it('breaks the line at gaps: a lone month draws no segment', () => {
    const geometry = chartGeometry(DELAY, new Set());
    expect(geometry.segments).toHaveLength(1);
    expect(geometry.segments[0].match(/[ML]/g)).toHaveLength(4);
  });

  it('puts higher values higher, and the objective inside the plot', () => {
    const geometry = chartGeometry(SVI, new Set());
    const august = geometry.points.find((p) => p.month === 8);
    const january = geometry.points.find((p) => p.month === 1);
    expect(august && january && august.y > january.y).toBe(true);
    expect(geometry.objectiveY).not.toBeNull();
    expect(geometry.objectiveY).toBeGreaterThanOrEqual(geometry.plotTop);
    expect(geometry.objectiveY).toBeLessThanOrEqual(geometry.plotBottom);
  });

  it('leaves out excluded values and draws nothing without values', () => {
    const empty = indicator({
      row: 7,
      label: 'Taux vide',
      unit: 'rate',
      objective: '95%',
      months: ['-', '-', 'COVID', 'COVID', 'COVID', 'COVID', '-', '-', '-', '-', '-', '-'],
    });
    const geometry = chartGeometry(empty, new Set());
    expect(geometry.points).toEqual([]);
    expect(geometry.segments).toEqual([]);

    const excluded = {
      ...SVI,
      months: SVI.months.map((m) => (m.month === 8 ? { ...m, value: 1.5, excluded: true } : m)),
    };
    expect(chartGeometry(excluded, new Set()).points.map((p) => p.month)).not.toContain(8);
  });

  it('reads the months under the objective from the analysis', () => {
    expect([...missedMonths(sampleAnalysis(), SVI.row)].sort((a, b) => a - b)).toEqual([8, 11]);
  });
});

describe('toPaneError', () => {
  it('keeps a gateway error’s code and message', () => {
    expect(toPaneError(new GatewayError('protected_sheet', 'Protégée'))).toEqual({
      code: 'protected_sheet',
      message: 'Protégée',
      detail: null,
    });
  });

  it('turns anything else into an unexpected error with its detail', () => {
    expect(toPaneError(new RangeError('boom'))).toEqual({
      code: 'unexpected',
      message: null,
      detail: 'boom',
    });
    expect(toPaneError('text')).toEqual({ code: 'unexpected', message: null, detail: 'text' });
  });
});
