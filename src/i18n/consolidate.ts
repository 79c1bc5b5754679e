/**
 * The consolidation's words, French first then English, in French typography: the workbook's
 * headers and cells, why a file is unusable, what a site must correct, the command's help,
 * readable summary and progress, and the preview's multi-file view.
 */
import type {
  ConsolidatedSite,
  Consolidation,
  SiteResult,
  UnusableReason,
} from '../core/consolidate';
import type { ConsolidationWords } from '../core/consolidate-sheets';
import type { Lang, Unit, YearMonth } from '../core/types';
import type { WorkbookErrorCode } from '../xlsx/workbook-error';
import { fileProblemText } from './files';
import type { Bilingual } from './lang';
import { pick } from './lang';
import { asOfText } from './report';
import { list, plural, quote } from './text';

/** No-break space (before « : », inside « »), narrow no-break space (before ; ! ? %). */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

function colon(lang: Lang): string {
  return lang === 'fr' ? `${NBSP}: ` : ': ';
}

function semicolon(lang: Lang): string {
  return lang === 'fr' ? `${NNBSP}; ` : '; ';
}

/** The reasons that are not the file engine's own (those have their sentence in ./files). */
type OwnReason = Exclude<UnusableReason, Exclude<WorkbookErrorCode, 'not_saved'>>;

const REASONS: Record<Lang, Record<OwnReason, string>> = {
  fr: {
    missing_file: 'fichier introuvable, vérifiez le nom et le dossier',
    is_directory: 'c’est un dossier, pas un classeur Excel',
    unreadable: 'le fichier ne peut pas être lu, vérifiez les droits d’accès',
    empty_sheet: 'le classeur ne contient que des feuilles vides',
    no_month_headers:
      'aucun tableau de bord trouvé, aucune ligne d’en-tête ne porte les douze mois de janvier à décembre',
    no_label_column:
      'aucun tableau de bord trouvé, les mois sont là mais aucune colonne ne porte les libellés des indicateurs',
    no_rows: 'aucun tableau de bord trouvé, aucune ligne d’indicateur sous les en-têtes des mois',
    consolidation_summary: 'c’est une synthèse de sites, pas le tableau de bord d’un site',
  },
  en: {
    missing_file: 'file not found, check its name and folder',
    is_directory: 'this is a folder, not an Excel workbook',
    unreadable: 'the file cannot be read, check the access rights',
    empty_sheet: 'the workbook holds only empty sheets',
    no_month_headers: 'no dashboard found, no header row holds the twelve months',
    no_label_column:
      'no dashboard found, the months are there but no column holds the indicator labels',
    no_rows: 'no dashboard found, no indicator row follows the month headers',
    consolidation_summary: 'this is a summary of sites, not a site’s dashboard',
  },
};

function isOwnReason(reason: UnusableReason): reason is OwnReason {
  return reason in REASONS.fr;
}

/** Why the file gave nothing, one sentence: « Fichier inutilisable : … » or the file engine's. */
export function unusableText(reason: UnusableReason, lang: Lang): string {
  if (!isOwnReason(reason)) return fileProblemText(reason, null, lang);
  const why = REASONS[lang][reason];
  return lang === 'fr' ? `Fichier inutilisable${colon(lang)}${why}.` : `Unusable file: ${why}.`;
}

/** Error codes in a site's corrections; a code added later still reads as its code. */
const CORRECTION_NAMES: Record<string, Bilingual> = {
  MISSING_MONTH: { fr: 'mois non rempli', en: 'month not filled' },
  UNRECOGNIZED_ENTRY: { fr: 'saisie non reconnue', en: 'entry not recognised' },
  CELL_ERROR: { fr: 'erreur Excel dans un mois', en: 'Excel error in a month' },
  OUT_OF_RANGE: { fr: 'valeur hors limites', en: 'value out of range' },
  UNREAD_ROW: { fr: 'ligne non lue', en: 'row not read' },
};

/** Cells named in full up to this many per code; more are counted. */
const CELLS_SHOWN = 6;

function cellsText(cells: readonly string[], lang: Lang): string {
  const shown = cells.slice(0, CELLS_SHOWN).join(', ');
  const more = cells.length - CELLS_SHOWN;
  if (more <= 0) return shown;
  return lang === 'fr' ? `${shown} et ${more} autres` : `${shown} and ${more} more`;
}

/** « mois non rempli (1)\u00a0: G22 ; saisie non reconnue (2)\u00a0: H7, H8 ». */
export function correctionsText(site: ConsolidatedSite, lang: Lang): string {
  return site.corrections
    .map((correction) => {
      const name = CORRECTION_NAMES[correction.code];
      const words = name ? pick(name, lang) : correction.code;
      return `${words} (${correction.cells.length})${colon(lang)}${cellsText(correction.cells, lang)}`;
    })
    .join(semicolon(lang));
}

const UNITS: Record<Lang, Record<Unit, string>> = {
  fr: { rate: 'taux', days: 'délai (jours)', count: 'nombre' },
  en: { rate: 'rate', days: 'delay (days)', count: 'count' },
};

export function unitText(unit: Unit, lang: Lang): string {
  return UNITS[lang][unit];
}

const MET: Record<Lang, Record<'met' | 'notMet' | 'notAssessable' | 'noObjective', string>> = {
  fr: { met: 'oui', notMet: 'non', notAssessable: 'non évaluable', noObjective: 'sans objectif' },
  en: { met: 'yes', notMet: 'no', notAssessable: 'not assessable', noObjective: 'no objective' },
};

export function metText(result: Pick<SiteResult, 'met' | 'metReason'>, lang: Lang): string {
  if (result.met === true) return MET[lang].met;
  if (result.met === false) return MET[lang].notMet;
  return result.metReason === 'no_objective' ? MET[lang].noObjective : MET[lang].notAssessable;
}

const READY: Record<Lang, Record<'yes' | 'no' | 'unusable', string>> = {
  fr: { yes: 'oui', no: 'non', unusable: 'inutilisable' },
  en: { yes: 'yes', no: 'no', unusable: 'unusable' },
};

export function readyText(site: ConsolidatedSite, lang: Lang): string {
  if (site.status === 'unusable') return READY[lang].unusable;
  return site.readyToSend ? READY[lang].yes : READY[lang].no;
}

/** What the site must do: the reason its file is unusable, or its errors with their cells. */
export function toCorrectText(site: ConsolidatedSite, lang: Lang): string {
  if (site.reason !== null) return unusableText(site.reason, lang);
  return correctionsText(site, lang);
}

function sitesCount(count: number, lang: Lang): string {
  return plural(count, 'site', 'sites', lang);
}

/** Sentences when the sites' years or as-of months differ: compared figures may not compare. */
export function differencesText(consolidation: Consolidation, lang: Lang): string[] {
  const notes: string[] = [];
  if (consolidation.years.length > 1) {
    const parts = consolidation.years.map(
      (entry) =>
        `${entry.value ?? (lang === 'fr' ? 'année non indiquée' : 'year not given')} (${sitesCount(entry.sites, lang)})`,
    );
    notes.push(
      lang === 'fr'
        ? `Les années diffèrent entre les sites${colon(lang)}${list(parts, lang)}.`
        : `The sites’ years differ: ${list(parts, lang)}.`,
    );
  }
  if (consolidation.asOfs.length > 1) {
    const parts = consolidation.asOfs.map(
      (entry) => `${asOfText(entry.value, lang)} (${sitesCount(entry.sites, lang)})`,
    );
    notes.push(
      lang === 'fr'
        ? `Les mois d’arrêté diffèrent entre les sites${colon(lang)}${list(parts, lang)}.`
        : `The sites are checked up to different months: ${list(parts, lang)}.`,
    );
  }
  return notes;
}

/** « synthese-2020.xlsx est une synthèse déjà produite : laissée de côté. » */
export function summarySkippedText(file: string, lang: Lang): string {
  return lang === 'fr'
    ? `${file} est une synthèse déjà produite, pas le tableau de bord d’un site${colon(lang)}laissée de côté.`
    : `${file} is an earlier summary, not a site’s dashboard: left aside.`;
}

/** What the notes under the sites say: differences between sites, then summaries left aside. */
export function notesText(consolidation: Consolidation, lang: Lang): string[] {
  return [
    ...differencesText(consolidation, lang),
    ...consolidation.summaries.map((file) => summarySkippedText(file, lang)),
  ];
}

const HEADERS = {
  fr: {
    sites: [
      'Fichier',
      'Site',
      'Feuille',
      'Année',
      'Mois arrêté au',
      'Prêt à envoyer',
      'Erreurs',
      'Avertissements',
      'Mois non remplis',
      'À corriger',
    ],
    indicators: ['Engagement', 'Indicateur', 'Unité', 'Sites', 'Absent de'],
    average: 'Moyenne',
    met: 'Atteinte',
  },
  en: {
    sites: [
      'File',
      'Site',
      'Sheet',
      'Year',
      'Checked up to',
      'Ready to send',
      'Errors',
      'Warnings',
      'Months not filled',
      'To correct',
    ],
    indicators: ['Engagement', 'Indicator', 'Unit', 'Sites', 'Missing at'],
    average: 'Average',
    met: 'Met',
  },
} as const;

export function consolidationHeaders(lang: Lang) {
  return HEADERS[lang];
}

/** "3 / 4". */
export function presenceText(held: number, usable: number): string {
  return `${held}${NBSP}/${NBSP}${usable}`;
}

const NO_DATA: Bilingual = { fr: 'Pas de données', en: 'No data' };

export function noDataText(lang: Lang): string {
  return pick(NO_DATA, lang);
}

/** The words the consolidation workbook is written with. */
export function consolidationWords(lang: Lang): ConsolidationWords {
  const headers = HEADERS[lang];
  return {
    siteHeaders: headers.sites,
    indicatorHeaders: headers.indicators,
    siteColumn: (site, column) =>
      `${site} – ${column === 'average' ? headers.average : headers.met}`,
    unit: (unit) => unitText(unit, lang),
    asOf: (month: YearMonth) => asOfText(month, lang),
    ready: (site) => readyText(site, lang),
    toCorrect: (site) => toCorrectText(site, lang),
    met: (result) => metText(result, lang),
    noData: noDataText(lang),
    presence: presenceText,
    list: (items) => list(items, lang),
    notes: (consolidation) => notesText(consolidation, lang),
  };
}

/** The command's help. */
const HELP = {
  command: {
    fr: `Rassemble les tableaux de bord de plusieurs sites dans un classeur de synthèse (feuilles ${quote('Sites', 'fr')} et ${quote('Indicateurs', 'fr')}), sans modifier les fichiers.`,
    en: 'Gathers several sites’ dashboards into one summary workbook (sheets “Sites” and “Indicateurs”), changing none of the files.',
  },
  files: {
    fr: 'les classeurs des sites (.xlsx), par exemple dossier/*.xlsx',
    en: 'the sites’ workbooks (.xlsx), for example folder/*.xlsx',
  },
  output: {
    fr: `le classeur de synthèse à écrire, ou - pour la sortie standard (par défaut${NBSP}: synthese-<année>.xlsx dans le dossier courant)`,
    en: 'the summary workbook to write, or - for standard output (default: synthese-<year>.xlsx in the current folder)',
  },
  json: {
    fr: `affiche la synthèse JSON (qualepref-consolidation/1) au lieu du résumé lisible${NNBSP}; le classeur est écrit de même`,
    en: 'prints the JSON summary (qualepref-consolidation/1) instead of the readable one; the workbook is written all the same',
  },
} satisfies Record<string, Bilingual>;

export function consolidateHelp(key: keyof typeof HELP, lang: Lang): string {
  return pick(HELP[key], lang);
}

/** Progress on standard error: « Lecture des classeurs : 40/100 ». */
export function progressText(done: number, total: number, lang: Lang): string {
  return lang === 'fr'
    ? `Lecture des classeurs${colon(lang)}${done}/${total}`
    : `Reading workbooks: ${done}/${total}`;
}

export function nothingUsableText(files: number, lang: Lang): string {
  if (lang === 'fr')
    return files === 1
      ? `Le fichier n’est pas un tableau de bord utilisable${colon(lang)}aucune synthèse écrite.`
      : `Aucun des ${files} fichiers n’est un tableau de bord utilisable${colon(lang)}aucune synthèse écrite.`;
  return files === 1
    ? 'The file is not a usable dashboard: no summary written.'
    : `None of the ${files} files is a usable dashboard: no summary written.`;
}

function siteLine(site: ConsolidatedSite, lang: Lang): string {
  const name = site.site === null ? site.file : `${site.site} (${site.file})`;
  if (site.status === 'unusable') return `✗ ${name}${colon(lang)}${toCorrectText(site, lang)}`;
  const counts =
    lang === 'fr'
      ? `${plural(site.errors ?? 0, 'erreur', 'erreurs', lang)}, ${plural(site.warnings ?? 0, 'avertissement', 'avertissements', lang)}`
      : `${plural(site.errors ?? 0, 'error', 'errors', lang)}, ${plural(site.warnings ?? 0, 'warning', 'warnings', lang)}`;
  if (site.readyToSend)
    return `✓ ${name}${colon(lang)}${lang === 'fr' ? 'prêt à envoyer' : 'ready to send'} (${counts})`;
  const toCorrect = lang === 'fr' ? 'à corriger' : 'to correct';
  return `✗ ${name}${colon(lang)}${counts} — ${toCorrect}${colon(lang)}${correctionsText(site, lang)}`;
}

/** The last line of the summary when the workbook went to standard output (`-o -`). */
export function summaryToStdoutText(lang: Lang): string {
  return lang === 'fr'
    ? 'Synthèse écrite sur la sortie standard.'
    : 'Summary written to standard output.';
}

/** The readable summary `consolidate` prints: each site, then the indicators, then the file. */
export function consolidationReport(
  consolidation: Consolidation,
  written: string | null,
  lang: Lang,
): string {
  const lines = consolidation.sites.map((site) => siteLine(site, lang));
  const matched = consolidation.indicators.filter((indicator) => indicator.matched).length;
  const partial = consolidation.indicators.length - matched;
  const ready = consolidation.sites.filter((site) => site.readyToSend).length;
  lines.push('');
  lines.push(
    lang === 'fr'
      ? `Sites prêts à envoyer${colon(lang)}${ready} sur ${consolidation.sites.length}.`
      : `Sites ready to send: ${ready} of ${consolidation.sites.length}.`,
  );
  if (consolidation.usable > 0)
    lines.push(
      lang === 'fr'
        ? `Indicateurs${colon(lang)}${matched} communs à tous les sites${partial > 0 ? `, ${partial} présents dans une partie des sites seulement` : ''}.`
        : `Indicators: ${matched} shared by every site${partial > 0 ? `, ${partial} held by some sites only` : ''}.`,
    );
  lines.push(...notesText(consolidation, lang));
  if (written !== null)
    lines.push(lang === 'fr' ? `Synthèse écrite dans ${written}` : `Summary written to ${written}`);
  return `${lines.join('\n')}\n`;
}

/** The preview's multi-file view. */
const VIEW = {
  open: { fr: 'Ouvrir plusieurs classeurs…', en: 'Open several workbooks…' },
  title: { fr: 'Synthèse des sites', en: 'Sites summary' },
  reading: { fr: 'Lecture des classeurs…', en: 'Reading the workbooks…' },
  close: { fr: 'Revenir au classeur', en: 'Back to the workbook' },
  download: { fr: 'Télécharger la synthèse', en: 'Download the summary' },
  sites: { fr: 'Sites', en: 'Sites' },
  indicators: { fr: 'Indicateurs', en: 'Indicators' },
  sitesCaption: {
    fr: 'Un site par classeur ouvert, avec ce qu’il reste à corriger',
    en: 'One site per workbook opened, with what is left to correct',
  },
  indicatorsCaption: {
    fr: 'Moyenne et atteinte de chaque indicateur, site par site',
    en: 'Each indicator’s average and whether it is met, site by site',
  },
  absent: { fr: 'absent', en: 'absent' },
  failed: {
    fr: 'Les classeurs n’ont pas pu être lus.',
    en: 'The workbooks could not be read.',
  },
} satisfies Record<string, Bilingual>;

export function consolidationViewText(key: keyof typeof VIEW, lang: Lang): string {
  return pick(VIEW[key], lang);
}

/** The chart's text alternative: every site's average and atteinte, in words. */
export function chartSummaryText(
  label: string,
  parts: readonly { site: string; average: string; met: string }[],
  lang: Lang,
): string {
  const items = parts.map((part) => `${part.site}${colon(lang)}${part.average}, ${part.met}`);
  return lang === 'fr'
    ? `${label}, moyenne par site${colon(lang)}${items.join(semicolon(lang))}.`
    : `${label}, average by site: ${items.join(semicolon(lang))}.`;
}
