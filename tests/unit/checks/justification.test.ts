import { justification } from '../../../src/core/checks/justification';
import { row, told } from './row';

describe('justification', () => {
  it('asks for a comment on a row under objective, naming the months and the year', () => {
    const context = row({ values: [0.8, 0.95, 0.85], objective: '90%' });
    expect(told(justification, context)).toEqual([
      {
        at: 'comment',
        facts: { code: 'MISSING_JUSTIFICATION', objective: '90%', months: [1, 3], year: true },
      },
    ]);
  });

  it('takes a "-" for no comment, and a real comment as the justification', () => {
    const values = [0.8, 0.95, 0.99];
    expect(told(justification, row({ values, objective: '90%', comment: '-' }))).toHaveLength(1);
    const commented = row({ values, objective: '90%', comment: 'grève en janvier' });
    expect(told(justification, commented)).toEqual([]);
  });

  it('says nothing for a row that meets its objective every month', () => {
    expect(told(justification, row({ values: [0.95, 0.96], objective: '90%' }))).toEqual([]);
  });
});
