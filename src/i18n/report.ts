/**
 * The words the fill writes: the report sheet (in the agent's language) and the dashboard's own
 * cells (always French: the dashboard is a French administrative document sent to the préfecture).
 */
import type { Lang, Severity, YearMonth } from '../core/types';
import type { Bilingual } from './lang';
import { pick } from './lang';
import { monthName } from './months';
import { plural, quote } from './text';

/** What the fill writes into the dashboard itself, whatever the interface language. */
export const DASHBOARD_WORDS = {
  averageHeader: 'Moyenne',
  metHeader: 'Atteinte objectif',
  met: 'oui',
  notMet: 'non',
  notAssessable: 'non évaluable',
  noObjective: 'sans objectif',
  noData: 'Pas de données',
} as const;

/** "Atteinte objectif 2020", the header of an added met column. */
export function metHeader(year: number | null): string {
  return year === null ? DASHBOARD_WORDS.metHeader : `${DASHBOARD_WORDS.metHeader} ${year}`;
}

/**
 * The report sheet's name. French in every language: a run in English must replace the sheet
 * a run in French wrote, and the name is how the sheet is found again.
 */
export function reportSheetName(year: number | null): string {
  return year === null ? 'Contrôle' : `Contrôle ${year}`;
}

const TEXT = {
  title: { fr: 'Contrôle du tableau de bord Qual-e-pref', en: 'Qual-e-pref dashboard check' },
  site: { fr: 'Site', en: 'Site' },
  year: { fr: 'Année', en: 'Year' },
  sheet: { fr: 'Feuille', en: 'Sheet' },
  asOf: { fr: 'Mois arrêté au', en: 'Months checked up to' },
  indicators: { fr: 'Indicateurs', en: 'Indicators' },
  errors: { fr: 'À corriger', en: 'To fix' },
  warnings: { fr: 'Points à vérifier', en: 'Points to check' },
  infos: { fr: 'Informations', en: 'Information' },
  verdict: { fr: 'Verdict', en: 'Verdict' },
  ready: { fr: 'Prêt à envoyer à la préfecture', en: 'Ready to send to the préfecture' },
  unknown: { fr: 'non indiqué', en: 'not given' },
} satisfies Record<string, Bilingual>;

export type ReportLabel = keyof typeof TEXT;

export function reportText(key: ReportLabel, lang: Lang): string {
  return pick(TEXT[key], lang);
}

/** The report title, with the year when known. */
export function reportTitle(year: number | null, lang: Lang): string {
  const title = reportText('title', lang);
  return year === null ? title : `${title} ${year}`;
}

/** « Prêt à envoyer à la préfecture » or « 2 erreurs à corriger avant envoi ». */
export function verdict(errors: number, lang: Lang): string {
  if (errors === 0) return reportText('ready', lang);
  if (lang === 'fr') return `${plural(errors, 'erreur', 'erreurs', lang)} à corriger avant envoi`;
  return `${plural(errors, 'error', 'errors', lang)} to fix before sending`;
}

/** "décembre 2020"; month 0 means nothing of that year is due yet. */
export function asOfText(asOf: YearMonth, lang: Lang): string {
  if (asOf.month === 0)
    return lang === 'fr' ? `aucun mois échu en ${asOf.year}` : `no month of ${asOf.year} due yet`;
  return `${monthName(asOf.month, lang)} ${asOf.year}`;
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  fr: { error: 'erreur', warning: 'avertissement', info: 'information' },
  en: { error: 'error', warning: 'warning', info: 'information' },
};

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity];
}

/** The findings table's column headers. */
export const FINDING_COLUMNS: Record<Lang, readonly string[]> = {
  fr: ['Gravité', 'Indicateur', 'Mois', 'Cellule', 'Constat', 'Codes'],
  en: ['Severity', 'Indicator', 'Month', 'Cell', 'Finding', 'Codes'],
};

/** Why a fill is refused when the dashboard sheet bears the report sheet's name. */
export function reportNameTakenText(name: string, lang: Lang): string {
  return lang === 'fr'
    ? `Le tableau de bord est dans une feuille nommée ${quote(name, 'fr')}, le nom de la feuille de contrôle que le calcul écrit\u00a0: renommez-la puis recommencez.`
    : `The dashboard is on a sheet named “${name}”, the name of the check sheet the computation writes: rename it and try again.`;
}
