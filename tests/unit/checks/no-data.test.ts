import { noData } from '../../../src/core/checks/no-data';
import { row, told } from './row';

describe('noData', () => {
  it('notes a row with no counted month on its Moyenne', () => {
    expect(told(noData, row({ values: [null, null] }))).toEqual([
      { at: 'average', facts: { code: 'NO_DATA' } },
    ]);
  });

  it('says nothing once one month counts', () => {
    expect(told(noData, row({ values: [null, 0.5] }))).toEqual([]);
  });
});
