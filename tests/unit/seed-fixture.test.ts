import { a1 } from '../../src/core/address';
import { cellAt } from '../../src/core/grid';
import { SEED_ROWS, seedGrid } from '../fixtures/seed-dashboard';

// The transcription itself: twenty indicator rows, A to T, each with twelve months.
describe('seed dashboard transcription', () => {
  const grid = seedGrid();

  it('has a title, three header rows and twenty indicator rows', () => {
    expect(SEED_ROWS).toHaveLength(24);
    for (let row = 4; row < 24; row += 1) {
      expect(SEED_ROWS[row]).toHaveLength(20);
      expect(cellAt(grid, row, 1).kind).toBe('text');
    }
  });

  it('keeps the seed values where the review shows them', () => {
    const at = (address: string) => {
      for (let row = 0; row < grid.rowCount; row += 1)
        for (let col = 0; col < grid.colCount; col += 1)
          if (a1(row, col) === address) return cellAt(grid, row, col);
      throw new Error(address);
    };
    expect(at('N6')).toMatchObject({ value: 0, text: '0,0%', kind: 'number' });
    expect(at('G22').kind).toBe('empty');
    expect(at('T12')).toMatchObject({ value: 6, text: '600%', formula: '=AVERAGE(G12:R12)' });
    expect(at('T13')).toMatchObject({ kind: 'error', value: '#DIV/0!' });
    expect(at('T5')).toMatchObject({ value: 0.987, text: '98,70%', formula: null });
    expect(at('T6').text).toBe('89,11%');
    expect(at('T21').text).toBe('38,3');
    expect(at('T23').text).toBe('71,10 %');
    expect(at('T24').text).toBe('93,13%');
    expect(at('D5')).toMatchObject({ kind: 'text', value: '96.8%' });
    expect(at('I7').value).toBe('COVID');
    expect(at('M21').value).toBe('Fermés');
  });
});
