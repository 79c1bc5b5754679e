/** Strings of the browser preview: banner, file controls, sheet rendering, gateway messages. */
import { noDashboardWhy } from './recognition';
import type { FlagKind, Lang, RecognitionFailure } from '../core/types';
import type { Bilingual } from './lang';
import { pick } from './lang';

export const PREVIEW_TEXT = {
  heading: { fr: 'Qual-e-Pref Contrôle — aperçu', en: 'Qual-e-Pref Check — preview' },
  bannerTitle: { fr: 'Aperçu hors d’Excel', en: 'Preview outside Excel' },
  bannerBody: {
    fr: 'Le classeur est ouvert dans votre navigateur et n’est envoyé nulle part. Dans Excel, installez le complément pour travailler directement sur vos tableaux de bord.',
    en: 'The workbook is opened in your browser and sent nowhere. In Excel, install the add-in to work on your dashboards directly.',
  },
  toolbar: { fr: 'Classeur', en: 'Workbook' },
  open: { fr: 'Ouvrir un classeur…', en: 'Open a workbook…' },
  fileInput: { fr: 'Classeur Excel à ouvrir (.xlsx)', en: 'Excel workbook to open (.xlsx)' },
  download: { fr: 'Télécharger le classeur', en: 'Download the workbook' },
  loading: { fr: 'Chargement du classeur…', en: 'Loading the workbook…' },
  sheetTabs: { fr: 'Feuilles du classeur', en: 'Sheets of the workbook' },
  sheetArea: { fr: 'Classeur ouvert', en: 'Open workbook' },
  sampleFailed: {
    fr: 'Le tableau de bord d’exemple n’a pas pu être chargé. Ouvrez un classeur pour commencer.',
    en: 'The sample dashboard could not be loaded. Open a workbook to start.',
  },
  nothingToUndo: {
    fr: 'Il n’y a aucun calcul à annuler.',
    en: 'There is no computation to undo.',
  },
} satisfies Record<string, Bilingual>;

export type PreviewTextKey = keyof typeof PREVIEW_TEXT;

export function previewText(key: PreviewTextKey, lang: Lang): string {
  return pick(PREVIEW_TEXT[key], lang);
}

/** "Classeur : tableau.xlsx". */
export function currentFileText(name: string, lang: Lang): string {
  return lang === 'fr' ? `Classeur : ${name}` : `Workbook: ${name}`;
}

/** The accessible name of the read-only rendering of a sheet. */
export function sheetViewLabel(sheet: string, lang: Lang): string {
  return lang === 'fr' ? `Feuille « ${sheet} », en lecture seule` : `Sheet “${sheet}”, read-only`;
}

const FLAG_KIND: Record<FlagKind, Bilingual> = {
  error: { fr: 'erreur', en: 'error' },
  warning: { fr: 'à vérifier', en: 'to check' },
  info: { fr: 'information', en: 'information' },
};

export function flagKindText(kind: FlagKind, lang: Lang): string {
  return pick(FLAG_KIND[kind], lang);
}

const EMPTY_SHEET: Bilingual = {
  fr: 'La feuille est vide : aucun tableau de bord à contrôler.',
  en: 'The sheet is empty: there is no dashboard to check.',
};

export function recognitionFailureText(reason: RecognitionFailure, lang: Lang): string {
  if (reason === 'empty_sheet') return pick(EMPTY_SHEET, lang);
  const why = noDashboardWhy(reason, lang);
  return lang === 'fr' ? `Aucun tableau de bord trouvé : ${why}.` : `No dashboard found: ${why}.`;
}

export function unknownSheetText(sheet: string, sheets: readonly string[], lang: Lang): string {
  const list = sheets.map((name) => `« ${name} »`).join(', ');
  return lang === 'fr'
    ? `La feuille « ${sheet} » n’existe pas dans ce classeur (feuilles : ${list}).`
    : `There is no sheet “${sheet}” in this workbook (sheets: ${list}).`;
}

export function unknownCellText(cell: string, lang: Lang): string {
  return lang === 'fr' ? `La cellule « ${cell} » n’existe pas.` : `There is no cell “${cell}”.`;
}

export function unexpectedText(detail: string, lang: Lang): string {
  return lang === 'fr' ? `Erreur inattendue : ${detail}` : `Unexpected error: ${detail}`;
}
