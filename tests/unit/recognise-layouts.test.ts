import { columnIndex } from '../../src/core/address';
import { recognise } from '../../src/core/recognise';
import type { Dashboard } from '../../src/core/types';
import type { CellSpec, GridOptions } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { EN_FULL, EN_SHORT, FR_FULL, FR_SHORT } from '../helpers/month-headers';

const TWELVE = Array.from({ length: 12 }, (_, i) => 0.9 + i / 200);

const col = (letters: string): number => columnIndex(letters);
const letters = (from: string, count: number): number[] =>
  Array.from({ length: count }, (_, i) => col(from) + i);

function dashboardOf(rows: readonly (readonly CellSpec[])[], options?: GridOptions): Dashboard {
  const recognition = recognise(buildGrid(rows, options));
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  return recognition.dashboard;
}

/** A one-row-header table: label, engagement, objective, months, Moyenne, Commentaires. */
function simpleTable(months: readonly string[]): CellSpec[][] {
  return [
    ['Indicateur', 'Engagement', 'Objectif', ...months, 'Moyenne', 'Commentaires'],
    ["Taux d'appels aboutis", 'E10', '90%', ...TWELVE, 0.95, null],
    ['Délai moyen de réponse aux courriels', 'E18', '<5j', ...TWELVE.map(() => 2), 2, 'ok'],
  ];
}

describe('recognise: header layouts', () => {
  it('reads a single header row with full French month names', () => {
    const dashboard = dashboardOf(simpleTable(FR_FULL));
    expect(dashboard.headerRows).toEqual([0]);
    expect(dashboard.columns).toEqual({
      section: null,
      label: 0,
      engagement: 1,
      n1: null,
      metN1: null,
      objective: 2,
      months: letters('D', 12),
      comment: col('Q'),
      average: col('P'),
      met: null,
    });
    expect(dashboard.rows).toEqual([
      { row: 1, section: null, label: "Taux d'appels aboutis" },
      { row: 2, section: null, label: 'Délai moyen de réponse aux courriels' },
    ]);
    expect(dashboard.lastColumn).toBe(col('Q'));
    expect(dashboard.site).toBeNull();
    expect(dashboard.year).toBeNull();
  });

  it.each([
    ['short English', EN_SHORT],
    ['full English', EN_FULL],
    [
      'abbreviated with dots',
      [
        'janv.',
        'févr.',
        'mars',
        'avr.',
        'mai',
        'juin',
        'juil.',
        'août',
        'sept.',
        'oct.',
        'nov.',
        'déc.',
      ],
    ],
    [
      'upper case without accents',
      ['JANV', 'FEVR', 'MARS', 'AVR', 'MAI', 'JUIN', 'JUIL', 'AOUT', 'SEPT', 'OCT', 'NOV', 'DEC'],
    ],
  ])('accepts %s month headers', (_, months) => {
    expect(dashboardOf(simpleTable(months)).columns.months).toEqual(letters('D', 12));
  });

  it('finds columns in another order: Moyenne and Commentaires before the months, Objectif after', () => {
    const dashboard = dashboardOf([
      [
        'Libellé',
        'Engagement',
        'Moyenne annuelle',
        'Commentaires',
        ...FR_SHORT,
        'Objectifs annuels',
      ],
      ['Taux de réponse', 'E17', 0.95, null, ...TWELVE, '95%'],
    ]);
    expect(dashboard.columns).toMatchObject({
      label: 0,
      engagement: 1,
      average: 2,
      comment: 3,
      months: letters('E', 12),
      objective: col('Q'),
    });
  });

  it('skips an empty spacer column and a hidden column between months', () => {
    const header = [
      'Indicateur',
      'Objectif',
      ...FR_SHORT.slice(0, 6),
      null,
      ...FR_SHORT.slice(6, 9),
      'T3',
      ...FR_SHORT.slice(9),
      'Moyenne',
    ];
    const values = [
      'Taux',
      '90%',
      ...TWELVE.slice(0, 6),
      null,
      ...TWELVE.slice(6, 9),
      0.9,
      ...TWELVE.slice(9),
      0.92,
    ];
    const dashboard = dashboardOf([header, values], { hiddenColumns: [col('M')] });
    expect(dashboard.columns.months).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15]);
    expect(dashboard.columns.average).toBe(16);
  });

  it('takes the year and the met column from "Atteinte objectif 2021" without ANNEE header', () => {
    const dashboard = dashboardOf([
      [
        'Indicateur',
        'Objectif',
        'atteinte objectif N-1',
        ...FR_SHORT,
        'Moyenne',
        'Atteinte objectif 2021',
      ],
      ['Taux', '90%', 'oui', ...TWELVE, 0.93, 'oui'],
    ]);
    expect(dashboard.year).toBe(2021);
    expect(dashboard.columns.metN1).toBe(2);
    expect(dashboard.columns.met).toBe(col('Q'));
    expect(dashboard.lastColumn).toBe(col('Q'));
  });

  it('recognises "objectif atteint" as the met column', () => {
    const dashboard = dashboardOf([
      ['Indicateur', 'Objectif', ...FR_SHORT, 'Moyenne', 'Objectif atteint ?'],
      ['Taux', '90%', ...TWELVE, 0.93, 'oui'],
    ]);
    expect(dashboard.columns.met).toBe(col('P'));
    expect(dashboard.columns.objective).toBe(1);
  });

  it('takes the year from the sheet name when no header gives it', () => {
    expect(dashboardOf(simpleTable(FR_SHORT), { sheet: 'TDB 2021' }).year).toBe(2021);
    expect(dashboardOf(simpleTable(FR_SHORT), { sheet: 'TDB' }).year).toBeNull();
  });

  it('prefers an "Année 2021" title over the sheet name', () => {
    const rows = [['Tableau de bord - Année 2021'], [], ...simpleTable(FR_SHORT)];
    const dashboard = dashboardOf(rows, { sheet: 'TDB 2019' });
    expect(dashboard.year).toBe(2021);
    expect(dashboard.headerRows).toEqual([2]);
    expect(dashboard.rows.map((row) => row.row)).toEqual([3, 4]);
  });

  it('reads the year from dated month headers', () => {
    const dated = FR_SHORT.map((_, i) => ({ v: 43831 + i * 31, f: 'mmm-yy', t: '' }));
    const dashboard = dashboardOf([
      ['Indicateur', 'Objectif', ...dated, 'Moyenne'],
      ['Taux', '90%', ...TWELVE, 0.93],
    ]);
    expect(dashboard.columns.months).toEqual(letters('C', 12));
    expect(dashboard.year).toBe(2020);
  });

  it('reads "janv.-21" style month headers and their year', () => {
    const months = FR_SHORT.map((month) => `${month.toLowerCase()}.-21`);
    const dashboard = dashboardOf([
      ['Indicateur', ...months],
      ['Taux', ...TWELVE],
    ]);
    expect(dashboard.columns.months).toEqual(letters('B', 12));
    expect(dashboard.year).toBe(2021);
  });

  it('keeps the header text of a two-row "Résultats" / "N-1" header', () => {
    const dashboard = dashboardOf(
      [
        [
          'Indicateur',
          'Résultats',
          'Atteinte objectif',
          'ANNEE 2022',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ],
        [null, 'N-1', 'N-1', ...FR_SHORT],
        ['Taux', 0.9, 'oui', ...TWELVE],
      ],
      { merges: ['A1:A2', 'D1:O1'] },
    );
    expect(dashboard.columns).toMatchObject({ label: 0, n1: 1, metN1: 2, met: null });
    expect(dashboard.year).toBe(2022);
    expect(dashboard.headerRows).toEqual([0, 1]);
  });
});

describe('recognise: merged header rows', () => {
  const blank = (count: number): null[] => Array.from({ length: count }, () => null);

  it('keeps a header row whose only cell is merged down to the month row', () => {
    const dashboard = dashboardOf(
      [['Indicateurs'], [null, 'Objectif', ...FR_SHORT], ['Taux', '90%', ...TWELVE]],
      { merges: ['A1:A2'] },
    );
    expect(dashboard.headerRows).toEqual([0, 1]);
    expect(dashboard.columns).toMatchObject({ label: 0, objective: 1 });
  });

  it('reads through a header row made only of merges from the row above', () => {
    const dashboard = dashboardOf(
      [
        ['Indicateur', 'Engagement', 'ANNEE 2020', ...blank(11)],
        [],
        [null, null, ...FR_SHORT],
        ['Taux', 'E10', ...TWELVE],
      ],
      { merges: ['A1:A3', 'B1:B3', 'C1:N2'] },
    );
    expect(dashboard.headerRows).toEqual([0, 1, 2]);
    expect(dashboard.columns).toMatchObject({ label: 0, engagement: 1, months: letters('C', 12) });
    expect(dashboard.year).toBe(2020);
  });

  it('does not give a horizontal merge to the columns it spans', () => {
    const dashboard = dashboardOf(
      [
        ['Indicateur', 'Moyenne et commentaires', null, ...FR_SHORT],
        ['Taux', 0.95, 'ok', ...TWELVE],
      ],
      { merges: ['B1:C1'] },
    );
    expect(dashboard.columns).toMatchObject({ average: 1, comment: null });
  });
});

describe('recognise: label, section and rows', () => {
  it('turns a labelled row with nothing else into the section of the rows below', () => {
    const dashboard = dashboardOf([
      ['Indicateur', 'Engagement', 'Objectif', ...FR_SHORT, 'Moyenne'],
      ['Accueil téléphonique'],
      ["Taux d'appels aboutis", 'E10', '90%', ...TWELVE, 0.93],
      ['Accueil physique', null, null, ...TWELVE.map(() => null), null],
      ["Temps d'attente", 'E5', '<20', ...TWELVE.map(() => 12), 12],
      ['Nombre de visiteurs', null, '-', ...TWELVE.map(() => 'COVID'), null],
    ]);
    expect(dashboard.rows).toEqual([
      { row: 2, section: 'Accueil téléphonique', label: "Taux d'appels aboutis" },
      { row: 4, section: 'Accueil physique', label: "Temps d'attente" },
      { row: 5, section: 'Accueil physique', label: 'Nombre de visiteurs' },
    ]);
  });

  it('carries a section down blank cells, and skips a heading row when sections have a column', () => {
    const dashboard = dashboardOf([
      ['Section', 'Indicateur', 'Objectif', ...FR_SHORT],
      ['Courriers', 'Taux de réponse', '95%', ...TWELVE],
      [null, 'Délai', '<10j', ...TWELVE],
      ['Courriels', 'Sous-total'],
      [null, 'Taux de réponse', '95%', ...TWELVE],
    ]);
    expect(dashboard.columns.section).toBe(0);
    expect(dashboard.columns.label).toBe(1);
    expect(dashboard.rows).toEqual([
      { row: 1, section: 'Courriers', label: 'Taux de réponse' },
      { row: 2, section: 'Courriers', label: 'Délai' },
      { row: 4, section: 'Courriels', label: 'Taux de réponse' },
    ]);
  });

  it('without a label header, takes the column left of the months with the most distinct text', () => {
    const dashboard = dashboardOf([
      [null, null, 'N°', 'Objectif', ...FR_SHORT],
      ['Accueil', "Taux d'appels aboutis", 1, '90%', ...TWELVE],
      ['Accueil', "Taux d'appels aboutis SVI", 2, '90%', ...TWELVE],
      ['Accueil', 'Délai moyen', 3, '<5j', ...TWELVE],
    ]);
    expect(dashboard.columns.label).toBe(1);
    expect(dashboard.columns.section).toBe(0);
    expect(dashboard.rows.map((row) => row.section)).toEqual(['Accueil', 'Accueil', 'Accueil']);
  });

  it('stops at the first fully empty row and ignores the notes below it', () => {
    const dashboard = dashboardOf([
      ['Indicateur', 'Objectif', ...FR_SHORT, 'Moyenne'],
      ['Taux', '90%', ...TWELVE, 0.93],
      ['Délai', '<5j', ...TWELVE, 0.93],
      [],
      ['Note : le suivi est suspendu entre mars et juin.'],
      ['Source : SVI', null, 12],
    ]);
    expect(dashboard.rows.map((row) => row.label)).toEqual(['Taux', 'Délai']);
    expect(dashboard.lastColumn).toBe(col('O'));
  });

  it('skips a row with values but no label without ending the table', () => {
    const dashboard = dashboardOf([
      ['Indicateur', 'Objectif', ...FR_SHORT],
      ['Taux', '90%', ...TWELVE],
      [null, null, ...TWELVE],
      ['Délai', '<5j', ...TWELVE],
    ]);
    expect(dashboard.rows.map((row) => row.row)).toEqual([1, 3]);
  });

  it('counts hidden columns with content in lastColumn', () => {
    const dashboard = dashboardOf(
      [
        ['Indicateur', ...FR_SHORT, 'Moyenne'],
        ['Taux', ...TWELVE, 0.93, null, 'calcul'],
      ],
      { hiddenColumns: [col('P')] },
    );
    expect(dashboard.lastColumn).toBe(col('P'));
  });

  it('recognises 2,000 indicator rows to the last one', () => {
    const rows: CellSpec[][] = [['Section', 'Indicateur', 'Objectif', ...FR_SHORT, 'Moyenne']];
    for (let i = 0; i < 2000; i += 1)
      rows.push([
        i % 10 === 0 ? `Section ${i / 10}` : null,
        `Indicateur ${i}`,
        '90%',
        ...TWELVE,
        0.93,
      ]);
    const dashboard = dashboardOf(rows, { merges: ['A2:A11'] });
    expect(dashboard.rows).toHaveLength(2000);
    expect(dashboard.rows[1999]).toEqual({
      row: 2000,
      section: 'Section 199',
      label: 'Indicateur 1999',
    });
    expect(dashboard.rows[5].section).toBe('Section 0');
  });
});

describe('recognise: site', () => {
  it('finds a préfecture named in a title, and ignores "Qual-e-pref"', () => {
    const dashboard = dashboardOf([
      ['Tableau de bord Qual-e-pref'],
      ['Préfecture de la Gironde – pôle accueil'],
      [],
      ...simpleTable(FR_SHORT),
    ]);
    expect(dashboard.site).toBe('Préfecture de la Gironde – pôle accueil');
  });

  it('has no site when only Qual-e-pref is named', () => {
    const dashboard = dashboardOf([['Qual-e-pref 2020'], [], ...simpleTable(FR_SHORT)]);
    expect(dashboard.site).toBeNull();
  });
});

describe('recognise within a block', () => {
  const first = simpleTable(FR_SHORT);
  const second: CellSpec[][] = [
    ['Sous-préfecture de Cognac', null, null, 'ANNEE 2021'],
    ...simpleTable(EN_SHORT),
  ];
  const grid = buildGrid([['Année 2020'], ...first, [], [], ...second], { sheet: 'Suivi' });

  it('without a block, reads the first table', () => {
    const recognition = recognise(grid);
    expect(recognition.ok && recognition.dashboard.rows.map((row) => row.row)).toEqual([2, 3]);
    expect(recognition.ok && recognition.dashboard.year).toBe(2020);
  });

  it('restricted to the second table, reads only it', () => {
    const recognition = recognise(grid, { within: { top: 6, left: 0, bottom: 9, right: 16 } });
    if (!recognition.ok) throw new Error(recognition.reason);
    expect(recognition.dashboard.rows.map((row) => row.row)).toEqual([8, 9]);
    expect(recognition.dashboard.year).toBe(2021);
    expect(recognition.dashboard.site).toBe('Sous-préfecture de Cognac');
    expect(recognition.dashboard.headerRows).toEqual([6, 7]);
  });

  it('restricted to columns, ignores the table beside it', () => {
    const sideBySide = buildGrid([
      ['Indicateur', ...FR_SHORT, null, 'Indicateur', ...EN_SHORT],
      ['Taux', ...TWELVE, null, 'Rate', ...TWELVE],
    ]);
    const recognition = recognise(sideBySide, {
      within: { top: 0, left: 14, bottom: 1, right: 26 },
    });
    if (!recognition.ok) throw new Error(recognition.reason);
    expect(recognition.dashboard.columns.label).toBe(14);
    expect(recognition.dashboard.columns.months).toEqual(letters('P', 12));
    expect(recognition.dashboard.rows).toEqual([{ row: 1, section: null, label: 'Rate' }]);
  });
});

describe('recognise: subtotal columns', () => {
  it('a "Moyenne S1" between the months and a "Moyenne T4" after them name no column', () => {
    const header = [
      'Indicateur',
      ...FR_SHORT.slice(0, 6),
      'Moyenne S1',
      ...FR_SHORT.slice(6),
      'Moyenne T4',
      'Total',
      'Moyenne',
    ];
    const values = ['Taux', ...TWELVE.slice(0, 6), 0.9, ...TWELVE.slice(6), 0.9, 11, 0.93];
    const dashboard = dashboardOf([header, values]);
    expect(dashboard.columns.months).toEqual([...letters('B', 6), ...letters('I', 6)]);
    expect(dashboard.columns.average).toBe(col('Q'));
  });

  it.each(['T1', '1er trimestre', 'Trimestre 1', 'S1', '2e semestre', 'Cumul', 'Sous-total', 'Q1'])(
    'steps over %s between March and April',
    (subtotal) => {
      const header = ['Indicateur', ...FR_SHORT.slice(0, 3), subtotal, ...FR_SHORT.slice(3)];
      const dashboard = dashboardOf([
        header,
        ['Taux', ...TWELVE.slice(0, 3), 1, ...TWELVE.slice(3)],
      ]);
      expect(dashboard.columns.months).toEqual([...letters('B', 3), ...letters('F', 9)]);
    },
  );
});
