/**
 * What "Préparer <N+1>" says, in the pane, the preview and the command line: what could not be
 * carried over and why, the summary, the refusals, the labels. French first, English second.
 */
import { columnLetter } from '../core/address';
import type { RolloverGap, RolloverPlan } from '../core/rollover-types';
import type { Lang } from '../core/types';
import type { DroppedPart } from '../xlsx/rollover-write';
import { plural, quote } from './text';

const NBSP = '\u00a0';

function colon(lang: Lang): string {
  return lang === 'fr' ? `${NBSP}:` : ':';
}

/** "Ligne 7, « Délai moyen de réponse aux courriers »". */
function rowName(gap: RolloverGap, lang: Lang): string {
  const row = gap.row === null ? '' : `${lang === 'fr' ? 'Ligne' : 'Row'} ${gap.row + 1}, `;
  return `${row}${quote(gap.label ?? '', lang)}`;
}

/** One sentence per gap: what was written instead, and why. */
export function rolloverGapText(gap: RolloverGap, plan: RolloverPlan, lang: Lang): string {
  const year = plan.from;
  const dash = quote('-', lang);
  const n1 = quote('Résultats N-1', lang);
  const metN1 = quote('atteinte objectif N-1', lang);
  const who = gap.row === null ? '' : rowName(gap, lang);
  const fr = lang === 'fr';
  switch (gap.reason) {
    case 'no_data':
      return fr
        ? `${who}${colon(lang)} aucun mois de ${year} ne contient de nombre, ${n1} et ${metN1} valent ${dash}.`
        : `${who}: no month of ${year} holds a number, ${n1} and ${metN1} are ${dash}.`;
    case 'no_objective':
      return fr
        ? `${who}${colon(lang)} pas d’objectif en ${year}, la moyenne est reportée mais ${metN1} vaut ${dash}.`
        : `${who}: no objective in ${year}, the average is carried over but ${metN1} is ${dash}.`;
    case 'objective_unreadable':
      return fr
        ? `${who}${colon(lang)} l’objectif de ${year} est illisible, la moyenne est reportée mais ${metN1} vaut ${dash}.`
        : `${who}: the ${year} objective cannot be read, the average is carried over but ${metN1} is ${dash}.`;
    case 'errors':
      return fr
        ? `${who}${colon(lang)} la moyenne de ${year} est reportée malgré ${plural(gap.errors, 'erreur', 'erreurs', lang)} à corriger sur la ligne.`
        : `${who}: the ${year} average is carried over despite ${plural(gap.errors, 'error', 'errors', lang)} to correct on the row.`;
    case 'merged_cell':
      return fr
        ? `${who}${colon(lang)} la cellule N-1 est fusionnée avec une autre ligne, rien n’y est écrit.`
        : `${who}: the N-1 cell is merged with another row, nothing is written there.`;
    case 'no_n1_column':
      return fr
        ? `Le tableau n’a pas de colonne ${n1}${colon(lang)} les moyennes de ${year} ne sont pas reportées.`
        : `The table has no ${n1} column: the ${year} averages are not carried over.`;
    case 'no_met_n1_column':
      return fr
        ? `Le tableau n’a pas de colonne ${metN1}${colon(lang)} les atteintes de ${year} ne sont pas reportées.`
        : `The table has no ${metN1} column: the ${year} atteintes are not carried over.`;
  }
}

/** How many averages are carried over, and how many rows get "-". */
export function rolloverSummaryText(plan: RolloverPlan, lang: Lang): string {
  const carried = plan.rows.filter((row) => row.n1 !== null).length;
  const empty = plan.rows.length - carried;
  const dash = quote('-', lang);
  return lang === 'fr'
    ? `Feuille ${quote(plan.newSheet, lang)} préparée à partir de ${quote(plan.sheet, lang)}${colon(lang)} ${plural(plan.rows.length, 'indicateur', 'indicateurs', lang)}, ${plural(carried, 'moyenne reportée', 'moyennes reportées', lang)}, ${empty} sans données (${dash}), mois, commentaires et moyennes de ${plan.to} vides.`
    : `Sheet ${quote(plan.newSheet, lang)} prepared from ${quote(plan.sheet, lang)}: ${plural(plan.rows.length, 'indicator', 'indicators', lang)}, ${plural(carried, 'average', 'averages', lang)} carried over, ${empty} without data (${dash}), months, comments and averages of ${plan.to} empty.`;
}

export function rolloverGapsHeading(count: number, lang: Lang): string {
  if (count === 0) return lang === 'fr' ? 'Tout a été reporté.' : 'Everything was carried over.';
  return lang === 'fr'
    ? `Non reporté ou reporté avec réserve${colon(lang)}`
    : 'Not carried over, or carried over with a caveat:';
}

export function rolloverWrittenText(path: string, lang: Lang): string {
  return lang === 'fr' ? `Classeur écrit${colon(lang)} ${path}` : `Workbook written: ${path}`;
}

/** Refusals: one sentence the agent can act on; nothing has been written. */
export function rolloverSheetExistsText(sheet: string, year: number, lang: Lang): string {
  return lang === 'fr'
    ? `La feuille ${quote(sheet, lang)} existe déjà dans ce classeur${colon(lang)} rien n’a été écrit. Renommez-la ou supprimez-la pour préparer ${year} à nouveau.`
    : `The sheet ${quote(sheet, lang)} already exists in this workbook: nothing was written. Rename or delete it to prepare ${year} again.`;
}

export function rolloverNoYearText(lang: Lang): string {
  return lang === 'fr'
    ? `L’année du tableau de bord est introuvable (un en-tête ${quote('ANNEE 2020', lang)} ou l’année dans le nom de la feuille)${colon(lang)} l’année suivante ne peut pas être préparée.`
    : `The dashboard’s year cannot be found (a ${quote('ANNEE 2020', lang)} header or the year in the sheet’s name): the next year cannot be prepared.`;
}

export function rolloverCopyUnsupportedText(set: string, lang: Lang): string {
  return lang === 'fr'
    ? `Cette version d’Excel ne sait pas copier une feuille (${set} nécessaire)${colon(lang)} utilisez Microsoft${NBSP}365, Excel${NBSP}2021 ou Excel sur le web, ou la commande ${quote('qualepref rollover', lang)} sur une copie du classeur.`
    : `This version of Excel cannot copy a sheet (${set} needed): use Microsoft 365, Excel 2021 or Excel on the web, or the ${quote('qualepref rollover', lang)} command on a copy of the workbook.`;
}

export function rolloverNothingToUndoText(lang: Lang): string {
  return lang === 'fr'
    ? 'Aucune feuille préparée n’est à retirer.'
    : 'There is no prepared sheet to remove.';
}

export function rolloverUndoStaleText(sheet: string, lang: Lang): string {
  return lang === 'fr'
    ? `Des saisies ont été faites dans la feuille ${quote(sheet, lang)} depuis sa préparation${colon(lang)} elle n’est pas supprimée. Supprimez-la vous-même si elle n’est plus utile.`
    : `Entries were typed into the sheet ${quote(sheet, lang)} since it was prepared: it is not deleted. Delete it yourself if it is no longer needed.`;
}

/** "Colonne D" for the preview's column headings. */
export function rolloverColumnText(col: number, lang: Lang): string {
  return `${lang === 'fr' ? 'colonne' : 'column'} ${columnLetter(col)}`;
}

export interface RolloverLabels {
  readonly button: (year: number) => string;
  readonly heading: (year: number) => string;
  readonly intro: (sheet: string, newSheet: string) => string;
  readonly indicator: string;
  readonly n1: string;
  readonly metN1: string;
  readonly tableCaption: (year: number) => string;
  readonly confirm: (newSheet: string) => string;
  readonly close: string;
  readonly busy: string;
  readonly done: (newSheet: string) => string;
  readonly undo: string;
  readonly undoLabel: (newSheet: string) => string;
  readonly undone: (newSheet: string) => string;
  readonly download: string;
}

/** The labels of the pane's and the preview's "Préparer <N+1>" control. */
const ROLLOVER_LABELS: Readonly<Record<Lang, RolloverLabels>> = {
  fr: {
    button: (year: number) => `Préparer ${year}`,
    heading: (year: number) => `Préparer le tableau de bord ${year}`,
    intro: (sheet: string, newSheet: string) =>
      `Une copie de ${quote(sheet, 'fr')} nommée ${quote(newSheet, 'fr')} sera ajoutée à côté, avec les mêmes en-têtes, formats et objectifs. Les mois, commentaires et moyennes y seront vides${NBSP}; ${quote(sheet, 'fr')} ne change pas.`,
    indicator: 'Indicateur',
    n1: 'Résultats N-1',
    metN1: 'atteinte objectif N-1',
    tableCaption: (year: number) => `Ce qui sera écrit dans les colonnes N-1 pour ${year}`,
    confirm: (newSheet: string) => `Créer la feuille ${quote(newSheet, 'fr')}`,
    close: 'Fermer',
    busy: 'Préparation en cours…',
    done: (newSheet: string) => `La feuille ${quote(newSheet, 'fr')} a été créée et sélectionnée.`,
    undo: 'Annuler',
    undoLabel: (newSheet: string) => `Annuler${NBSP}: retirer la feuille ${quote(newSheet, 'fr')}`,
    undone: (newSheet: string) => `La feuille ${quote(newSheet, 'fr')} a été retirée.`,
    download: 'Télécharger le classeur préparé',
  },
  en: {
    button: (year: number) => `Prepare ${year}`,
    heading: (year: number) => `Prepare the ${year} dashboard`,
    intro: (sheet: string, newSheet: string) =>
      `A copy of ${quote(sheet, 'en')} named ${quote(newSheet, 'en')} will be added beside it, with the same headers, formats and objectives. Its months, comments and averages will be empty; ${quote(sheet, 'en')} does not change.`,
    indicator: 'Indicator',
    n1: 'Résultats N-1',
    metN1: 'atteinte objectif N-1',
    tableCaption: (year: number) => `What will be written in the N-1 columns for ${year}`,
    confirm: (newSheet: string) => `Create the sheet ${quote(newSheet, 'en')}`,
    close: 'Close',
    busy: 'Preparing…',
    done: (newSheet: string) => `The sheet ${quote(newSheet, 'en')} was created and selected.`,
    undo: 'Undo',
    undoLabel: (newSheet: string) => `Undo: remove the sheet ${quote(newSheet, 'en')}`,
    undone: (newSheet: string) => `The sheet ${quote(newSheet, 'en')} was removed.`,
    download: 'Download the prepared workbook',
  },
};

export function rolloverLabels(lang: Lang): RolloverLabels {
  return ROLLOVER_LABELS[lang];
}

const DROPPED: Readonly<Record<DroppedPart, { fr: string; en: string }>> = {
  drawing: { fr: 'les images et graphiques', en: 'the images and charts' },
  comments: { fr: 'les notes et commentaires', en: 'the notes and comments' },
  table: { fr: 'les tableaux structurés', en: 'the structured tables' },
  control: { fr: 'les contrôles et objets', en: 'the controls and objects' },
  hyperlink: { fr: 'les liens hypertexte', en: 'the hyperlinks' },
  other: { fr: 'des éléments liés', en: 'some related parts' },
};

/** What the year-N sheet had that its copy in a file does not get. */
export function rolloverDroppedText(
  dropped: readonly DroppedPart[],
  plan: RolloverPlan,
  lang: Lang,
): string {
  const parts = dropped.map((part) => DROPPED[part][lang]).join(', ');
  return lang === 'fr'
    ? `${parts.charAt(0).toUpperCase()}${parts.slice(1)} de ${quote(plan.sheet, lang)} ne sont pas copiés dans ${quote(plan.newSheet, lang)}${NBSP}: ils restent dans la feuille de ${plan.from}.`
    : `${parts.charAt(0).toUpperCase()}${parts.slice(1)} of ${quote(plan.sheet, lang)} are not copied into ${quote(plan.newSheet, lang)}: they stay in the ${plan.from} sheet.`;
}

export const ROLLOVER_HELP = {
  command: {
    fr: 'Prépare l’année suivante dans une copie du classeur\u00a0: une feuille N+1 à côté de celle de l’année N, avec les résultats et atteintes N-1, mois, commentaires et moyennes vides.',
    en: 'Prepares the next year in a copy of the workbook: a year N+1 sheet beside the year-N one, with last year’s results and atteintes, months, comments and averages empty.',
  },
  output: {
    fr: 'classeur à écrire (par défaut <nom>.<N+1>.xlsx à côté du fichier)',
    en: 'workbook to write (default <name>.<N+1>.xlsx beside the file)',
  },
  json: {
    fr: 'n’affiche que le plan au format JSON (qualepref-rollover/1)',
    en: 'print only the plan as JSON (qualepref-rollover/1)',
  },
} as const;
