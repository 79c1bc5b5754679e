/**
 * The text toolkit every i18n module writes with: quotes, lists, plurals and numbers, so that
 * the pane, the command line, the report sheet and the messages write them the same way.
 */
import type { Lang, Unit } from '../core/types';

/** « texte » in French, "text" in English. */
export function quote(text: string, lang: Lang): string {
  return lang === 'fr' ? `«\u00a0${text}\u00a0»` : `"${text}"`;
}

/** "a, b et c" / "a, b and c". */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${last}`;
}

/** "1 erreur", "2 erreurs": French keeps 0 and 1 singular, English only 1. */
export function plural(count: number, one: string, many: string, lang: Lang): string {
  const singular = lang === 'fr' ? Math.abs(count) < 2 : count === 1;
  return `${count} ${singular ? one : many}`;
}

/** "Août" from "août". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Up to two decimals, at least `min`, with the language's decimal mark; never "-0". */
export function formatDecimal(value: number, min: number, lang: Lang): string {
  const [integer, fraction] = value.toFixed(2).split('.');
  const digits = fraction.replace(/0+$/, '').padEnd(min, '0');
  const text = digits ? `${integer}.${digits}` : integer;
  const unsigned = Number(text) === 0 ? text.replace('-', '') : text;
  return lang === 'fr' ? unsigned.replace('.', ',') : unsigned;
}

/**
 * A value in its unit, written the language's way: "98,1 %", "2,36 j", "38,3"; "98.1%",
 * "2.36 days". Rates are fractions. Every figure the product writes in a sentence goes through
 * here.
 */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'rate') {
    const digits = formatDecimal(value * 100, 1, lang);
    return lang === 'fr' ? `${digits}\u202f%` : `${digits}%`;
  }
  const digits = formatDecimal(value, 0, lang);
  if (unit === 'count') return digits;
  if (lang === 'fr') return `${digits}\u00a0j`;
  return `${digits} ${value === 1 ? 'day' : 'days'}`;
}
