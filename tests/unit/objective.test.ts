import { cellAt } from '../../src/core/grid';
import { meetsObjective, parseObjective } from '../../src/core/objective';
import type { Objective, ObjectiveOp, Unit } from '../../src/core/types';
import { seedGrid } from '../fixtures/seed-dashboard';
import type { CellSpec } from '../helpers/grid';
import { cell } from '../helpers/grid';

function read(spec: CellSpec, unit: Unit) {
  return parseObjective(cell(spec), unit);
}

describe('parseObjective on text', () => {
  it.each<[string, Unit, ObjectiveOp, number]>([
    // Rates.
    ['90%', 'rate', '>=', 0.9],
    ['95 %', 'rate', '>=', 0.95],
    ['95\u00a0%', 'rate', '>=', 0.95],
    ['≥ 85 %', 'rate', '>=', 0.85],
    ['>= 85%', 'rate', '>=', 0.85],
    ['=> 85 %', 'rate', '>=', 0.85],
    ['> 80 %', 'rate', '>', 0.8],
    ['au moins 90 %', 'rate', '>=', 0.9],
    ['Au moins 90%', 'rate', '>=', 0.9],
    ['90 % minimum', 'rate', '>=', 0.9],
    ['90% min', 'rate', '>=', 0.9],
    ['minimum 90 %', 'rate', '>=', 0.9],
    ['plus de 75 %', 'rate', '>', 0.75],
    ['< 5 %', 'rate', '<', 0.05],
    ['97,5 %', 'rate', '>=', 0.975],
    // A rate objective is a rate whatever the row was guessed to be.
    ['90%', 'count', '>=', 0.9],
    // Delays.
    ['<10j', 'days', '<', 10],
    ['<5j', 'days', '<', 5],
    ['< 4j', 'days', '<', 4],
    ['≤ 5 j', 'days', '<=', 5],
    ['<=5j', 'days', '<=', 5],
    ['<= 5 jours', 'days', '<=', 5],
    ['=< 5 jours', 'days', '<=', 5],
    ['5 jours', 'days', '<=', 5],
    ['10 j', 'days', '<=', 10],
    ['15 jours ouvrés', 'days', '<=', 15],
    ['moins de 5 jours', 'days', '<', 5],
    ['5 jours maximum', 'days', '<=', 5],
    ['inférieur à 5 j', 'days', '<', 5],
    ['2,5 j', 'rate', '<=', 2.5],
    // Bare numbers, read by the row's unit.
    ['>= 100', 'count', '>=', 100],
    ['100', 'count', '>=', 100],
    ['100', 'days', '<=', 100],
    ['< 3', 'days', '<', 3],
    ['95', 'rate', '>=', 0.95],
    ['0,95', 'rate', '>=', 0.95],
    ['1', 'rate', '>=', 1],
  ])('%j on a %s row → %s %d', (text, unit, op, value) => {
    expect(read(text, unit)).toEqual({ kind: 'objective', objective: { text, op, value } });
  });

  it('keeps the original text, trimmed', () => {
    expect(read('  ≥ 85 %  ', 'rate')).toEqual({
      kind: 'objective',
      objective: { text: '≥ 85 %', op: '>=', value: 0.85 },
    });
  });

  it.each([
    '-',
    '–',
    '—',
    '',
    '   ',
    'sans objet',
    'Sans objet',
    'so',
    's.o.',
    'néant',
    'n/a',
    'NC',
  ])('%j is no objective', (text) => {
    expect(read(text, 'rate')).toEqual({ kind: 'none' });
  });

  it.each([
    '79/mois',
    'bon',
    '<',
    '90%%',
    '≥',
    '> > 5',
    'au moins 90 % minimum',
    'COVID',
    '90 % des appels',
    '1,2,3 %',
  ])('%j is unreadable', (text) => {
    expect(read(text, 'rate')).toEqual({ kind: 'unreadable' });
  });
});

describe('parseObjective on other cells', () => {
  it('reads an empty cell as no objective', () => {
    expect(read(null, 'rate')).toEqual({ kind: 'none' });
  });

  it.each<[CellSpec, Unit, Objective]>([
    [{ v: 0.9, f: '0%', t: '90%' }, 'rate', { text: '90%', op: '>=', value: 0.9 }],
    [{ v: 0.9, f: '0%', t: '90%' }, 'days', { text: '90%', op: '>=', value: 0.9 }],
    [{ v: 0.95, f: '0.00%', t: '' }, 'rate', { text: '95,00%', op: '>=', value: 0.95 }],
    [{ v: 0.9, t: '0,9' }, 'rate', { text: '0,9', op: '>=', value: 0.9 }],
    [{ v: 95, t: '95' }, 'rate', { text: '95', op: '>=', value: 0.95 }],
    [{ v: 5, t: '5' }, 'days', { text: '5', op: '<=', value: 5 }],
    [{ v: 100, t: '100' }, 'count', { text: '100', op: '>=', value: 100 }],
    [{ v: 10, f: '0 "j"', t: '10 j' }, 'days', { text: '10 j', op: '<=', value: 10 }],
  ])('the number cell %j on a %s row → %j', (spec, unit, objective) => {
    expect(read(spec, unit)).toEqual({ kind: 'objective', objective });
  });

  it('reads an error or a boolean as unreadable', () => {
    expect(read({ err: '#REF!' }, 'rate')).toEqual({ kind: 'unreadable' });
    expect(read(true, 'rate')).toEqual({ kind: 'unreadable' });
  });
});

describe('parseObjective on the seed', () => {
  const grid = seedGrid();
  const objectiveOf = (row: number, unit: Unit) => parseObjective(cellAt(grid, row - 1, 5), unit);

  it.each<[number, Unit, ObjectiveOp, number]>([
    [5, 'rate', '>=', 0.9],
    [7, 'rate', '>=', 0.95],
    [8, 'days', '<', 10],
    [10, 'days', '<', 5],
    [18, 'days', '<', 4],
    [24, 'rate', '>=', 0.75],
  ])('row %d (%s) → %s %d', (row, unit, op, value) => {
    const reading = objectiveOf(row, unit);
    expect(reading.kind).toBe('objective');
    if (reading.kind === 'objective') expect(reading.objective).toMatchObject({ op, value });
  });

  it.each([21, 22, 23])('row %d has no objective', (row) => {
    expect(objectiveOf(row, 'count')).toEqual({ kind: 'none' });
  });
});

describe('meetsObjective', () => {
  const objective = (op: ObjectiveOp, value: number): Objective => ({ text: '', op, value });

  it.each<[number, ObjectiveOp, number, boolean]>([
    [0.98683, '>=', 0.9, true],
    [0.8911, '>=', 0.9, false],
    [0.9, '>=', 0.9, true],
    [0.9, '>', 0.9, false],
    [0.91, '>', 0.9, true],
    [2.4, '<', 5, true],
    [5, '<', 5, false],
    [5, '<=', 5, true],
    [6, '<=', 5, false],
    [6, '<', 10, true],
    [100, '>=', 100, true],
    [99, '>=', 100, false],
  ])('%d %s %d: %s', (value, op, target, expected) => {
    expect(meetsObjective(value, objective(op, target))).toBe(expected);
  });

  it('tolerates a rounding error on the boundary', () => {
    const mean = (0.9 + 0.95 + 1) / 3 - 1e-12;
    expect(meetsObjective(0.9499999999, objective('>=', 0.95))).toBe(true);
    expect(meetsObjective(mean, objective('>=', 0.95))).toBe(true);
    expect(meetsObjective(5.0000000001, objective('<=', 5))).toBe(true);
    expect(meetsObjective(4.9999999999, objective('<', 5))).toBe(false);
    expect(meetsObjective(0.9000000001, objective('>', 0.9))).toBe(false);
  });

  it('does not tolerate a real miss', () => {
    expect(meetsObjective(0.9499, objective('>=', 0.95))).toBe(false);
    expect(meetsObjective(5.001, objective('<=', 5))).toBe(false);
  });

  it('is false for a value that is not a number', () => {
    expect(meetsObjective(Number.NaN, objective('>=', 0.9))).toBe(false);
  });
});

describe('bare numbers (design.md §4)', () => {
  it.each<[CellSpec, Unit]>([
    [0, 'count'],
    ['0', 'count'],
    [0, 'days'],
    ['0', 'rate'],
    [{ v: 0, t: '0' }, 'count'],
  ])('a bare 0 (%p on a %s row) is "at most 0"', (spec, unit) => {
    expect(read(spec, unit)).toEqual({
      kind: 'objective',
      objective: { text: '0', op: '<=', value: 0 },
    });
  });

  it('zero complaint: one complaint misses the objective, none meets it', () => {
    const reading = read(0, 'count');
    if (reading.kind !== 'objective') throw new Error('not read');
    expect(meetsObjective(0, reading.objective)).toBe(true);
    expect(meetsObjective(1 / 12, reading.objective)).toBe(false);
  });

  it('a bare number on a count row reads "at least", with or without a sign written', () => {
    expect(read(30, 'count')).toMatchObject({ objective: { op: '>=', value: 30 } });
    expect(read('30', 'count')).toMatchObject({ objective: { op: '>=', value: 30 } });
    expect(read('<= 2', 'count')).toMatchObject({ objective: { op: '<=', value: 2 } });
  });

  it('a 0 with a sign or a unit keeps it', () => {
    expect(read('0 %', 'rate')).toMatchObject({ objective: { op: '>=', value: 0 } });
    expect(read('> 0', 'count')).toMatchObject({ objective: { op: '>', value: 0 } });
  });
});
