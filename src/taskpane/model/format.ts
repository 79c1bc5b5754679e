/** Display of the pane's figures, French style in French ("98,7 %", "2,4 j", "38,3"). */
import { formatNumber } from '../../core/numbers';
import type { Lang, Unit } from '../../core/types';

const NBSP = '\u00a0';

// One decimal, as the fill writes Moyenne (design §6); the unit is kept on the same line.
const FORMATS: Record<Lang, Record<Unit, string>> = {
  fr: { rate: `0.0"${NBSP}"%`, days: `0.0"${NBSP}j"`, count: '0.0' },
  en: { rate: '0.0%', days: `0.0"${NBSP}d"`, count: '0.0' },
};

/** A value in its row's unit (rates as fractions) as the pane shows it. */
export function formatMeasure(value: number, unit: Unit, lang: Lang): string {
  return formatNumber(value, FORMATS[lang][unit], lang);
}
