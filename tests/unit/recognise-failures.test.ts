import { findDashboard, recognise } from '../../src/core/recognise';
import type { CellSpec } from '../helpers/grid';
import { buildGrid } from '../helpers/grid';
import { FR_SHORT as MONTHS } from '../helpers/month-headers';

const TWELVE = Array.from({ length: 12 }, () => 0.95);

const TABLE: CellSpec[][] = [
  ['Indicateur', 'Objectif', ...MONTHS, 'Moyenne'],
  ['Taux', '90%', ...TWELVE, 0.95],
];

function reasonOf(rows: readonly (readonly CellSpec[])[]): string | null {
  const recognition = recognise(buildGrid(rows));
  return recognition.ok ? null : recognition.reason;
}

describe('recognise failures', () => {
  it('empty_sheet: no cell, or only blank text', () => {
    expect(reasonOf([])).toBe('empty_sheet');
    expect(reasonOf([[null, '  '], [' \u00a0']])).toBe('empty_sheet');
  });

  it('empty_sheet: the selected block is empty although the sheet is not', () => {
    const recognition = recognise(buildGrid(TABLE), {
      within: { top: 5, left: 0, bottom: 8, right: 3 },
    });
    expect(recognition).toEqual({ ok: false, reason: 'empty_sheet' });
  });

  it('no_month_headers: eleven months, months out of order, or a column breaking them', () => {
    expect(
      reasonOf([
        ['Indicateur', ...MONTHS.slice(0, 11)],
        ['Taux', ...TWELVE],
      ]),
    ).toBe('no_month_headers');
    const swapped = [...MONTHS];
    [swapped[3], swapped[4]] = [swapped[4], swapped[3]];
    expect(
      reasonOf([
        ['Indicateur', ...swapped],
        ['Taux', ...TWELVE],
      ]),
    ).toBe('no_month_headers');
    // Subtotal columns (T1, Total S1) are stepped over; any other header breaks the months.
    const broken = [...MONTHS.slice(0, 6), 'Observations', ...MONTHS.slice(6)];
    expect(
      reasonOf([
        ['Indicateur', ...broken],
        ['Taux', ...TWELVE],
      ]),
    ).toBe('no_month_headers');
    expect(reasonOf([['Compte rendu du COPIL qualité'], ['Rien à signaler']])).toBe(
      'no_month_headers',
    );
  });

  it('no_month_headers: twelve numbers are not months', () => {
    const numbers = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(
      reasonOf([
        ['Indicateur', ...numbers],
        ['Taux', ...TWELVE],
      ]),
    ).toBe('no_month_headers');
  });

  it('no_label_column: nothing left of the months holds text', () => {
    expect(reasonOf([[...MONTHS], [...TWELVE]])).toBe('no_label_column');
    expect(
      reasonOf([
        ['N°', ...MONTHS],
        [1, ...TWELVE],
        [2, ...TWELVE],
      ]),
    ).toBe('no_label_column');
  });

  it('no_rows: headers with nothing below, or only headings', () => {
    expect(reasonOf([TABLE[0]])).toBe('no_rows');
    expect(reasonOf([TABLE[0], [], ['Notes']])).toBe('no_rows');
    expect(reasonOf([TABLE[0], ['Accueil téléphonique'], ['Accueil physique']])).toBe('no_rows');
  });
});

describe('findDashboard', () => {
  const notes = buildGrid([['Notes du COPIL']], { sheet: 'Notes' });
  const empty = buildGrid([], { sheet: 'Vide' });
  const tdb2020 = buildGrid(TABLE, { sheet: 'TDB 2020' });
  const tdb2021 = buildGrid(TABLE, { sheet: 'TDB 2021' });

  it('uses the first sheet that is a dashboard', () => {
    const found = findDashboard([empty, notes, tdb2020, tdb2021]);
    expect('grid' in found && found.grid.sheet).toBe('TDB 2020');
    expect('dashboard' in found && found.dashboard.year).toBe(2020);
  });

  it('uses the named sheet', () => {
    const found = findDashboard([tdb2020, tdb2021], 'TDB 2021');
    expect('dashboard' in found && found.dashboard.sheet).toBe('TDB 2021');
  });

  it('reports an unknown sheet, or why the named sheet is not a dashboard', () => {
    expect(findDashboard([tdb2020], 'TDB 2019')).toEqual({ error: 'unknown_sheet' });
    expect(findDashboard([tdb2020, notes], 'Notes')).toEqual({ error: 'no_month_headers' });
  });

  it('without a dashboard, gives the first non-empty sheet reason; empty_sheet when all are empty', () => {
    const noRows = buildGrid([TABLE[0]], { sheet: 'Modèle' });
    expect(findDashboard([empty, noRows, notes])).toEqual({ error: 'no_rows' });
    expect(findDashboard([notes, noRows])).toEqual({ error: 'no_month_headers' });
    expect(findDashboard([empty, empty])).toEqual({ error: 'empty_sheet' });
    expect(findDashboard([])).toEqual({ error: 'empty_sheet' });
  });
});
