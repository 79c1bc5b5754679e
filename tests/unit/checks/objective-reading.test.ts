import { noObjective } from '../../../src/core/checks/no-objective';
import { objectiveUnreadable } from '../../../src/core/checks/objective-unreadable';
import { row, told } from './row';

describe('objectiveUnreadable', () => {
  it('quotes an objective that cannot be read', () => {
    expect(told(objectiveUnreadable, row({ objective: 'bon' }))).toEqual([
      { at: 'objective', facts: { code: 'OBJECTIVE_UNREADABLE', text: 'bon' } },
    ]);
  });

  it('says nothing of a readable or absent objective', () => {
    expect(told(objectiveUnreadable, row({ objective: '95 %' }))).toEqual([]);
    expect(told(objectiveUnreadable, row({ objective: '-' }))).toEqual([]);
  });
});

describe('noObjective', () => {
  it('notes an absent objective ("-", empty, sans objet)', () => {
    for (const objective of ['-', null, 'sans objet'])
      expect(told(noObjective, row({ objective }))).toEqual([
        { at: 'objective', facts: { code: 'NO_OBJECTIVE' } },
      ]);
  });

  it('says nothing of a written objective, readable or not', () => {
    expect(told(noObjective, row({ objective: '90%' }))).toEqual([]);
    expect(told(noObjective, row({ objective: 'bon' }))).toEqual([]);
  });
});
