/**
 * Header rows and what each column's header names (Engagement, Résultats N-1, Objectifs,
 * Commentaires, Moyenne, atteinte objectif, the indicator label).
 */
import type { CellRange, Grid } from './grid';
import { cellAt } from './grid';
import { cellText, isBlank } from './cell-text';
import type { MergeIndex } from './merge-index';
import { normalizeText } from './normalize';

/** At most this many header rows above the month row. */
const MAX_ROWS_ABOVE = 3;

export type HeaderRole =
  'label' | 'engagement' | 'n1' | 'metN1' | 'objective' | 'comment' | 'average' | 'met';

/** One header text of a column and the row it was written in. */
export interface HeaderPart {
  /** Normalised text. */
  readonly text: string;
  readonly row: number;
}

export interface ColumnHeader {
  readonly col: number;
  /** Top to bottom; a merged header repeated over several rows counts once. */
  readonly parts: readonly HeaderPart[];
}

export interface HeaderMatch {
  readonly role: HeaderRole;
  /** The header rows whose text gave the role. */
  readonly rows: readonly number[];
}

/**
 * The month row and the non-empty rows right above it (at most three), stopping at an empty row
 * or a title: a row whose single cell sits outside the month columns ("Tableau de bord ...")
 * and does not reach down into the rows below through a merge.
 */
export function candidateHeaderRows(
  grid: Grid,
  merges: MergeIndex,
  block: CellRange,
  monthRow: number,
  monthColumns: readonly number[],
): number[] {
  const rows = [monthRow];
  const firstMonth = monthColumns[0];
  const lastMonth = monthColumns[monthColumns.length - 1];
  for (let row = monthRow - 1; row >= block.top && rows.length <= MAX_ROWS_ABOVE; row -= 1) {
    const filled: number[] = [];
    for (let col = block.left; col <= block.right; col += 1)
      if (!isBlank(cellAt(grid, row, col))) filled.push(col);
    const spans = merges.inRow(row);
    const continued = spans.some(
      (merge) => merge.top < row && !isBlank(cellAt(grid, merge.top, merge.left)),
    );
    if (filled.length === 0 && !continued) break;
    if (filled.length === 1 && !continued) {
      const col = filled[0];
      const reachesDown = spans.some((merge) => merge.left === col && merge.bottom > row);
      if (!reachesDown && (col < firstMonth || col > lastMonth)) break;
    }
    rows.unshift(row);
  }
  return rows;
}

/**
 * The header texts covering `col` in `rows`. A merged header gives its text to the rows it spans
 * in its first column only: "ANNEE 2020" over the twelve months is not each month's header.
 */
export function columnHeader(
  grid: Grid,
  merges: MergeIndex,
  rows: readonly number[],
  col: number,
): ColumnHeader {
  const parts: HeaderPart[] = [];
  let previous: { top: number; left: number } | null = null;
  for (const row of rows) {
    const merge = merges.covering(row, col);
    if (merge && merge.left !== col) continue;
    const source = merge ?? { top: row, left: col };
    if (previous && previous.top === source.top && previous.left === source.left) continue;
    previous = source;
    const text = normalizeText(cellText(cellAt(grid, source.top, source.left)));
    if (text !== '') parts.push({ text, row: Math.max(source.top, rows[0]) });
  }
  return { col, parts };
}

const LAST_YEAR = /\bn ?- ?1\b/;
const MET = /\batteinte (?:de l'|des |d'|du )?objectifs?\b|\bobjectifs? atteints?\b/;
const RESULT = /^resultats?\b/;
const ENGAGEMENT = /^(?:n° ?|numero )?engagements?\b/;
const OBJECTIVE = /^objectifs?\b/;
const COMMENT = /^(?:commentaires?|observations?|remarques?)\b/;
const AVERAGE = /^moyennes?\b/;
const LABEL = /\b(?:indicateurs?|libelles?|intitules?)\b/;
/** "1 – Indicateurs", "2. Objectifs": the numbering of a heading is not part of its name. */
const NUMBERING = /^(?:\d+|[ivx]+)\s*[-–—.)]\s*/;

/** What the column's header names, or null. */
export function matchHeader(header: ColumnHeader): HeaderMatch | null {
  if (header.parts.length === 0) return null;
  const parts = header.parts.map((part) => ({ ...part, text: part.text.replace(NUMBERING, '') }));
  const joined = parts.map((part) => part.text).join(' ');
  const allRows = parts.map((part) => part.row);
  if (MET.test(joined)) return { role: LAST_YEAR.test(joined) ? 'metN1' : 'met', rows: allRows };
  const lastYear = LAST_YEAR.test(joined);
  const first = (pattern: RegExp, role: HeaderRole): HeaderMatch | null => {
    const part = parts.find((candidate) => pattern.test(candidate.text));
    return part ? { role, rows: [part.row] } : null;
  };
  if (lastYear && parts.some((part) => RESULT.test(part.text)))
    return { role: 'n1', rows: allRows };
  return (
    first(ENGAGEMENT, 'engagement') ??
    (lastYear ? null : first(OBJECTIVE, 'objective')) ??
    first(COMMENT, 'comment') ??
    first(AVERAGE, 'average') ??
    first(LABEL, 'label')
  );
}
