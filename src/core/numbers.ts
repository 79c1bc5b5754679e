/**
 * Reading numbers as French or English agents type them in a dashboard cell: "99,0%",
 * "98,5 %", "96.8%", "1 234,5", "2 j", "12 jours ouvrés".
 */
import { normalizeText } from './normalize';

export { formatNumber, isPercentFormat } from './number-format';

export interface ParsedNumber {
  /** The number as written: "99,0%" gives 99 (the percent is not divided). */
  readonly value: number;
  /** Written with a "%". */
  readonly percent: boolean;
  /** Written with a day unit ("j", "jours", "jours ouvrés"). */
  readonly days: boolean;
}

// Sign, then a body that ends with a digit (so "2 j" leaves " j" to the unit), then the rest.
const NUMBER_RE = /^([+\-\u2212]?)\s*([0-9][0-9.,\s]*[0-9]|[0-9]|[.,][0-9]+)(.*)$/su;
const DAY_UNIT_RE = /^(?:j\.?|jours?(?: ouvres?)?\.?)$/;
const THOUSANDS_GROUPS_RE = /^[0-9]{1,3}(?:\|[0-9]{3})*$/;

/** Reads a number with an optional "%" or day unit; null for anything else. Never throws. */
export function parseNumberText(text: string): ParsedNumber | null {
  if (typeof text !== 'string') return null;
  const match = NUMBER_RE.exec(text.trim());
  if (!match) return null;
  const [, sign, body, rest] = match;
  const unit = readUnit(rest);
  if (!unit) return null;
  const magnitude = readBody(body);
  if (magnitude === null) return null;
  const value = sign === '' || sign === '+' || magnitude === 0 ? magnitude : -magnitude;
  return { value, percent: unit === 'percent', days: unit === 'days' };
}

function readUnit(rest: string): 'none' | 'percent' | 'days' | null {
  const unit = normalizeText(rest);
  if (unit === '') return 'none';
  if (unit === '%') return 'percent';
  if (DAY_UNIT_RE.test(unit)) return 'days';
  return null;
}

/**
 * The digits, with thousands separators (spaces, or the non-decimal one of "," and ".") checked
 * to group by three, so that "1,2,3" or "12 34" are not taken for numbers.
 */
function readBody(body: string): number | null {
  const lastComma = body.lastIndexOf(',');
  const lastPoint = body.lastIndexOf('.');
  let decimalMark: string | null = null;
  let thousandsMark: string | null = null;
  if (lastComma >= 0 && lastPoint >= 0) {
    decimalMark = lastComma > lastPoint ? ',' : '.';
    thousandsMark = decimalMark === ',' ? '.' : ',';
  } else {
    const mark = lastComma >= 0 ? ',' : lastPoint >= 0 ? '.' : null;
    if (mark !== null && body.indexOf(mark) === body.lastIndexOf(mark)) decimalMark = mark;
    else thousandsMark = mark;
  }
  let integerPart = body;
  let fractionPart = '';
  if (decimalMark !== null) {
    const at = body.lastIndexOf(decimalMark);
    integerPart = body.slice(0, at);
    fractionPart = body.slice(at + 1);
    if (!/^[0-9]+$/.test(fractionPart)) return null;
  }
  const integerDigits = readIntegerPart(integerPart, thousandsMark);
  if (integerDigits === null) return null;
  if (integerDigits === '' && fractionPart === '') return null;
  const value = Number(`${integerDigits || '0'}.${fractionPart || '0'}`);
  return Number.isFinite(value) ? value : null;
}

function readIntegerPart(part: string, thousandsMark: string | null): string | null {
  if (/^[0-9]*$/.test(part)) return part;
  const hasSpace = /\s/.test(part);
  const hasMark = thousandsMark !== null && part.includes(thousandsMark);
  // One separator style per number: "1 234.567,5" is a typing accident, not a number.
  if (hasSpace === hasMark) return null;
  const grouped =
    hasSpace || thousandsMark === null
      ? part.replace(/\s+/g, '|')
      : part.split(thousandsMark).join('|');
  if (!THOUSANDS_GROUPS_RE.test(grouped)) return null;
  return grouped.replace(/\|/g, '');
}

/**
 * 99 → 0.99 through the decimal text rather than a division, so that "1,1%" gives exactly the
 * double of 0.011 (1.1 / 100 gives 0.011000000000000001).
 */
export function percentToFraction(value: number): number {
  if (!Number.isFinite(value)) return value / 100;
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}
