/** Indicators whose Moyenne cell no longer matches its months. */
import type { Analysis } from '../../core/types';

export function outdatedLabels(analysis: Analysis): string[] {
  const rows = new Set(
    analysis.findings.filter((f) => f.code === 'AVERAGE_OUTDATED').map((f) => f.row),
  );
  return analysis.indicators.filter((i) => rows.has(i.row)).map((i) => i.label);
}
