/**
 * The text Excel would display for a number under a number format, for where the adapter
 * cannot know Excel's own text (ExcelJS files, values the engine computes). Covers the formats
 * dashboards use: General, fixed decimals, percentages, thousands, quoted units ("0.0 \"j\"").
 * Anything else (dates, scientific, fractions) falls back to General.
 */
import { memoizeText } from './memo';
import type { Lang } from './types';

/** French Excel's thousands separator: a narrow no-break space. */
const FRENCH_THOUSANDS = '\u202f';
const GENERAL_DIGITS = 10;

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'code'; readonly char: string }
  | { readonly kind: 'general' };

interface NumberPattern {
  readonly prefix: string;
  readonly suffix: string;
  /** Replaces the digits with General's text (the "General \"j\"" form). */
  readonly general: boolean;
  readonly minIntegerDigits: number;
  readonly minDecimals: number;
  readonly maxDecimals: number;
  readonly hasDecimalPoint: boolean;
  readonly grouping: boolean;
  /** Each "%" multiplies by 100. */
  readonly percents: number;
  /** Each "," right after the digits divides by 1000. */
  readonly thousandsScale: number;
}

/** What the engine needs of one format string, worked out once per string. */
interface ParsedFormat {
  readonly percent: boolean;
  /** The positive section's pattern; null when General is shown. */
  readonly pattern: NumberPattern | null;
}

/** A workbook uses a handful of formats on thousands of cells: each is parsed once. */
const parsedFormat = memoizeText((format): ParsedFormat => ({
  percent: tokenize(format).some((token) => token.kind === 'code' && token.char === '%'),
  pattern: readPattern(firstSection(format)),
}));

/** True when the format shows a percentage: a "%" outside quotes, brackets and escapes. */
export function isPercentFormat(format: string): boolean {
  if (typeof format !== 'string') return false;
  return parsedFormat(format).percent;
}

/** Display text of a number for an Excel number format. Never throws. */
export function formatNumber(value: number, format: string, lang: Lang): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '#NUM!';
  const pattern = typeof format === 'string' ? parsedFormat(format).pattern : null;
  if (!pattern) return formatGeneral(value, lang);
  const scaled =
    (Math.abs(value) * Math.pow(100, pattern.percents)) / Math.pow(1000, pattern.thousandsScale);
  const body = pattern.general ? formatGeneral(scaled, lang) : formatDigits(scaled, pattern, lang);
  const sign = value < 0 ? '-' : '';
  return `${sign}${pattern.prefix}${body}${pattern.suffix}`;
}

function formatGeneral(value: number, lang: Lang): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  const point = lang === 'fr' ? ',' : '.';
  const magnitude = Math.floor(Math.log10(abs));
  if (magnitude >= 11 || magnitude < -9) {
    const [mantissa, exponent] = abs.toExponential(GENERAL_DIGITS - 5).split('e');
    const trimmed = stripTrailingZeros(mantissa).replace('.', point);
    const power = Number(exponent);
    const powerText = `${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
    return `${sign}${trimmed}E${powerText}`;
  }
  const decimals = Math.max(0, GENERAL_DIGITS - (magnitude + 1));
  const { integer, fraction } = roundDecimal(abs, decimals);
  const frac = fraction.replace(/0+$/, '');
  return `${sign}${integer || '0'}${frac ? point + frac : ''}`;
}

function stripTrailingZeros(mantissa: string): string {
  return mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
}

function formatDigits(value: number, pattern: NumberPattern, lang: Lang): string {
  const { integer, fraction } = roundDecimal(value, pattern.maxDecimals);
  let frac = fraction;
  while (frac.length > pattern.minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  let digits = integer.padStart(pattern.minIntegerDigits, '0');
  if (pattern.grouping) {
    const separator = lang === 'fr' ? FRENCH_THOUSANDS : ',';
    digits = digits.replace(/\B(?=(\d{3})+$)/g, separator);
  }
  const point = lang === 'fr' ? ',' : '.';
  return pattern.hasDecimalPoint ? `${digits}${point}${frac}` : digits;
}

interface Rounded {
  /** The integer digits without leading zeros ("" for zero). */
  readonly integer: string;
  /** Exactly `decimals` digits. */
  readonly fraction: string;
}

/**
 * Rounds a non-negative number half away from zero on the decimal digits (as Excel does: 1.005
 * shows 1.01), from the number's 15 significant digits rather than its binary value.
 */
function roundDecimal(value: number, decimals: number): Rounded {
  return roundFarFromHalf(value, decimals) ?? roundDigits(value, decimals);
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];
/**
 * How close to a half the scaled number may come before the shortcut is given up: the 15-digit
 * rounding moves a number by at most 5e-15 of itself and the scaling by 1.1e-16.
 */
const HALF_MARGIN = 1e-12;

/**
 * The common case, in integer arithmetic: when the scaled number is clearly not near a half,
 * rounding it to 15 digits first cannot change which way it rounds. Null otherwise (1.005 to
 * two decimals is 100.49999999999999 in binary but 100.5 in 15 digits, which rounds up).
 */
function roundFarFromHalf(value: number, decimals: number): Rounded | null {
  const scale = POWERS_OF_TEN[decimals];
  if (scale === undefined || !(value >= 0)) return null;
  const scaled = value * scale;
  if (!(scaled < Number.MAX_SAFE_INTEGER)) return null;
  const fromHalf = Math.abs(scaled - Math.floor(scaled) - 0.5);
  if (fromHalf <= HALF_MARGIN * scaled) return null;
  const units = Math.round(scaled);
  const digits = String(units).padStart(decimals + 1, '0');
  const pointAt = digits.length - decimals;
  return {
    integer: units < scale ? '' : digits.slice(0, pointAt),
    fraction: digits.slice(pointAt),
  };
}

/** The general case: the number's 15 significant digits, rounded as text. */
function roundDigits(value: number, decimals: number): Rounded {
  const [mantissa, exponent] = value.toExponential(14).split('e');
  let digits = mantissa.replace('.', '');
  let pointAt = Number(exponent) + 1;
  if (pointAt <= 0) {
    digits = '0'.repeat(1 - pointAt) + digits;
    pointAt = 1;
  }
  const keep = pointAt + decimals;
  if (digits.length <= keep) digits = digits.padEnd(keep + 1, '0');
  let kept = digits.slice(0, keep);
  if (digits.charCodeAt(keep) >= '5'.charCodeAt(0)) {
    const carried = incrementDigits(kept);
    if (carried.length > kept.length) pointAt += 1;
    kept = carried;
  }
  return {
    integer: kept.slice(0, pointAt).replace(/^0+/, ''),
    fraction: kept.slice(pointAt),
  };
}

function incrementDigits(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    if (chars[i] === '9') {
      chars[i] = '0';
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

/** The positive section: the engine writes the sign itself. */
function firstSection(format: string): string {
  let inQuote = false;
  for (let i = 0; i < format.length; i += 1) {
    const c = format[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === '\\') i += 1;
    else if (!inQuote && c === ';') return format.slice(0, i);
  }
  return format;
}

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'literal', text: format.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === '\\') {
      tokens.push({ kind: 'literal', text: format.charAt(i + 1) });
      i += 2;
    } else if (c === '[') {
      const end = format.indexOf(']', i + 1);
      i = end < 0 ? format.length : end + 1;
    } else if (c === '_') {
      // Excel pads with the width of the next character; a space is the closest text.
      tokens.push({ kind: 'literal', text: ' ' });
      i += 2;
    } else if (c === '*') {
      i += 2;
    } else if (format.slice(i, i + 7).toLowerCase() === 'general') {
      tokens.push({ kind: 'general' });
      i += 7;
    } else {
      tokens.push({ kind: 'code', char: c });
      i += 1;
    }
  }
  return tokens;
}

const PLACEHOLDERS = new Set(['0', '#', '?']);
// Letters that make a date, time, scientific or text format: General is shown instead.
const UNSUPPORTED = /^[dmyhsebgDMYHSEBG@/]$/;

/** The number pattern of one format section, or null when General should be used. */
function readPattern(section: string): NumberPattern | null {
  if (section.trim() === '') return null;
  const tokens = tokenize(section);
  if (tokens.some((t) => t.kind === 'code' && UNSUPPORTED.test(t.char))) return null;
  const isDigitCode = (t: Token): boolean =>
    t.kind === 'general' || (t.kind === 'code' && PLACEHOLDERS.has(t.char));
  const first = tokens.findIndex(isDigitCode);
  if (first < 0) return null;
  let last = first;
  tokens.forEach((t, index) => {
    if (isDigitCode(t)) last = index;
  });
  const general = tokens.some((t) => t.kind === 'general');
  if (general && tokens.filter(isDigitCode).length > 1) return null;

  let minIntegerDigits = 0;
  let minDecimals = 0;
  let maxDecimals = 0;
  let hasDecimalPoint = false;
  let grouping = false;
  for (let i = first; i <= last; i += 1) {
    const t = tokens[i];
    if (t.kind === 'general') continue;
    if (t.kind === 'literal') {
      // "# ##0": the space between digits is French Excel's local thousands separator.
      if (t.text === ' ' && !hasDecimalPoint) grouping = true;
      else return null;
    } else if (PLACEHOLDERS.has(t.char)) {
      if (hasDecimalPoint) {
        maxDecimals += 1;
        if (t.char === '0') minDecimals += 1;
      } else if (t.char === '0') {
        minIntegerDigits += 1;
      }
    } else if (t.char === '.') {
      if (hasDecimalPoint) return null;
      hasDecimalPoint = true;
    } else if (t.char === ',' || t.char === ' ') {
      if (hasDecimalPoint) return null;
      grouping = true;
    } else if (t.char !== '%') {
      return null;
    }
  }

  let prefix = '';
  let suffix = '';
  let thousandsScale = 0;
  let percents = 0;
  tokens.forEach((t, index) => {
    if (t.kind === 'code' && t.char === '%') percents += 1;
    if (index >= first && index <= last) return;
    const text = t.kind === 'literal' ? t.text : t.kind === 'code' ? t.char : '';
    if (index > last && t.kind === 'code' && t.char === ',' && suffix === '') {
      thousandsScale += 1;
      return;
    }
    if (index < first) prefix += text;
    else suffix += text;
  });

  return {
    prefix,
    suffix,
    general,
    minIntegerDigits,
    minDecimals,
    maxDecimals,
    hasDecimalPoint,
    grouping,
    percents,
    thousandsScale,
  };
}
