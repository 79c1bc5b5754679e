/**
 * What the Excel side says: the gateway's error messages (one sentence the agent can act on) and
 * the ribbon command's notice. French first, English second.
 */
import type { Lang, Summary } from '../core/types';
import { reportNameTakenText } from './report';
import { plural, quote } from './text';

export interface ExcelMessages {
  readonly noDashboard: string;
  readonly noDashboardOn: (sheet: string) => string;
  readonly unknownSheet: (sheet: string) => string;
  readonly protectedSheet: (sheet: string) => string;
  readonly protectedWorkbook: string;
  readonly accessDenied: string;
  readonly cellEditing: string;
  readonly unsupportedVersion: (set: string) => string;
  readonly officeUnavailable: string;
  readonly nothingToUndo: string;
  readonly undoStale: string;
  readonly reportNameTaken: (name: string) => string;
  readonly stateTooLarge: string;
  readonly stateNotSaved: string;
  readonly unexpected: (detail: string) => string;
}

export interface CommandMessages {
  /** The notice window's title. */
  readonly title: string;
  readonly close: string;
  readonly failed: string;
  readonly done: (summary: Summary, report: string) => string;
}

const FR_MESSAGES: ExcelMessages = {
  noDashboard:
    'Aucun tableau de bord trouvé\u00a0: il faut une ligne d’en-têtes avec les douze mois (Janv à Déc) et une colonne d’indicateurs.',
  noDashboardOn: (sheet) =>
    `La feuille ${quote(sheet, 'fr')} ne contient pas de tableau de bord reconnu (en-têtes des douze mois et colonne d’indicateurs).`,
  unknownSheet: (sheet) =>
    `La feuille ${quote(sheet, 'fr')} n’existe plus dans ce classeur\u00a0: elle a peut-être été renommée ou supprimée.`,
  protectedSheet: (sheet) =>
    `La feuille ${quote(sheet, 'fr')} est protégée\u00a0: ôtez la protection (Révision > Ôter la protection de la feuille) puis recommencez. Rien n’a été modifié.`,
  protectedWorkbook:
    'La structure du classeur est protégée\u00a0: la feuille de contrôle ne peut pas être ajoutée. Ôtez la protection du classeur (Révision > Protéger le classeur) puis recommencez. Rien n’a été modifié.',
  accessDenied:
    'Excel a refusé la modification\u00a0: la feuille ou le classeur est peut-être protégé, ou le classeur est ouvert en lecture seule.',
  cellEditing:
    'Une cellule est en cours de saisie dans Excel\u00a0: validez-la (touche Entrée) ou quittez-la (Échap), puis recommencez.',
  unsupportedVersion: (set) =>
    `Cette version d’Excel ne propose pas les fonctions nécessaires (${set})\u00a0: mettez Excel à jour (Microsoft 365, Excel 2021 ou plus récent) ou utilisez Excel pour le web.`,
  officeUnavailable:
    'Excel n’est pas disponible\u00a0: ouvrez ce complément depuis Excel (onglet Accueil, groupe Qual-e-Pref).',
  nothingToUndo: 'Aucun calcul à annuler dans ce classeur.',
  undoStale:
    'Le dernier calcul ne peut plus être annulé\u00a0: les cellules qu’il a remplies (Moyenne, atteinte objectif) ont été modifiées depuis, ou des lignes ont été ajoutées. Rien n’a été modifié.',
  reportNameTaken: (name) => reportNameTakenText(name, 'fr'),
  stateTooLarge:
    'Le tableau est trop grand pour garder dans le classeur une copie des cellules à modifier\u00a0: le calcul n’a pas été fait.',
  stateNotSaved:
    'Excel n’a pas pu enregistrer la copie des cellules à modifier\u00a0: le calcul n’a pas été fait. Réessayez.',
  unexpected: (detail) =>
    `Une erreur inattendue d’Excel s’est produite (${detail}). Réessayez\u202f; si elle persiste, fermez puis rouvrez le classeur.`,
};

const EN_MESSAGES: ExcelMessages = {
  noDashboard:
    'No dashboard found: it needs a header row with the twelve months (Jan to Dec) and a column of indicators.',
  noDashboardOn: (sheet) =>
    `Sheet “${sheet}” holds no recognised dashboard (headers of the twelve months and a column of indicators).`,
  unknownSheet: (sheet) =>
    `Sheet “${sheet}” is no longer in this workbook: it may have been renamed or deleted.`,
  protectedSheet: (sheet) =>
    `Sheet “${sheet}” is protected: unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.`,
  protectedWorkbook:
    'The workbook structure is protected: the check sheet cannot be added. Unprotect the workbook (Review > Protect Workbook) and try again. Nothing was changed.',
  accessDenied:
    'Excel refused the change: the sheet or the workbook may be protected, or the workbook is read-only.',
  cellEditing:
    'A cell is being edited in Excel: confirm it (Enter) or leave it (Esc), then try again.',
  unsupportedVersion: (set) =>
    `This version of Excel lacks the functions needed (${set}): update Excel (Microsoft 365, Excel 2021 or later) or use Excel on the web.`,
  officeUnavailable:
    'Excel is not available: open this add-in from Excel (Home tab, Qual-e-Pref group).',
  nothingToUndo: 'No computation to undo in this workbook.',
  undoStale:
    'The last computation can no longer be undone: the cells it filled (Moyenne, objective met) have changed since, or rows were added. Nothing was changed.',
  reportNameTaken: (name) => reportNameTakenText(name, 'en'),
  stateTooLarge:
    'The table is too large to keep a copy of the cells to change in the workbook: nothing was computed.',
  stateNotSaved:
    'Excel could not save the copy of the cells to change: nothing was computed. Try again.',
  unexpected: (detail) =>
    `An unexpected Excel error occurred (${detail}). Try again; if it persists, close and reopen the workbook.`,
};

const MESSAGES: Readonly<Record<Lang, ExcelMessages>> = { fr: FR_MESSAGES, en: EN_MESSAGES };

const COMMAND: Readonly<Record<Lang, CommandMessages>> = {
  fr: {
    title: 'Qual-e-Pref Contrôle',
    close: 'Fermer',
    failed: 'Les moyennes n’ont pas été calculées.',
    done: (summary, report) =>
      summary.readyToSend
        ? `Moyennes calculées pour ${plural(summary.indicators, 'indicateur', 'indicateurs', 'fr')}\u00a0: prêt à envoyer à la préfecture (feuille ${quote(report, 'fr')}).`
        : `Moyennes calculées pour ${plural(summary.indicators, 'indicateur', 'indicateurs', 'fr')}\u00a0: ${plural(summary.errors, 'erreur', 'erreurs', 'fr')} à corriger avant l’envoi (feuille ${quote(report, 'fr')}).`,
  },
  en: {
    title: 'Qual-e-Pref Check',
    close: 'Close',
    failed: 'The averages were not computed.',
    done: (summary, report) =>
      summary.readyToSend
        ? `Averages computed for ${plural(summary.indicators, 'indicator', 'indicators', 'en')}: ready to send to the préfecture (sheet “${report}”).`
        : `Averages computed for ${plural(summary.indicators, 'indicator', 'indicators', 'en')}: ${plural(summary.errors, 'error', 'errors', 'en')} to fix before sending (sheet “${report}”).`,
  },
};

export function excelMessages(lang: Lang): ExcelMessages {
  return MESSAGES[lang];
}

export function commandMessages(lang: Lang): CommandMessages {
  return COMMAND[lang];
}
