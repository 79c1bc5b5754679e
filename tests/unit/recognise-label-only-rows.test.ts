/**
 * A row holding only a label is a title or an indicator nobody filled: the same cells. It is a
 * title only on evidence (merged over the months, or a label naming no measure that reads as a
 * heading); any other is an indicator whose due months are missing, so an unfilled indicator
 * never ends in "ready to send".
 */
import { analyse } from '../../src/core/analyse';
import { planFill } from '../../src/core/plan';
import { findDashboard, recognise } from '../../src/core/recognise';
import type { Analysis, YearMonth } from '../../src/core/types';
import { fillWords } from '../../src/i18n/fill-words';
import { findingMessage } from '../../src/i18n/findings';
import { seedGrid } from '../fixtures/seed-dashboard';
import { variantGrid } from '../fixtures/variants/habits';
import {
  UNFILLED_LABEL,
  UNFILLED_ROW,
  unfilledIndicator,
} from '../fixtures/variants/unfilled-indicator';
import type { CellSpec, GridOptions } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { FR_SHORT } from '../helpers/month-headers';
import { TODAY, analysisOf, readingOf } from '../helpers/reading';

const FULL = Array.from({ length: 12 }, () => 0.95);
const HEADER: CellSpec[] = ['Indicateur', 'Objectif', ...FR_SHORT, 'Moyenne'];
const MOYENNE: CellSpec = { v: 0.95, f: '0%', t: '95%' };
const FIRST: CellSpec[] = ['Taux de réponse aux courriels', '90%', ...FULL, MOYENNE];
const LAST: CellSpec[] = ['Taux de réponse aux courriers', '90%', ...FULL, MOYENNE];

type Rows = readonly (readonly CellSpec[])[];

function analysed(rows: Rows, options: GridOptions = {}, asOf?: YearMonth): Analysis {
  const grid = buildGrid(rows, { sheet: 'TDB 2020', ...options });
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  return analyse(grid, recognition.dashboard, { today: TODAY, asOf });
}

/** The table with `row` between two filled indicators. */
const between = (row: readonly CellSpec[]): Rows => [HEADER, FIRST, row, LAST];

const codesOn = (analysis: Analysis, row: number): string[] =>
  analysis.findings.filter((finding) => finding.row === row).map((finding) => finding.code);

const labels = (analysis: Analysis): string[] =>
  analysis.indicators.map((indicator) => indicator.label);

const TWELVE_MISSING = Array.from({ length: 12 }, () => 'MISSING_MONTH');

/** What the label-only row between two filled indicators became. */
function rowBetween(label: string) {
  const analysis = analysed(between([label]));
  return {
    indicators: labels(analysis),
    /** The section of the indicator below it: the row's text when it is a title. */
    section: analysis.indicators[analysis.indicators.length - 1].section,
    codes: [...new Set(codesOn(analysis, 2))],
    ready: analysis.summary.readyToSend,
  };
}

const READ_AS = {
  /** An indicator nobody filled: its months missing, no guess, not ready. */
  indicator: (label: string) => ({
    indicators: [FIRST[0], label, LAST[0]],
    section: null,
    codes: ['NO_OBJECTIVE', 'MISSING_MONTH', 'NO_DATA'],
    ready: false,
  }),
  /** A title: skipped, naming the section below it, no finding. */
  title: (label: string) => ({
    indicators: [FIRST[0], LAST[0]],
    section: label,
    codes: [],
    ready: true,
  }),
};

describe('a label-only row between two filled indicators', () => {
  it.each<[string, keyof typeof READ_AS]>([
    ['Délai moyen de réponse', 'indicator'],
    ['Nombre d’usagers reçus', 'indicator'],
    ['Part des appels aboutis', 'indicator'],
    ['% de réponses dans les délais', 'indicator'],
    // A measure named in capitals or after a heading word is still a measure.
    ['TAUX DE DÉCROCHÉ', 'indicator'],
    ['Accueil téléphonique : taux d’appels aboutis', 'indicator'],
    ['Module 2 – Relations avec les collectivités', 'title'],
    ['Engagement n° 18', 'title'],
    ['Axe 2 : qualité de service', 'title'],
    ['Thème : courriers', 'title'],
    ['1 – Accueil', 'title'],
    ['II. Suivi des réclamations', 'title'],
    ['ACCUEIL PHYSIQUE', 'title'],
    ['Sous-total', 'title'],
  ])('"%s" is read as %s', (label, reading) => {
    expect(rowBetween(label)).toEqual(READ_AS[reading](label));
  });
});

describe('an indicator nobody filled', () => {
  it('in the middle of a section is read, its twelve months missing: not ready', () => {
    const analysis = analysed([
      [null, ...HEADER],
      ['Accueil dématérialisé', ...FIRST],
      [null, 'Taux de réponse aux courriers dans les 15 jours'],
      [null, 'Délai moyen de réponse aux courriels', '<5j', ...FULL.map(() => 2), 2],
    ]);
    expect(analysis.indicators[1]).toMatchObject({
      row: 2,
      section: 'Accueil dématérialisé',
      label: 'Taux de réponse aux courriers dans les 15 jours',
      average: null,
    });
    expect(codesOn(analysis, 2)).toEqual(['NO_OBJECTIVE', ...TWELVE_MISSING, 'NO_DATA']);
    expect(analysis.findings.find((finding) => finding.code === 'MISSING_MONTH')).toMatchObject({
      cell: 'D3',
      severity: 'error',
    });
    expect(analysis.summary).toMatchObject({ errors: 12, readyToSend: false });
  });

  it('a label naming no measure nor heading is read as one too, and the guess is said', () => {
    const analysis = analysed(between(['Téléprocédures abouties']));
    expect(labels(analysis)).toContain('Téléprocédures abouties');
    const guess = analysis.findings.find((finding) => finding.code === 'LAYOUT_GUESSED');
    expect(guess).toMatchObject({ cell: 'A3', row: 2, month: null, severity: 'warning' });
    expect(guess && findingMessage(guess, 'fr')).toBe(
      'Ligne 3\u00a0: «\u00a0Téléprocédures abouties\u00a0» n’a rien de saisi (ni mois ni objectif) et ne se lit pas comme un titre\u202f; la ligne est contrôlée comme un indicateur à remplir, et le calcul des moyennes n’y écrit rien tant qu’elle est vide. Si c’est un titre de section, fusionner la ligne sur la largeur du tableau lève le doute.',
    );
    expect(guess && findingMessage(guess, 'en')).toBe(
      'Row 3: "Téléprocédures abouties" holds nothing (no month, no objective) and does not read as a title; the row is checked as an indicator to fill, and computing the averages writes nothing in it while it is empty. If it is a section title, merging the row across the table removes the doubt.',
    );
    expect(analysis.summary).toMatchObject({ errors: 12, warnings: 1, readyToSend: false });
  });

  it('is left untouched by the fill, which writes the other rows', () => {
    const rows = between(['Téléprocédures abouties']);
    const grid = buildGrid(rows, { sheet: 'TDB 2020' });
    const plan = planFill(grid, analysed(rows), fillWords('fr'));
    expect(plan.writes.filter((write) => write.row === 2)).toEqual([]);
    expect(plan.flags.filter((flag) => flag.row === 2)).toEqual([]);
    expect(plan.writes.filter((write) => write.role === 'average').map((w) => w.row)).toEqual([
      1, 3,
    ]);
    // Reported still: its missing months are in the report sheet and in the findings after.
    expect(plan.after.summary).toMatchObject({ errors: 12, readyToSend: false });
  });

  it('named like a measure, is filled as the unfilled indicator it is', () => {
    const rows = between(['Taux de décroché']);
    const grid = buildGrid(rows, { sheet: 'TDB 2020' });
    const plan = planFill(grid, analysed(rows), fillWords('fr'));
    expect(plan.writes.filter((write) => write.row === 2).map((w) => w.value)).toEqual([
      'Pas de données',
      'non évaluable',
    ]);
  });

  it('at the very end of the table, before a note, is read and reported', () => {
    const analysis = analysed([
      HEADER,
      FIRST,
      LAST,
      ['Taux de satisfaction des usagers'],
      [],
      ['Note : enquête de satisfaction reportée.'],
    ]);
    expect(labels(analysis)).toEqual([
      'Taux de réponse aux courriels',
      'Taux de réponse aux courriers',
      'Taux de satisfaction des usagers',
    ]);
    expect(codesOn(analysis, 3)).toEqual(expect.arrayContaining(TWELVE_MISSING));
    expect(analysis.summary.readyToSend).toBe(false);
  });

  it('misses only its due months: none before any is due, six at the end of June', () => {
    const rows = between(['Taux de satisfaction des usagers']);
    const january = analysed(rows, {}, { year: 2020, month: 0 });
    expect(codesOn(january, 2)).not.toContain('MISSING_MONTH');
    expect(january.summary.readyToSend).toBe(true);
    const june = analysed(rows, {}, { year: 2020, month: 6 });
    expect(codesOn(june, 2).filter((code) => code === 'MISSING_MONTH')).toHaveLength(6);
  });

  it('in the seed: the seed’s reading plus twelve missing months, no title taken', () => {
    const seed = readingOf(analysisOf(seedGrid()));
    const analysis = analysisOf(variantGrid(unfilledIndicator()));
    const added = analysis.indicators.findIndex((indicator) => indicator.row === UNFILLED_ROW);
    expect(analysis.indicators[added]).toMatchObject({
      label: UNFILLED_LABEL,
      section: 'Accueil dématérialisé',
    });
    const reading = readingOf(analysis);
    expect(reading.indicators.filter((_, i) => i !== added)).toEqual(seed.indicators);
    const missing = TWELVE_MISSING.map((code, i) => `${code} | ${UNFILLED_LABEL} | ${i + 1}`);
    const infos = ['NO_DATA', 'NO_OBJECTIVE'].map((code) => `${code} | ${UNFILLED_LABEL} | null`);
    expect(reading.findings).toEqual([...seed.findings, ...missing, ...infos].sort());
    expect(reading.summary.errors).toBe(seed.summary.errors + 12);
  });
});

describe('a title row', () => {
  it('merged over the months is a title whatever it says: its months cannot be typed', () => {
    const analysis = analysed(between(['Taux de réponse par canal']), { merges: ['A3:O3'] });
    expect(labels(analysis)).toEqual([FIRST[0], LAST[0]]);
    expect(analysis.findings).toEqual([]);
  });

  it('merged over the label and objective only is no evidence: the label decides', () => {
    const analysis = analysed(between(['Taux de réponse par canal']), { merges: ['A3:B3'] });
    expect(labels(analysis)).toContain('Taux de réponse par canal');
    expect(analysis.summary.readyToSend).toBe(false);
  });

  it('in the section column, the label cell blank, is a title', () => {
    const analysis = analysed([
      [null, ...HEADER],
      ['Courriels', ...FIRST],
      ['Courriers'],
      [null, ...LAST],
    ]);
    expect(analysis.indicators.map((indicator) => indicator.section)).toEqual([
      'Courriels',
      'Courriers',
    ]);
    expect(analysis.findings).toEqual([]);
  });
});

describe('a table with no value at all', () => {
  const template: Rows = [HEADER, ['Taux de réponse aux courriels'], ['Délai moyen de réponse']];

  it('is a blank template, not a dashboard of unfilled indicators', () => {
    expect(recognise(buildGrid(template))).toEqual({ ok: false, reason: 'no_rows' });
  });

  it('so the dashboard on the next sheet is the one found', () => {
    const sheets = [
      buildGrid(template, { sheet: 'Modèle' }),
      buildGrid(between(['Téléprocédures abouties']), { sheet: 'TDB 2020' }),
    ];
    const found = findDashboard(sheets);
    expect('grid' in found && found.grid.sheet).toBe('TDB 2020');
  });
});
