import type { Cell } from '../../src/core/grid';
import { cellAt, EMPTY_CELL } from '../../src/core/grid';
import type { Unit } from '../../src/core/types';
import { inferUnit } from '../../src/core/unit';
import { SEED_ROWS, seedGrid } from '../fixtures/seed-dashboard';
import type { CellSpec } from '../helpers/grid';
import { cell } from '../helpers/grid';

const months = (...specs: CellSpec[]): Cell[] => specs.map(cell);

describe('inferUnit from the objective', () => {
  it.each<[CellSpec, Unit]>([
    ['90%', 'rate'],
    ['≥ 85 %', 'rate'],
    [{ v: 0.9, f: '0%' }, 'rate'],
    ['<10j', 'days'],
    ['< 4j', 'days'],
    ['5 jours', 'days'],
    ['≤ 5 j', 'days'],
  ])('%j → %s, whatever the label says', (objective, unit) => {
    expect(inferUnit("Nombre d'usagers", cell(objective), [])).toBe(unit);
  });

  it('leaves a bare number objective to the label', () => {
    expect(inferUnit('Délai moyen', cell(5), [])).toBe('days');
    expect(inferUnit("Nombre d'usagers", cell('100'), [])).toBe('count');
  });
});

describe('inferUnit from the label', () => {
  it.each<[string, Unit]>([
    ["Taux d'appels aboutis", 'rate'],
    ['TAUX DE SATISFACTION', 'rate'],
    ['Pourcentage de dossiers complets', 'rate'],
    ['Part des demandes traitées en ligne', 'rate'],
    ["Part d'appels perdus", 'rate'],
    ['Appels aboutis (%)', 'rate'],
    ['Délai moyen de réponse', 'days'],
    ['Délais de rendez-vous', 'days'],
    ['Temps de traitement en jours', 'days'],
    ['Temps de traitement (jours)', 'days'],
    ['Temps de traitement en jours ouvrés', 'days'],
    ["Nombre d'usagers reçus au PN", 'count'],
    ['Nb de visites', 'count'],
    ['Nbre de dossiers', 'count'],
    ['Départ des courriers', 'count'],
    ['Visiteurs', 'count'],
  ])('%j → %s', (label, unit) => {
    expect(inferUnit(label, cell('-'), [])).toBe(unit);
  });
});

describe('inferUnit from the month cells', () => {
  it.each<[string, Cell[], Unit]>([
    ['percent formats', months({ v: 0.5, f: '0.0%' }, { v: 0.6, f: '0%' }, '-'), 'rate'],
    ['texts with %', months('77,6 %', '51,9%', 'Fermés'), 'rate'],
    ['texts with days', months('2 j', '3 jours', 4), 'days'],
    ['plain numbers', months(76, 27, 26, 24), 'count'],
    ['a minority of percents', months({ v: 0.5, f: '0%' }, 3, 4), 'count'],
    ['no number at all', months('COVID', '-', null), 'count'],
    ['nothing', [], 'count'],
  ])('%s → %s', (_name, cells, unit) => {
    expect(inferUnit('Téléprocédures abouties', EMPTY_CELL, cells)).toBe(unit);
  });
});

describe('inferUnit on the seed', () => {
  const grid = seedGrid();
  const unitOf = (row: number): Unit => {
    const r = row - 1;
    const monthCells = Array.from({ length: 12 }, (_, i) => cellAt(grid, r, 6 + i));
    return inferUnit(String(cellAt(grid, r, 1).value), cellAt(grid, r, 5), monthCells);
  };

  it('finds the unit of every indicator', () => {
    const units = SEED_ROWS.slice(4).map((_, i) => unitOf(i + 5));
    expect(units).toEqual([
      'rate', // 5 Taux d'appels aboutis
      'rate', // 6 SVI
      'rate', // 7 Taux de réponse aux courriers dans les 15 jours ouvrés
      'days', // 8 Délai moyen de réponse aux courriers
      'rate', // 9
      'days', // 10 Délai moyen de réponse aux courriels en jours ouvrés
      'rate', // 11
      'days', // 12
      'rate', // 13
      'days', // 14
      'rate', // 15
      'rate', // 16
      'rate', // 17 Taux de fixation de rendez-vous dans le délai de 4 jours ouvrés
      'days', // 18
      'rate', // 19
      'days', // 20
      'count', // 21 Nombre d'usagers reçus au PN
      'count', // 22 Nombres d'usagers reçus pour demande d'infos
      'rate', // 23 Téléprocédures abouties
      'rate', // 24 Taux de satisfaction
    ]);
  });

  it('reads "Taux de réponse aux courriers dans les 15 jours ouvrés" as a rate from its label', () => {
    expect(inferUnit('Taux de réponse aux courriers dans les 15 jours ouvrés', cell('-'), [])).toBe(
      'rate',
    );
  });

  it('reads "Téléprocédures abouties" as a rate from its month formats only', () => {
    expect(unitOf(23)).toBe('rate');
    expect(inferUnit('Téléprocédures abouties', cell('-'), [])).toBe('count');
  });
});
