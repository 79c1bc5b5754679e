/**
 * What a month cell says: a number (typed as such or as text), a known marker (COVID, Fermé,
 * "-", NC ...), nothing, an Excel error, or something unreadable.
 */
import type { Cell } from './grid';
import { memoizeText } from './memo';
import { normalizeText } from './normalize';
import { isPercentFormat } from './number-format';
import { parseNumberText, percentToFraction } from './numbers';

export type MarkerStatus = 'suspended' | 'closed' | 'not_available';

export type CellReading =
  | {
      readonly kind: 'number';
      /** As in the cell: a text "99,0%" gives 0.99, a number cell 0.99 gives 0.99. */
      readonly value: number;
      /** The number was stored as text. */
      readonly fromText: boolean;
      /** Written with "%" (text) or shown with a percent format (number). */
      readonly percent: boolean;
    }
  | { readonly kind: 'marker'; readonly status: MarkerStatus }
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'invalid' };

/**
 * The words agents type instead of a number, as normalised text (lower case, no accents) without
 * a trailing "." or "!". Exported so that messages can quote them.
 */
export const MARKERS: Readonly<Record<MarkerStatus, readonly string[]>> = {
  suspended: [
    'covid',
    'covid-19',
    'covid19',
    'covid 19',
    'suspendu',
    'suspendue',
    'suspendus',
    'suspendues',
    'suspension',
    'confinement',
    'confine',
  ],
  closed: ['ferme', 'fermee', 'fermes', 'fermees', 'fermeture'],
  not_available: [
    '-',
    '\u2013',
    '\u2014',
    '--',
    'nc',
    'n.c',
    'nd',
    'n.d',
    's.o',
    'so',
    's/o',
    'n/a',
    'na',
    'sans objet',
    'neant',
  ],
};

const MARKER_STATUS: ReadonlyMap<string, MarkerStatus> = new Map(
  (Object.keys(MARKERS) as MarkerStatus[]).flatMap((status) =>
    MARKERS[status].map((word): [string, MarkerStatus] => [word, status]),
  ),
);

/** The marker a text stands for, or null: case, accents, spaces and a final "." or "!" ignored. */
export function markerStatus(text: string): MarkerStatus | null {
  if (typeof text !== 'string') return null;
  const key = normalizeText(text)
    .replace(/[.!]+$/, '')
    .trim();
  return MARKER_STATUS.get(key) ?? null;
}

/** Reads one cell. Never throws. */
export function readCell(cell: Cell): CellReading {
  switch (cell?.kind) {
    case 'number':
      if (typeof cell.value !== 'number' || !Number.isFinite(cell.value))
        return { kind: 'invalid' };
      return {
        kind: 'number',
        value: cell.value,
        fromText: false,
        percent: isPercentFormat(cell.format),
      };
    case 'text':
      return readText(typeof cell.value === 'string' ? cell.value : cell.text);
    case 'error':
      return { kind: 'error', code: String(cell.value ?? cell.text) };
    case 'empty':
      return { kind: 'empty' };
    default:
      return { kind: 'invalid' };
  }
}

/** Month cells repeat the same few texts ("COVID", "-", "Fermé") row after row. */
const readText = memoizeText(readTextUncached);

function readTextUncached(text: string): CellReading {
  if (typeof text !== 'string' || text.trim() === '') return { kind: 'empty' };
  const marker = markerStatus(text);
  if (marker) return { kind: 'marker', status: marker };
  const parsed = parseNumberText(text);
  if (!parsed) return { kind: 'invalid' };
  const value = parsed.percent ? percentToFraction(parsed.value) : parsed.value;
  return { kind: 'number', value, fromText: true, percent: parsed.percent };
}
