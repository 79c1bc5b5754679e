import { MARKERS, markerStatus, readCell } from '../../src/core/cell-reader';
import type { Cell } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { SEED_ROWS, seedGrid } from '../fixtures/seed-dashboard';
import { cell } from '../helpers/grid';

describe('readCell on number cells', () => {
  it.each([
    [{ v: 0.99, f: '0.0%' }, 0.99, true],
    [{ v: 0, f: '0.0%' }, 0, true],
    [{ v: 2.4, f: '0.0 "j"' }, 2.4, false],
    [{ v: 38.25, f: 'General' }, 38.25, false],
    [{ v: 99, f: '0.0 "%"' }, 99, false],
    [{ v: -3, f: '0' }, -3, false],
  ])('%j → %d (percent %s)', (spec, value, percent) => {
    expect(readCell(cell(spec))).toEqual({ kind: 'number', value, fromText: false, percent });
  });
});

describe('readCell on text numbers', () => {
  it.each([
    ['99,0%', 0.99, true],
    ['98,5 %', 0.985, true],
    ['96.8%', 0.968, true],
    ['100,00%', 1, true],
    ['14,1%', 0.141, true],
    ['1,1 %', 0.011, true],
    ['1,3', 1.3, false],
    ['2 j', 2, false],
    ['12 jours', 12, false],
    [' 1 234,5 ', 1234.5, false],
  ])('%j → %d (percent %s)', (text, value, percent) => {
    expect(readCell(cell(text))).toEqual({ kind: 'number', value, fromText: true, percent });
  });
});

describe('readCell on markers', () => {
  it.each([
    ['COVID', 'suspended'],
    ['covid-19', 'suspended'],
    ['Covid19', 'suspended'],
    ['COVID 19', 'suspended'],
    ['COVID-19 !', 'suspended'],
    ['Suspendu', 'suspended'],
    ['suspendue', 'suspended'],
    ['suspendus', 'suspended'],
    ['Suspension', 'suspended'],
    ['Confinement', 'suspended'],
    ['confiné', 'suspended'],
    ['Fermés', 'closed'],
    ['Fermé', 'closed'],
    ['fermée', 'closed'],
    ['FERMÉES', 'closed'],
    ['Fermeture', 'closed'],
    ['Fermé.', 'closed'],
    ['-', 'not_available'],
    [' - ', 'not_available'],
    ['\u2013', 'not_available'],
    ['\u2014', 'not_available'],
    ['--', 'not_available'],
    ['NC', 'not_available'],
    ['N.C.', 'not_available'],
    ['n.c', 'not_available'],
    ['ND', 'not_available'],
    ['n.d.', 'not_available'],
    ['s.o.', 'not_available'],
    ['S.O', 'not_available'],
    ['so', 'not_available'],
    ['s/o', 'not_available'],
    ['N/A', 'not_available'],
    ['na', 'not_available'],
    ['Sans objet', 'not_available'],
    ['sans\u00a0objet', 'not_available'],
    ['Néant', 'not_available'],
  ])('%j → %s', (text, status) => {
    expect(readCell(cell(text))).toEqual({ kind: 'marker', status });
  });

  it('exports every marker in its normalised form', () => {
    for (const [status, words] of Object.entries(MARKERS)) {
      for (const word of words) expect(markerStatus(word)).toBe(status);
    }
  });
});

describe('readCell on other cells', () => {
  it.each(['', '   ', '\u00a0'])('the text %j is empty', (text) => {
    const blank: Cell = { value: text, text, format: 'General', formula: null, kind: 'text' };
    expect(readCell(blank)).toEqual({ kind: 'empty' });
  });

  it('reads an empty cell as empty', () => {
    expect(readCell(cell(null))).toEqual({ kind: 'empty' });
  });

  it.each(['#DIV/0!', '#REF!', '#VALUE!', '#N/A', '#NAME?', '#NUM!', '#NULL!'])(
    'keeps the error code %s',
    (code) => {
      expect(readCell(cell({ err: code }))).toEqual({ kind: 'error', code });
    },
  );

  it.each([
    '1 courriel répondu en 6 jour sur 10 en juillet',
    'abc',
    '79/mois',
    '< 5j',
    'COVID ?',
    'fermé le matin',
    '1,2,3',
    'oui',
  ])('the text %j is invalid', (text) => {
    expect(readCell(cell(text))).toEqual({ kind: 'invalid' });
  });

  it('reads a boolean as invalid', () => {
    expect(readCell(cell(true))).toEqual({ kind: 'invalid' });
  });

  it('reads a non-finite number as invalid', () => {
    const nan: Cell = {
      value: Number.NaN,
      text: '',
      format: 'General',
      formula: null,
      kind: 'number',
    };
    expect(readCell(nan)).toEqual({ kind: 'invalid' });
  });
});

describe('readCell on the seed dashboard', () => {
  const grid = seedGrid();
  const month = (row: number, index: number) => readCell(cellAt(grid, row - 1, 6 + index));

  it('reads the SVI row as percent numbers, August 0,0 % included', () => {
    expect(month(6, 7)).toEqual({ kind: 'number', value: 0, fromText: false, percent: true });
    expect(month(6, 10)).toEqual({ kind: 'number', value: 0.879, fromText: false, percent: true });
  });

  it('reads COVID, Fermés and "-" as markers', () => {
    expect(month(21, 3)).toEqual({ kind: 'marker', status: 'suspended' });
    expect(month(21, 6)).toEqual({ kind: 'marker', status: 'closed' });
    expect(month(21, 1)).toEqual({ kind: 'marker', status: 'not_available' });
  });

  it('reads the delays as plain numbers', () => {
    expect(month(10, 8)).toEqual({ kind: 'number', value: 1.3, fromText: false, percent: false });
  });

  it('reads the N-1 results typed with a point as text percentages', () => {
    expect(readCell(cellAt(grid, 4, 3))).toEqual({
      kind: 'number',
      value: 0.968,
      fromText: true,
      percent: true,
    });
  });

  it('reads every month cell of the seed as a number or a marker, except the empty G22', () => {
    const kinds = new Map<string, string>();
    for (let row = 4; row < SEED_ROWS.length; row += 1) {
      for (let col = 6; col <= 17; col += 1) {
        const kind = readCell(cellAt(grid, row, col)).kind;
        if (kind !== 'number' && kind !== 'marker') kinds.set(`${row + 1}:${col}`, kind);
      }
    }
    expect(Object.fromEntries(kinds)).toEqual({ '22:6': 'empty' });
  });
});
