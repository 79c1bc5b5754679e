import { missedMonths, objectiveMonths } from '../../../src/core/checks/objective-months';
import { row, told } from './row';

describe('objectiveMonths', () => {
  it('tells each month under a rate objective, with the objective as written', () => {
    const context = row({ values: [0.95, 0.88, 0.91, 0.9], objective: '90%' });
    expect(told(objectiveMonths, context)).toEqual([
      {
        at: 'D2',
        facts: { code: 'OBJECTIVE_MISSED_MONTH', text: '88,0%', value: 0.88, objective: '90%' },
      },
    ]);
  });

  it('reads a delay objective as "strictly under"', () => {
    const context = row({ unit: 'days', values: [4, 5, 6], objective: '<5j' });
    expect(missedMonths(context).map((entry) => entry.month)).toEqual([2, 3]);
  });

  it('says nothing without a readable objective', () => {
    expect(told(objectiveMonths, row({ values: [0.1], objective: '-' }))).toEqual([]);
    expect(told(objectiveMonths, row({ values: [0.1], objective: 'bon' }))).toEqual([]);
  });
});
