import { readMonthHeader } from '../../src/core/month-headers';
import { cell } from '../helpers/grid';

describe('readMonthHeader', () => {
  it.each([
    ['Janv', 1],
    ['janv.', 1],
    ['JANVIER', 1],
    ['Jan', 1],
    ['Fevr', 2],
    ['Févr.', 2],
    ['février', 2],
    ['February', 2],
    ['Mar', 3],
    ['Avr', 4],
    ['May', 5],
    ['Jun', 6],
    ['Juil.', 7],
    ['Août', 8],
    ['aout', 8],
    ['Aug', 8],
    ['Sep', 9],
    ['Septembre', 9],
    ['Octobre', 10],
    ['Nov.', 11],
    ['Déc', 12],
    ['décembre', 12],
    ['December', 12],
    [' Mars\u00a0', 3],
  ])('reads %s as month %i', (text, month) => {
    expect(readMonthHeader(cell(text))).toEqual({ month, year: null });
  });

  it('reads a year written after the month', () => {
    expect(readMonthHeader(cell('janv.-20'))).toEqual({ month: 1, year: 2020 });
    expect(readMonthHeader(cell('Décembre 2021'))).toEqual({ month: 12, year: 2021 });
  });

  it('reads a date cell by its serial', () => {
    expect(readMonthHeader(cell({ v: 44044, f: 'mmm-yy', t: 'août-20' }))).toEqual({
      month: 8,
      year: 2020,
    });
    expect(readMonthHeader(cell({ v: 44044, f: 'dd/mm/yyyy' }))).toEqual({ month: 8, year: 2020 });
  });

  it.each([['Moyenne'], ['Marseille'], ['Total'], ['2020']])(
    'does not read %s as a month',
    (text) => {
      expect(readMonthHeader(cell(text))).toBeNull();
    },
  );

  it('does not read a plain number as a date', () => {
    expect(readMonthHeader(cell(44044))).toBeNull();
    expect(readMonthHeader(cell({ v: 0.95, f: '0.0%' }))).toBeNull();
  });
});
