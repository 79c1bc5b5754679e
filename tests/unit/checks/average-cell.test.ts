import { averageCell, checkAverageCell } from '../../../src/core/checks/average-cell';
import { cell } from '../../helpers/grid';
import { row, told } from './row';

describe('checkAverageCell', () => {
  it('tells an error value, with the average that replaces it', () => {
    expect(checkAverageCell(cell({ err: '#DIV/0!' }), 'rate', null)).toEqual([
      { code: 'AVERAGE_OUTDATED', text: '#DIV/0!', average: null, error: true },
    ]);
  });

  it('tells a delay shown as a percentage (the seed’s 600 %) that is otherwise right', () => {
    expect(checkAverageCell(cell({ v: 6, f: '0%', t: '600%' }), 'days', 6)).toEqual([
      { code: 'UNIT_MISMATCH', kind: 'average_percent', text: '600%', value: 6 },
    ]);
  });

  it('tells a number other than the computed average, and a rate without a percent format', () => {
    expect(checkAverageCell(cell({ v: 0.95, f: '0' }), 'rate', 0.8)).toEqual([
      { code: 'UNIT_MISMATCH', kind: 'average_not_percent', text: '0.95', value: 0.95 },
      { code: 'AVERAGE_OUTDATED', text: '0.95', average: 0.8, error: false },
    ]);
  });

  it('says nothing of a right average, a text or an empty cell', () => {
    expect(checkAverageCell(cell({ v: 0.8, f: '0.0%' }), 'rate', 0.8)).toEqual([]);
    expect(checkAverageCell(cell('-'), 'rate', 0.8)).toEqual([]);
    expect(checkAverageCell(cell(null), 'rate', 0.8)).toEqual([]);
  });
});

describe('averageCell', () => {
  it('puts the Moyenne cell’s findings on the Moyenne, and says nothing without the column', () => {
    const context = row({ values: [0.8], averageCell: { err: '#DIV/0!' } });
    expect(told(averageCell, context).map((f) => `${f.at} ${f.facts.code}`)).toEqual([
      'average AVERAGE_OUTDATED',
    ]);
    expect(told(averageCell, row({ values: [0.8] }))).toEqual([]);
  });
});
