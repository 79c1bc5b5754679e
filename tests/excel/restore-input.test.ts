/** What undo writes back to recreate a cell exactly. */
import { restoreInput } from '../../src/excel/fill-write';
import { cell } from '../helpers/grid';

describe('restoreInput', () => {
  it('gives back a formula, a number, a boolean, an empty cell, an error value', () => {
    expect(restoreInput(cell({ v: 0.98, f: '0%', formula: '=AVERAGE(G5:R5)' }))).toBe(
      '=AVERAGE(G5:R5)',
    );
    expect(restoreInput(cell({ err: '#DIV/0!', formula: '=AVERAGE(G13:R13)' }))).toBe(
      '=AVERAGE(G13:R13)',
    );
    expect(restoreInput(cell({ v: 0.987, f: '0.00%' }))).toBe(0.987);
    expect(restoreInput(cell(true))).toBe(true);
    expect(restoreInput(cell(null))).toBe('');
    expect(restoreInput(cell({ err: '#N/A' }))).toBe('#N/A');
  });

  it('keeps text that Excel would read as something else as text', () => {
    expect(restoreInput(cell('98,70%'))).toBe("'98,70%");
    expect(restoreInput(cell('96.8%'))).toBe("'96.8%");
    expect(restoreInput(cell('=1+1'))).toBe("'=1+1");
    expect(restoreInput(cell('12/03/2020'))).toBe("'12/03/2020");
    expect(restoreInput(cell('VRAI'))).toBe("'VRAI");
    expect(restoreInput(cell('#DIV/0!'))).toBe("'#DIV/0!");
  });

  it('leaves plain text, a lone dash, and text in a text format as they are', () => {
    expect(restoreInput(cell('-'))).toBe('-');
    expect(restoreInput(cell('Pas de données'))).toBe('Pas de données');
    expect(restoreInput(cell('79/mois'))).toBe('79/mois');
    expect(restoreInput(cell({ v: '98,70%', f: '@' }))).toBe('98,70%');
  });
});
