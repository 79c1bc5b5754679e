/** The pane's pure helpers: number display, verdict, grouping, the fill's resolved findings, chart. */
import { analyse, planFill, recognise } from '../../src/core';
import { TASKPANE_STRINGS } from '../../src/i18n/taskpane';
import { fillWords } from '../../src/i18n/fill-words';
import { seedGrid } from '../fixtures/seed-dashboard';
import { analysisAfterFill } from '../../src/taskpane/model/after-fill';
import {
  PLOT_BOTTOM,
  PLOT_TOP,
  chartGeometry,
  monthFlags,
  niceTicks,
} from '../../src/taskpane/model/chart';
import { paneProblems, problemBlocks } from '../../src/taskpane/model/problem-lines';
import { formatCompact, formatMeasure, formatScale } from '../../src/taskpane/model/format';
import { toPaneError } from '../../src/taskpane/model/pane-error';
import { outdatedLabels } from '../../src/taskpane/model/stale';
import { verdictOf } from '../../src/taskpane/model/verdict';
import { GatewayError } from '../../src/gateway/types';
import { DELAY, SVI, filledToSeptember, indicator, sampleAnalysis } from './fixtures/analyses';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatMeasure', () => {
  it.each([
    [0.98683, 'rate', 'fr', `98,7${NNBSP}%`],
    [0.98683, 'rate', 'en', '98.7%'],
    [2.36, 'days', 'fr', `2,4${NBSP}j`],
    [2.36, 'days', 'en', `2.4${NBSP}d`],
    [38.25, 'count', 'fr', '38,3'],
    [1, 'rate', 'fr', `100,0${NNBSP}%`],
  ] as const)('%s %s in %s is %s', (value, unit, lang, text) => {
    expect(formatMeasure(value, unit, lang)).toBe(text);
  });
});

describe('verdictOf', () => {
  const strings = TASKPANE_STRINGS.fr;
  const summary = { errors: 0, warnings: 0 };
  const december = { year: 2020, month: 12 };

  it('is ready to send without errors or warnings, whatever the informations', () => {
    expect(verdictOf(summary, december, strings, 'fr')).toEqual({
      intent: 'success',
      title: 'Prêt à envoyer à la préfecture',
      body: 'Aucune erreur ni point à vérifier.',
      asOf: 'Arrêté à fin décembre 2020',
    });
  });

  it('counts errors and points to review in one title, in the singular for one', () => {
    const verdict = verdictOf({ errors: 1, warnings: 2 }, december, strings, 'fr');
    expect(verdict).toMatchObject({
      intent: 'error',
      title: '1 erreur à corriger · 2 points à vérifier',
      body: 'Le tableau n’est pas prêt à envoyer à la préfecture.',
    });
    expect(verdictOf({ errors: 3, warnings: 0 }, december, strings, 'fr').title).toBe(
      '3 erreurs à corriger',
    );
  });

  it('is ready to send with points to review when there is no error', () => {
    expect(verdictOf({ ...summary, warnings: 1 }, december, strings, 'fr')).toMatchObject({
      intent: 'warning',
      title: 'Prêt à envoyer à la préfecture',
      body: 'Aucune erreur\u202f; 1 point à vérifier avant l’envoi.',
    });
    expect(verdictOf({ ...summary, warnings: 5 }, december, TASKPANE_STRINGS.en, 'en').body).toBe(
      'No error; 5 points to review before sending.',
    );
  });

  it('says the month the check stops at, or that none is due yet', () => {
    expect(verdictOf(summary, { year: 2021, month: 9 }, strings, 'fr').asOf).toBe(
      'Arrêté à fin septembre 2021',
    );
    expect(verdictOf(summary, { year: 2021, month: 0 }, strings, 'fr').asOf).toBe(
      'Aucun mois échu en 2021',
    );
    expect(verdictOf(summary, { year: 2021, month: 9 }, TASKPANE_STRINGS.en, 'en').asOf).toBe(
      'As of end of September 2021',
    );
  });
});

describe('paneProblems and problemBlocks', () => {
  it('gives one line per problem, by severity, and counts lines rather than findings', () => {
    const { bySeverity, counts } = paneProblems(sampleAnalysis());
    expect(counts).toEqual({ errors: 1, warnings: 4, infos: 2 });
    expect(bySeverity.error.map((p) => p.key)).toEqual(['missing_months:22']);
    // The suspicious August first: checking the entry comes before explaining a gap.
    expect(bySeverity.warning.map((p) => p.key)).toEqual([
      'suspicious_value:6:8',
      'objective_missed:6',
      'average:6',
      'objective_missed:10',
    ]);
    expect(bySeverity.info.map((p) => p.key)).toEqual(['notes:10', 'notes:22']);
  });

  it('keeps an indicator’s lines together under it', () => {
    const sample = sampleAnalysis();
    const blocks = problemBlocks(sample, paneProblems(sample).bySeverity.warning);
    expect(blocks.map((b) => [b.indicator?.label, b.problems.length])).toEqual([
      [SVI.label, 3],
      [DELAY.label, 1],
    ]);
  });

  it('folds months not yet filled into one problem of the whole dashboard', () => {
    const target = filledToSeptember();
    const { bySeverity, counts } = paneProblems(target);
    expect(counts.errors).toBe(1);
    const [fold] = bySeverity.error;
    expect(fold).toMatchObject({ kind: 'not_yet_filled', suggestedAsOf: { year: 2020, month: 9 } });
    const blocks = problemBlocks(target, bySeverity.error);
    expect(blocks).toEqual([
      { key: 'not_yet_filled', indicator: null, row: null, problems: [fold] },
    ]);
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
  const none = { missed: new Set<number>(), suspicious: new Set<number>() };

  it('places one point per counted month, in order, each with its mark', () => {
    const geometry = chartGeometry(DELAY, { ...none, missed: new Set([10]) });
    expect(geometry.points.map((p) => [p.month, p.mark])).toEqual([
      [1, 'met'],
      [9, 'met'],
      [10, 'missed'],
      [11, 'met'],
      [12, 'met'],
    ]);
    expect(geometry.monthX).toHaveLength(12);
    expect(geometry.points[1].x).toBeLessThan(geometry.points[2].x);
  });

  it('breaks the line at gaps: a lone month draws no segment', () => {
    const geometry = chartGeometry(DELAY, none);
    expect(geometry.segments).toHaveLength(1);
    expect(geometry.segments[0].match(/[ML]/g)).toHaveLength(4);
  });

  it('marks every month without a value by why it has none', () => {
    const geometry = chartGeometry(DELAY, none);
    expect(geometry.gaps.map((g) => [g.month, g.mark])).toEqual(
      DELAY.months
        .filter((m) => m.status !== 'value')
        .map((m) => [m.month, m.status === 'suspended' ? 'suspended' : m.status]),
    );
    const mixed = indicator({
      row: 8,
      label: 'Taux mêlé',
      unit: 'rate',
      objective: '90%',
      months: [0.95, 'COVID', 'Fermés', '-', null, '#DIV/0!', 'abc', 0.93, 0.94, 0.95, 0.96, 0.97],
    });
    expect(chartGeometry(mixed, none).gaps.map((g) => g.mark)).toEqual([
      'suspended',
      'closed',
      'not_available',
      'missing',
      'wrong',
      'wrong',
    ]);
  });

  it('puts higher values higher, and the objective inside the plot', () => {
    const geometry = chartGeometry(SVI, none);
    const august = geometry.points.find((p) => p.month === 8);
    const january = geometry.points.find((p) => p.month === 1);
    expect(august && january && august.y > january.y).toBe(true);
    expect(geometry.objectiveY).not.toBeNull();
    expect(geometry.objectiveY).toBeGreaterThanOrEqual(PLOT_TOP);
    expect(geometry.objectiveY).toBeLessThanOrEqual(PLOT_BOTTOM);
  });

  it('draws a suspicious value off the scale, behind a break, so the rest keeps its spread', () => {
    const squashed = chartGeometry(SVI, none);
    const clipped = chartGeometry(SVI, { ...none, suspicious: new Set([8]) });
    const august = clipped.points.find((p) => p.month === 8);
    expect(august).toMatchObject({ mark: 'suspicious', clipped: 'low' });
    expect(clipped.breaks).toHaveLength(1);
    expect(squashed.breaks).toHaveLength(0);
    const spread = (g: typeof clipped) => {
      const ys = g.points.filter((p) => p.month !== 8).map((p) => p.y);
      return Math.max(...ys) - Math.min(...ys);
    };
    expect(spread(clipped)).toBeGreaterThan(3 * spread(squashed));
    // The line does not run into the clipped point.
    expect(clipped.segments.join(' ')).not.toContain(`${august?.x} ${august?.y}`);
  });

  it('gives a scale of round values within the plot', () => {
    const geometry = chartGeometry(SVI, { ...none, suspicious: new Set([8]) });
    expect(geometry.ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of geometry.ticks) {
      expect(tick.y).toBeGreaterThanOrEqual(PLOT_TOP);
      expect(tick.y).toBeLessThanOrEqual(PLOT_BOTTOM);
      expect(Math.round(tick.value / geometry.step) * geometry.step).toBeCloseTo(tick.value, 9);
    }
  });

  it('leaves out excluded values and draws nothing without values', () => {
    const empty = indicator({
      row: 7,
      label: 'Taux vide',
      unit: 'rate',
      objective: '95%',
      months: ['-', '-', 'COVID', 'COVID', 'COVID', 'COVID', '-', '-', '-', '-', '-', '-'],
    });
    const geometry = chartGeometry(empty, none);
    expect(geometry.points).toEqual([]);
    expect(geometry.segments).toEqual([]);

    const excluded = {
      ...SVI,
      months: SVI.months.map((m) => (m.month === 8 ? { ...m, value: 1.5, excluded: true } : m)),
    };
    const withExcluded = chartGeometry(excluded, none);
    expect(withExcluded.points.map((p) => p.month)).not.toContain(8);
    expect(withExcluded.gaps).toContainEqual(expect.objectContaining({ month: 8, mark: 'wrong' }));
  });

  it('reads the months under the objective and the suspicious ones from the analysis', () => {
    const flags = monthFlags(sampleAnalysis(), SVI.row);
    expect([...flags.missed].sort((a, b) => a - b)).toEqual([8, 11]);
    expect([...flags.suspicious]).toEqual([8]);
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect(niceTicks(0.955, 1.005, 3)).toEqual({ ticks: [0.96, 0.98, 1], step: 0.02 });
    expect(niceTicks(1.2, 9.8, 3).ticks).toEqual([5]);
    expect(niceTicks(1.2, 9.8, 3).step).toBe(5);
  });
});

describe('formatScale and formatCompact', () => {
  it('write as many decimals as the step needs, in French typography', () => {
    expect(formatScale(0.96, 0.02, 'rate', 'fr')).toBe('96\u202f%');
    expect(formatScale(0.965, 0.005, 'rate', 'fr')).toBe('96,5\u202f%');
    expect(formatScale(2.5, 0.5, 'days', 'fr')).toBe('2,5\u00a0j');
    expect(formatScale(40, 20, 'count', 'en')).toBe('40');
    expect(formatCompact(0.9, 'rate', 'fr')).toBe('90\u202f%');
    expect(formatCompact(4.5, 'days', 'en')).toBe('4.5\u00a0d');
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
