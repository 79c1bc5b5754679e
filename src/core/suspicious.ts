/**
 * Values far from the rest of their row: probable typing slips (0,0 % for a month around 98 %),
 * flagged for a person to decide, never dropped.
 *
 * The reference is the row's median, which one bad month cannot drag along (the mean can: the
 * seed's 0 % pulls the SVI mean from 98 % to 89 %). Four values at least, or there is no "rest"
 * to compare with. The thresholds follow what each unit's normal variation looks like:
 * - rates live on a bounded 0-100 % scale where services hover near their level month after
 *   month: 25 points off the median is no longer variation (the seed's 87,9 % and the
 *   téléprocédures' 51,9 % against 73 % stay in, 0 % against 98 % is out);
 * - delays are small positive numbers that double easily (1 day, then 2), so only a value
 *   above three times the median and at least 5 days above it is suspicious (the seed's 5 days
 *   against a median of 2 stays in);
 * - counts vary with activity (a closed month, a busy one): only a factor of four either way.
 *   A count median of 0 gives no scale, so nothing is flagged.
 */
import type { Unit } from './types';

export const SUSPICIOUS_MIN_VALUES = 4;
export const RATE_SPREAD = 0.25;
export const DAYS_MIN_EXCESS = 5;
export const COUNT_FACTOR = 4;

export function median(values: readonly number[]): number {
  const sorted = sortedCopy(values);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function isSuspicious(value: number, rowMedian: number, unit: Unit): boolean {
  switch (unit) {
    case 'rate':
      return Math.abs(value - rowMedian) > RATE_SPREAD;
    case 'days':
      return value > rowMedian + Math.max(2 * rowMedian, DAYS_MIN_EXCESS);
    case 'count':
      return (
        rowMedian > 0 && (value > COUNT_FACTOR * rowMedian || value < rowMedian / COUNT_FACTOR)
      );
  }
}

/**
 * Ascending, by insertion: a row has at most twelve values, and Array.prototype.sort would
 * allocate its work space again for every indicator.
 */
function sortedCopy(values: readonly number[]): number[] {
  const sorted = values.slice();
  for (let i = 1; i < sorted.length; i += 1) {
    const value = sorted[i];
    let j = i - 1;
    while (j >= 0 && sorted[j] > value) {
      sorted[j + 1] = sorted[j];
      j -= 1;
    }
    sorted[j + 1] = value;
  }
  return sorted;
}
