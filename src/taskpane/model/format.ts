/** Display of the pane's figures, French style in French ("98,7 %", "2,4 j", "38,3"). */
import { formatNumber } from '../../core/numbers';
import type { Lang, Objective, Unit } from '../../core/types';

const NBSP = '\u00a0';
/** French typography puts a narrow no-break space before "%". */
const NNBSP = '\u202f';

/** The unit after the digits, kept on the same line. */
const SUFFIX: Record<Lang, Record<Unit, string>> = {
  fr: { rate: `"${NNBSP}"%`, days: `"${NBSP}j"`, count: '' },
  en: { rate: '%', days: `"${NBSP}d"`, count: '' },
};

function formatIn(value: number, unit: Unit, lang: Lang, digits: string): string {
  return formatNumber(value, `${digits}${SUFFIX[lang][unit]}`, lang);
}

/** A value in its row's unit (rates as fractions), with one decimal as the fill writes Moyenne. */
export function formatMeasure(value: number, unit: Unit, lang: Lang): string {
  return formatIn(value, unit, lang, '0.0');
}

/** A value with no more decimals than it has, up to two ("90 %", "4,5 j"). */
export function formatCompact(value: number, unit: Unit, lang: Lang): string {
  const shown = unit === 'rate' ? value * 100 : value;
  const decimals = [0, 1].find((d) => Math.abs(shown - Number(shown.toFixed(d))) < 1e-9) ?? 2;
  return formatIn(value, unit, lang, digits(decimals));
}

/** The digits part of a format with `decimals` decimals ("0", "0.0", "0.00"). */
function digits(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** A chart scale value, with as many decimals as the scale's step needs. */
export function formatScale(value: number, step: number, unit: Unit, lang: Lang): string {
  const shown = unit === 'rate' ? step * 100 : step;
  const decimals = Math.min(3, Math.max(0, -Math.floor(Math.log10(shown) + 1e-9)));
  return formatIn(value, unit, lang, digits(decimals));
}

const OPERATORS: Record<Objective['op'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** An objective as the engine reads it, written the pane's way: "≥ 90 %", "< 5 j". */
export function formatObjective(objective: Objective, unit: Unit, lang: Lang): string {
  return `${OPERATORS[objective.op]}${NBSP}${formatCompact(objective.value, unit, lang)}`;
}
