/**
 * The safety net (design.md §5): UNREAD_ROW for month data recognition did not read, and
 * LAYOUT_GUESSED for each choice between two plausible readings. A misread layout never ends
 * in "ready to send".
 */
import { analyse } from '../../src/core/analyse';
import { recognise } from '../../src/core/recognise';
import { toJsonReport } from '../../src/core/report-json';
import type { Analysis, Finding } from '../../src/core/types';
import { asOfOutsideYear } from '../../src/core/year-blocks';
import { findingMessage, layoutMessage, messagesIn } from '../../src/i18n/findings';
import type { CellSpec, GridOptions } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { FR_SHORT } from '../helpers/month-headers';
import { LAYOUT_FACTS } from '../fixtures/layout-facts';

const FULL = Array.from({ length: 12 }, () => 0.95);
const HEADER: CellSpec[] = ['Indicateur', 'Objectif', ...FR_SHORT, 'Moyenne'];

function analysisOf(rows: readonly (readonly CellSpec[])[], options?: GridOptions): Analysis {
  const grid = buildGrid(rows, { sheet: 'TDB 2020', ...options });
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  return analyse(grid, recognition.dashboard, { today: { year: 2026, month: 11 } });
}

const frenchMessage = (finding: Finding) => findingMessage(finding, 'fr');

const codes = (analysis: Analysis, code: string) =>
  analysis.findings.filter((finding) => finding.code === code);

describe('UNREAD_ROW', () => {
  it('the worst case of issue 8: a spacer after the first section, a title merged across', () => {
    const analysis = analysisOf(
      [
        HEADER,
        ['Taux de décroché', 0.9, ...FULL, 0.95],
        [],
        ['Accueil dématérialisé'],
        ['Taux de réponse', 0.9, ...FULL, 0.95],
        ['Délai de réponse', '<5j', ...FULL.map(() => 2), 2],
      ],
      { merges: ['A4:O4'] },
    );
    expect(analysis.indicators.map((indicator) => indicator.label)).toEqual([
      'Taux de décroché',
      'Taux de réponse',
      'Délai de réponse',
    ]);
    expect(analysis.indicators[2].section).toBe('Accueil dématérialisé');
    expect(analysis.summary.readyToSend).toBe(true);
  });

  it('a row with month data and no label is an error on its first month cell', () => {
    const analysis = analysisOf([
      HEADER,
      ['Taux', '90%', ...FULL],
      [null, null, null, 'COVID', ...FULL.slice(2)],
      ['Délai', '<5j', ...FULL.map(() => 2)],
    ]);
    expect(analysis.indicators).toHaveLength(2);
    expect(codes(analysis, 'UNREAD_ROW')).toEqual([
      expect.objectContaining({ cell: 'D3', row: 2, month: 2, severity: 'error' }),
    ]);
    expect(frenchMessage(codes(analysis, 'UNREAD_ROW')[0])).toBe(
      'Ligne 3\u00a0: «\u00a0COVID\u00a0» est saisi en février, mais la ligne n’a pas de libellé et n’est lue comme aucun indicateur. Ajouter le libellé de l’indicateur, ou vider la ligne.',
    );
    expect(analysis.summary.readyToSend).toBe(false);
  });

  it('rows right below the end of the table (two empty rows, a note) are errors', () => {
    const analysis = analysisOf([
      HEADER,
      ['Taux', '90%', ...FULL],
      [],
      [],
      ['Délai', '<5j', ...FULL.map(() => 2)],
      ['Nombre', null, ...FULL.map(() => 3)],
      [],
      ['Source', null, 7],
    ]);
    expect(analysis.indicators.map((indicator) => indicator.label)).toEqual(['Taux']);
    expect(codes(analysis, 'UNREAD_ROW').map((finding) => finding.cell)).toEqual(['C5', 'C6']);
    expect(frenchMessage(codes(analysis, 'UNREAD_ROW')[0])).toContain('sous la fin du tableau');
    expect(analysis.summary.readyToSend).toBe(false);
  });

  it('a footer ends the table; what lies under it with numbers is unread', () => {
    const analysis = analysisOf([
      HEADER,
      ['Taux', '90%', ...FULL],
      ['Note : le suivi reprend en juillet.'],
      ['Taux SVI', '90%', ...FULL],
    ]);
    expect(analysis.indicators).toHaveLength(1);
    expect(codes(analysis, 'UNREAD_ROW').map((finding) => finding.cell)).toEqual(['C4']);
  });

  it('another table below is not unread: its month header row starts it', () => {
    const analysis = analysisOf([
      HEADER,
      ['Taux', '90%', ...FULL],
      [],
      [],
      HEADER,
      ['Taux', '90%', ...FULL],
    ]);
    expect(codes(analysis, 'UNREAD_ROW')).toEqual([]);
    expect(analysis.summary.readyToSend).toBe(true);
  });

  it('is in the JSON report with its severity and counts as an error', () => {
    const analysis = analysisOf([HEADER, ['Taux', '90%', ...FULL], [null, null, ...FULL]]);
    const report = toJsonReport(analysis, 'x.xlsx', messagesIn('fr'));
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: 'UNREAD_ROW',
        severity: 'error',
        cell: 'C3',
        row: 3,
        month: 1,
      }),
    );
    expect(report.summary).toMatchObject({ errors: 1, readyToSend: false });
  });
});

describe('LAYOUT_GUESSED', () => {
  it('two columns of distinct texts left of the months: the longer texts are the labels', () => {
    const analysis = analysisOf([
      [null, null, 'Objectif', ...FR_SHORT],
      ['A1', 'Taux de réponse aux courriers', '90%', ...FULL],
      ['A2', 'Taux de réponse aux courriels', '90%', ...FULL],
    ]);
    expect(analysis.dashboard.columns.label).toBe(1);
    const [guess] = codes(analysis, 'LAYOUT_GUESSED');
    expect(guess).toMatchObject({ cell: 'B1', severity: 'warning', month: null });
    expect(frenchMessage(guess)).toContain('colonne B');
    expect(frenchMessage(guess)).toContain('la colonne A pourrait aussi');
    expect(analysis.summary.readyToSend).toBe(true);
  });

  it('a section repeated on each row is no plausible label column: no guess', () => {
    const analysis = analysisOf([
      [null, null, 'Objectif', ...FR_SHORT],
      ['Accueil', 'Taux de réponse aux courriers', '90%', ...FULL],
      ['Accueil', 'Taux de réponse aux courriels', '90%', ...FULL],
    ]);
    expect(codes(analysis, 'LAYOUT_GUESSED')).toEqual([]);
  });

  const blocks = (moyenne: string, years: [string, string]) => [
    ['Indicateur', years[0], ...Array(11).fill(null), years[1], ...Array(11).fill(null), moyenne],
    [null, ...FR_SHORT, ...FR_SHORT],
    ['Taux', ...FULL.map(() => 0.5), ...FULL, 0.95],
  ];

  it('the block the Moyenne header names is read, even when it is not the latest', () => {
    const analysis = analysisOf(blocks('Moyenne 2019', ['ANNEE 2019', 'ANNEE 2020']));
    expect(analysis.dashboard.year).toBe(2019);
    expect(analysis.indicators[0].average).toBe(0.5);
    const [guess] = codes(analysis, 'LAYOUT_GUESSED');
    expect(guess.cell).toBe('B2');
    expect(frenchMessage(guess)).toContain('le bloc 2019 est lu (l’année que nomment les en-têtes');
  });

  it('without a year anywhere, the right-most block is read and the guess says so', () => {
    const analysis = analysisOf(blocks('Moyenne', ['', '']), { sheet: 'TDB' });
    expect(analysis.dashboard.columns.months[0]).toBe(13);
    expect(analysis.indicators[0].average).toBe(0.95);
    const [guess] = codes(analysis, 'LAYOUT_GUESSED');
    expect(frenchMessage(guess)).toBe(
      'La feuille porte plusieurs blocs de douze mois\u00a0: le bloc commençant en colonne N est lu (le plus à droite, aucun bloc ne nommant son année), pas les autres. Vérifier que c’est l’année à contrôler.',
    );
  });

  it('an as-of outside the block read is refused; inside it is not', () => {
    const { dashboard } = analysisOf(blocks('Moyenne', ['ANNEE 2019', 'ANNEE 2020']));
    expect(dashboard.year).toBe(2020);
    expect(asOfOutsideYear(dashboard, { year: 2019, month: 12 })).toBe(true);
    expect(asOfOutsideYear(dashboard, { year: 2020, month: 6 })).toBe(false);
    const single = analysisOf([HEADER, ['Taux', '90%', ...FULL]]).dashboard;
    expect(asOfOutsideYear(single, { year: 2019, month: 12 })).toBe(false);
  });
});

describe('layout messages', () => {
  const samples = LAYOUT_FACTS;

  it.each(samples.map((facts) => [facts.code, facts] as const))(
    '%s is written in French and in English, in French typography',
    (_code, facts) => {
      const fr = layoutMessage(facts, 'fr');
      const en = layoutMessage(facts, 'en');
      expect(fr).not.toEqual(en);
      expect(fr).toMatch(/\.$/);
      expect(en).toMatch(/\.$/);
      expect(fr).not.toMatch(/ [:;?!]|« | »|'/);
    },
  );

  it('names both other years', () => {
    expect(layoutMessage(samples[3], 'fr')).toContain('pas ceux de 2019 et 2020');
    expect(layoutMessage(samples[3], 'en')).toContain('not that of 2019 and 2020');
  });
});
