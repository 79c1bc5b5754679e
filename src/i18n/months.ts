import type { Lang } from '../core/types';

const MONTHS: Record<Lang, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const SHORT: Record<Lang, readonly string[]> = {
  fr: ['Janv', 'Févr', 'Mars', 'Avr', 'Mai', 'Juin', 'Juil', 'Août', 'Sept', 'Oct', 'Nov', 'Déc'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** 1-12 to the month's name ("août", "August"). */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

/** 1-12 to a short label for charts and tables ("Août", "Aug"). */
export function monthShort(month: number, lang: Lang): string {
  return SHORT[lang][month - 1] ?? String(month);
}

const ABBREVIATED: Record<Lang, readonly string[]> = {
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juill.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  en: [
    'Jan.',
    'Feb.',
    'Mar.',
    'Apr.',
    'May',
    'June',
    'July',
    'Aug.',
    'Sept.',
    'Oct.',
    'Nov.',
    'Dec.',
  ],
};

/** 1-12 to the month's abbreviation in running text ("juill.", "Sept."). */
export function monthAbbreviation(month: number, lang: Lang): string {
  return ABBREVIATED[lang][month - 1] ?? String(month);
}

/** "mars-juin", "juill.-sept.", or the month's name alone: a range of months in running text. */
export function monthSpan(from: number, to: number, lang: Lang): string {
  if (from === to) return monthName(from, lang);
  return `${monthAbbreviation(from, lang)}-${monthAbbreviation(to, lang)}`;
}

/**
 * The months of a list in runs: three or more months in a row as "avril à décembre", the others
 * one by one ("janvier", "mars").
 */
export function monthRuns(months: readonly number[], lang: Lang): string[] {
  const runs: string[] = [];
  for (let i = 0; i < months.length;) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === months[j] + 1) j += 1;
    if (j - i >= 2)
      runs.push(
        `${monthName(months[i], lang)} ${lang === 'fr' ? 'à' : 'to'} ${monthName(months[j], lang)}`,
      );
    else for (let k = i; k <= j; k += 1) runs.push(monthName(months[k], lang));
    i = j + 1;
  }
  return runs;
}
