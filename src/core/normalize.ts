/**
 * Text normalisation for matching what agents type: headers, markers, objectives, labels.
 * Case, accents and the many kinds of spaces Excel and French typing produce are ignored.
 */

import { memoizeText } from './memo';

// Ligatures have no canonical decomposition, so NFD alone would keep them.
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae' };

/**
 * Lower case, accents removed, every run of white space (including U+00A0 and U+202F, tabs and
 * line breaks) folded to one space, and trimmed. Memoised: Unicode decomposition is costly and
 * the same texts come back on every row.
 */
export const normalizeText: (s: string) => string = memoizeText(normalizeUncached);

function normalizeUncached(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæ]/g, (c) => LIGATURES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The normalised text without any space: "N. C." and "n.c." compare equal. */
export function compact(s: string): string {
  return normalizeText(s).replace(/ /g, '');
}
