/**
 * What an analysis says about a dashboard, without where its cells are: per indicator its
 * average, met and months, and every finding by code, indicator and month. Two layouts of the
 * same dashboard must give the same reading.
 */
import { analyse } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { recognise } from '../../src/core/recognise';
import type { Analysis } from '../../src/core/types';

export const TODAY = { year: 2026, month: 11 };

export function analysisOf(grid: Grid): Analysis {
  const recognition = recognise(grid);
  if (!recognition.ok) throw new Error(`not recognised: ${recognition.reason}`);
  return analyse(grid, recognition.dashboard, { today: TODAY });
}

export interface Reading {
  readonly year: number | null;
  readonly indicators: readonly unknown[];
  /** "CODE | label | month", sorted. */
  readonly findings: readonly string[];
  readonly summary: Analysis['summary'];
}

export function readingOf(analysis: Analysis): Reading {
  const labels = new Map(analysis.indicators.map((indicator) => [indicator.row, indicator.label]));
  return {
    year: analysis.dashboard.year,
    indicators: analysis.indicators.map((indicator) => ({
      section: indicator.section,
      label: indicator.label,
      engagement: indicator.engagement,
      unit: indicator.unit,
      objective: indicator.objective,
      average: indicator.average,
      monthsCounted: indicator.monthsCounted,
      met: indicator.met,
      metReason: indicator.metReason,
      months: indicator.months.map((entry) => [entry.status, entry.value, entry.text]),
    })),
    findings: analysis.findings
      .map((finding) => `${finding.code} | ${labels.get(finding.row) ?? ''} | ${finding.month}`)
      .sort(),
    summary: analysis.summary,
  };
}
