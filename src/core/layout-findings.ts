/**
 * The findings about how the sheet was read rather than about one indicator (design.md §5):
 * `UNREAD_ROW` for each row holding month data that recognition did not read as an indicator,
 * `LAYOUT_GUESSED` for each choice it made between two plausible readings.
 */
import { a1 } from './address';
import { CATALOGUE } from './catalogue';
import type { Dashboard, Finding, LayoutFindingFacts } from './types';

/** The dashboard's layout findings, in no particular order. */
export function layoutFindings(dashboard: Dashboard): Finding[] {
  const findings: Finding[] = [];
  for (const unread of dashboard.unreadRows ?? [])
    findings.push(
      layoutFinding({ code: 'UNREAD_ROW', unread }, unread.row, unread.col, unread.month),
    );
  for (const guess of dashboard.guesses ?? [])
    findings.push(layoutFinding({ code: 'LAYOUT_GUESSED', guess }, guess.row, guess.col, null));
  return findings;
}

function layoutFinding(
  facts: LayoutFindingFacts,
  row: number,
  col: number,
  month: number | null,
): Finding {
  return {
    ...facts,
    severity: CATALOGUE[facts.code].severity,
    cell: a1(row, col),
    row,
    col,
    month,
    indicator: null,
  };
}
