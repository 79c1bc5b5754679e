/** SUSPICIOUS_VALUE: a counted month far from the row's median (core/suspicious.ts). */
import { SUSPICIOUS_MIN_VALUES, isSuspicious, median } from '../suspicious';
import type { Counted, RowCheck } from './row-check';

function valueOf(entry: Counted): number {
  return entry.value;
}

export const suspiciousValue: RowCheck = (row, sink) => {
  if (row.counted.length < SUSPICIOUS_MIN_VALUES) return;
  const rowMedian = median(row.counted.map(valueOf));
  for (const entry of row.counted)
    if (isSuspicious(entry.value, rowMedian, row.unit))
      sink.addOnMonth(
        { code: 'SUSPICIOUS_VALUE', text: entry.text, value: entry.value, median: rowMedian },
        entry,
      );
};
