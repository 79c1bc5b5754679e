/**
 * Reading the "Objectifs annuels" cell ("90%", "<5j", "≥ 85 %", "5 jours maximum") and
 * comparing an average with it.
 */
import { markerStatus } from './cell-reader';
import type { Cell } from './grid';
import { memoizeText } from './memo';
import { normalizeText } from './normalize';
import { formatNumber, isPercentFormat } from './number-format';
import { parseNumberText, percentToFraction } from './numbers';
import type { Objective, ObjectiveOp, Unit } from './types';

export type ObjectiveReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'objective'; readonly objective: Objective }
  | { readonly kind: 'unreadable' };

const NONE: ObjectiveReading = { kind: 'none' };
const UNREADABLE: ObjectiveReading = { kind: 'unreadable' };

/** Words and signs before the number, longest first so that ">=" wins over ">". */
const PREFIXES: readonly (readonly [string, ObjectiveOp])[] = [
  ['superieur ou egal a', '>='],
  ['inferieur ou egal a', '<='],
  ['superieur a', '>'],
  ['inferieur a', '<'],
  ['au moins', '>='],
  ['au plus', '<='],
  ['plus de', '>'],
  ['moins de', '<'],
  ['minimum', '>='],
  ['maximum', '<='],
  ['min', '>='],
  ['max', '<='],
  ['>=', '>='],
  ['=>', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['\u2265', '>='],
  ['\u2a7e', '>='],
  ['\u2264', '<='],
  ['\u2a7d', '<='],
  ['>', '>'],
  ['<', '<'],
];

const SUFFIXES: readonly (readonly [string, ObjectiveOp])[] = [
  ['au minimum', '>='],
  ['au maximum', '<='],
  ['minimum', '>='],
  ['maximum', '<='],
  ['au moins', '>='],
  ['au plus', '<='],
  ['min', '>='],
  ['max', '<='],
];

/** Reads an objective cell for a row of the given unit. Never throws. */
export function parseObjective(cell: Cell, unit: Unit): ObjectiveReading {
  switch (cell?.kind) {
    case 'empty':
      return NONE;
    case 'number':
      return readNumberCell(cell, unit);
    case 'text':
      return READ_TEXT[unit](typeof cell.value === 'string' ? cell.value : cell.text);
    default:
      return UNREADABLE;
  }
}

/**
 * Text objectives by the row's unit: a workbook repeats a handful of them ("90%", "<5j") down
 * its rows, and readings are immutable.
 */
const READ_TEXT: Readonly<Record<Unit, (text: string) => ObjectiveReading>> = {
  rate: memoizeText((text) => readText(text, 'rate')),
  days: memoizeText((text) => readText(text, 'days')),
  count: memoizeText((text) => readText(text, 'count')),
};

function readNumberCell(cell: Cell, unit: Unit): ObjectiveReading {
  const value = cell.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return UNREADABLE;
  const text = cell.text.trim() || formatNumber(value, cell.format, 'fr');
  if (isPercentFormat(cell.format)) return objective(text, '>=', value);
  return objective(text, bareOp(value, unit), unit === 'rate' ? asFraction(value) : value);
}

function readText(raw: string, unit: Unit): ObjectiveReading {
  const text = raw.trim();
  if (text === '' || markerStatus(text) === 'not_available') return NONE;
  let rest = normalizeText(text);
  let op: ObjectiveOp | null = null;
  const prefix = PREFIXES.find(([word]) => rest.startsWith(word));
  if (prefix) {
    op = prefix[1];
    rest = rest.slice(prefix[0].length).trim();
  }
  const suffix = SUFFIXES.find(([word]) => rest.endsWith(` ${word}`));
  if (suffix) {
    if (op !== null) return UNREADABLE;
    op = suffix[1];
    rest = rest.slice(0, -suffix[0].length).trim();
  }
  const number = parseNumberText(rest);
  if (!number) return UNREADABLE;
  if (number.percent) return objective(text, op ?? '>=', percentToFraction(number.value));
  if (number.days) return objective(text, op ?? '<=', number.value);
  return objective(
    text,
    op ?? bareOp(number.value, unit),
    unit === 'rate' ? asFraction(number.value) : number.value,
  );
}

/** A bare 0 (zero complaint) can only mean "at most 0"; other bare numbers read by unit. */
function bareOp(value: number, unit: Unit): ObjectiveOp {
  return value === 0 ? '<=' : defaultOp(unit);
}

/** A rate's objective reads as "at least", a delay's as "at most", a count's as "at least". */
function defaultOp(unit: Unit): ObjectiveOp {
  return unit === 'days' ? '<=' : '>=';
}

/** On a rate row a bare 0.95 is a fraction and a bare 95 a percentage. */
function asFraction(value: number): number {
  return Math.abs(value) <= 1 ? value : percentToFraction(value);
}

function objective(text: string, op: ObjectiveOp, value: number): ObjectiveReading {
  return { kind: 'objective', objective: { text, op, value } };
}

/** Whether a value meets the objective, with a relative tolerance of 1e-9 for rounding. */
export function meetsObjective(value: number, objective: Objective): boolean {
  if (!Number.isFinite(value)) return false;
  const tolerance = 1e-9 * Math.max(Math.abs(value), Math.abs(objective.value));
  switch (objective.op) {
    case '>=':
      return value >= objective.value - tolerance;
    case '>':
      return value > objective.value + tolerance;
    case '<=':
      return value <= objective.value + tolerance;
    case '<':
      return value < objective.value - tolerance;
  }
}
