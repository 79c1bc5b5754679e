/**
 * The findings about how the sheet was read rather than about one indicator (design.md §5):
 * `UNREAD_ROW` for each row holding month data that recognition did not read as an indicator,
 * `LAYOUT_GUESSED` for each choice it made between two plausible readings.
 */
import { layoutMessage } from '../i18n/findings';
import { a1 } from './address';
import { SEVERITY } from './findings';
import type { Dashboard, Finding, Lang, LayoutGuess, UnreadRow } from './types';

/** What a layout finding's message is written from. */
export type LayoutFacts =
  | { readonly code: 'UNREAD_ROW'; readonly unread: UnreadRow }
  | { readonly code: 'LAYOUT_GUESSED'; readonly guess: LayoutGuess };

/** The dashboard's layout findings, in no particular order. */
export function layoutFindings(dashboard: Dashboard, lang: Lang): Finding[] {
  const findings: Finding[] = [];
  for (const unread of dashboard.unreadRows ?? [])
    findings.push(
      layoutFinding({ code: 'UNREAD_ROW', unread }, unread.row, unread.col, unread.month, lang),
    );
  for (const guess of dashboard.guesses ?? [])
    findings.push(
      layoutFinding({ code: 'LAYOUT_GUESSED', guess }, guess.row, guess.col, null, lang),
    );
  return findings;
}

function layoutFinding(
  facts: LayoutFacts,
  row: number,
  col: number,
  month: number | null,
  lang: Lang,
): Finding {
  return {
    code: facts.code,
    severity: SEVERITY[facts.code],
    cell: a1(row, col),
    row,
    col,
    month,
    message: layoutMessage(facts, lang),
  };
}
