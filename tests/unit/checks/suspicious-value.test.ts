import { suspiciousValue } from '../../../src/core/checks/suspicious-value';
import { row, told } from './row';

describe('suspiciousValue', () => {
  it('flags the seed’s 0,0 % of August against a median of 98 %, with the median', () => {
    const values = [0.987, 0.982, 0.985, 0.988, 0.979, 0.98, 0.979, 0, 0.983, 0.966, 0.879, 0.985];
    expect(told(suspiciousValue, row({ values }))).toEqual([
      { at: 'J2', facts: { code: 'SUSPICIOUS_VALUE', text: '0,0%', value: 0, median: 0.981 } },
    ]);
  });

  it('keeps 51,9 % among téléprocédures around 73 %', () => {
    expect(told(suspiciousValue, row({ values: [0.776, 0.519, 0.692, 0.857] }))).toEqual([]);
  });

  it('says nothing with fewer than four values', () => {
    expect(told(suspiciousValue, row({ values: [0.98, 0.97, 0.1] }))).toEqual([]);
  });

  it('flags a delay far above the median, and a count off by a factor of four', () => {
    const delays = told(suspiciousValue, row({ unit: 'days', values: [1, 2, 2, 1, 30, 2] }));
    expect(delays.map((f) => f.at)).toEqual(['G2']);
    const counts = told(suspiciousValue, row({ unit: 'count', values: [76, 27, 26, 24] }));
    expect(counts).toEqual([]);
    const typo = told(suspiciousValue, row({ unit: 'count', values: [30, 28, 300, 27] }));
    expect(typo.map((f) => f.at)).toEqual(['E2']);
  });
});
