import type { Lang } from '../core/types';

/** French unless the given locale ("en-US", "en") is English. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'fr';
}

/** A text in both languages: French first. */
export interface Bilingual {
  readonly fr: string;
  readonly en: string;
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
