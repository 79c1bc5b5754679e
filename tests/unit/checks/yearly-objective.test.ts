import { yearlyObjective } from '../../../src/core/checks/yearly-objective';
import { row, told } from './row';

describe('yearlyObjective', () => {
  it('tells a yearly average under the objective on the Moyenne', () => {
    const [finding] = told(yearlyObjective, row({ values: [0.85, 0.89], objective: '90%' }));
    expect(finding.at).toBe('average');
    expect(finding.facts).toMatchObject({ code: 'OBJECTIVE_MISSED', objective: '90%' });
    expect(finding.facts.code === 'OBJECTIVE_MISSED' && finding.facts.average).toBeCloseTo(0.87);
  });

  it('says nothing when the average meets it, or without average or objective', () => {
    expect(told(yearlyObjective, row({ values: [0.95, 0.85], objective: '90%' }))).toEqual([]);
    expect(told(yearlyObjective, row({ values: [], objective: '90%' }))).toEqual([]);
    expect(told(yearlyObjective, row({ values: [0.5], objective: '-' }))).toEqual([]);
  });
});
