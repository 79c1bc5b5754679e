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
  readonly selectionUnreadable: string;
  /** One sentence per Excel error code (Excel.ErrorCodes, OfficeExtension.ErrorCodes). */
  readonly errorCodes: Readonly<Record<ExcelErrorCode, string>>;
  readonly unexpected: (detail: string) => string;
}

/** Excel's error codes the gateway explains, beyond those it turns into their own GatewayError. */
export const EXCEL_ERROR_CODES = [
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RequestAborted',
  'ConnectionFailure',
  'ActivityLimitReached',
  'Conflict',
  'InsertDeleteConflict',
  'MergedRangeConflict',
  'FilteredRangeConflict',
  'PivotTableRangeConflict',
  'NonBlankCellOffSheet',
  'RangeExceedsLimit',
  'OperationCellsExceedLimit',
  'FormulaLengthExceedsLimit',
  'InvalidArgument',
  'InvalidOperation',
  'InvalidReference',
  'InvalidSelection',
  'InvalidBinding',
  'ItemAlreadyExists',
  'ItemNotFound',
  'InactiveWorkbook',
  'UnsupportedSheet',
  'UnsupportedOperation',
  'UnsupportedFillType',
  'DirtySupportingFormula',
  'OpenWorkbookLinksBlocked',
  'RefreshWorkbookLinksBlocked',
  'PowerQueryRefreshResourceChallenge',
  'EmptyChartSeries',
  'RangeImageExceedsLimit',
  'GeneralException',
] as const;

export type ExcelErrorCode = (typeof EXCEL_ERROR_CODES)[number];

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
  selectionUnreadable:
    'La sélection ne peut pas être lue\u00a0: sélectionnez le tableau (en-têtes et lignes d’indicateurs) sur une seule feuille, puis recommencez.',
  errorCodes: {
    RequestPayloadSizeLimitExceeded:
      'Le tableau est trop volumineux pour être envoyé à Excel en une fois (Excel pour le web refuse plus de 5 Mo). Rien n’a été modifié\u202f; réessayez, ou ouvrez le classeur dans Excel pour Windows ou Mac.',
    ResponsePayloadSizeLimitExceeded:
      'Le tableau est trop volumineux pour être lu en une fois (Excel pour le web refuse plus de 5 Mo). Rien n’a été modifié\u202f; réessayez, ou ouvrez le classeur dans Excel pour Windows ou Mac.',
    RequestAborted:
      'Excel a interrompu la demande\u00a0: il a mis trop de temps à répondre ou le classeur était occupé. Attendez quelques secondes, puis recommencez.',
    ConnectionFailure:
      'La connexion avec Excel a été perdue. Vérifiez la connexion réseau, puis recommencez.',
    ActivityLimitReached:
      'Excel limite le nombre de demandes\u00a0: attendez quelques secondes, puis recommencez.',
    Conflict:
      'Le classeur a été modifié en même temps par une autre personne ou un autre programme. Recommencez.',
    InsertDeleteConflict:
      'Des lignes ou des colonnes ont été insérées ou supprimées pendant l’opération. Recommencez.',
    MergedRangeConflict:
      'Des cellules fusionnées empêchent l’écriture (Moyenne ou atteinte objectif)\u00a0: défusionnez-les, puis recommencez.',
    FilteredRangeConflict:
      'Un filtre actif empêche l’écriture\u00a0: effacez le filtre du tableau, puis recommencez.',
    PivotTableRangeConflict:
      'Un tableau croisé dynamique occupe les cellules à écrire\u00a0: déplacez-le, puis recommencez.',
    NonBlankCellOffSheet:
      'La feuille est pleine jusqu’à son bord\u00a0: Excel ne peut pas ajouter la colonne d’atteinte objectif.',
    RangeExceedsLimit:
      'La plage demandée dépasse ce qu’Excel accepte en une opération. Réessayez\u202f; si cela persiste, réduisez la zone utilisée de la feuille.',
    OperationCellsExceedLimit:
      'L’opération porte sur plus de cellules qu’Excel n’en accepte en une fois. Réessayez\u202f; si cela persiste, réduisez la zone utilisée de la feuille.',
    FormulaLengthExceedsLimit:
      'Une formule à rétablir dépasse la longueur qu’Excel accepte. Rien n’a été modifié.',
    InvalidArgument:
      'Excel a refusé une valeur ou une adresse envoyée par le complément. Rien n’a été modifié\u202f; réessayez.',
    InvalidOperation:
      'Excel a refusé l’opération dans l’état actuel du classeur. Réessayez dans un instant.',
    InvalidReference:
      'Une référence de cellule n’est plus valide (feuille ou plage supprimée). Vérifiez le classeur, puis recommencez.',
    InvalidSelection:
      'La sélection actuelle ne convient pas\u00a0: sélectionnez des cellules d’une seule feuille, puis recommencez.',
    InvalidBinding: 'Une liaison du classeur n’est plus valide. Recommencez.',
    ItemAlreadyExists: 'Une feuille du même nom existe déjà\u00a0: renommez-la, puis recommencez.',
    ItemNotFound:
      'Un élément du classeur a disparu pendant l’opération (feuille renommée ou supprimée). Recommencez.',
    InactiveWorkbook:
      'Le classeur n’est plus actif\u00a0: revenez dessus dans Excel, puis recommencez.',
    UnsupportedSheet:
      'Cette feuille ne peut pas être modifiée par un complément (feuille de graphique ou de macros).',
    UnsupportedOperation:
      'Cette opération n’est pas possible dans cette version d’Excel ou sur ce type de classeur.',
    UnsupportedFillType: 'Excel ne permet pas de rétablir ce type de remplissage de cellule.',
    DirtySupportingFormula:
      'Des formules du classeur sont en cours de calcul\u00a0: attendez la fin du calcul, puis recommencez.',
    OpenWorkbookLinksBlocked:
      'Les liaisons vers d’autres classeurs sont bloquées\u00a0: autorisez-les, puis recommencez.',
    RefreshWorkbookLinksBlocked:
      'La mise à jour des liaisons vers d’autres classeurs est bloquée\u00a0: autorisez-la, puis recommencez.',
    PowerQueryRefreshResourceChallenge:
      'Une requête Power Query demande une autorisation\u00a0: répondez-y dans Excel, puis recommencez.',
    EmptyChartSeries: 'Un graphique du classeur n’a pas de données. Recommencez.',
    RangeImageExceedsLimit: 'La plage est trop grande pour être copiée en image.',
    GeneralException:
      'Excel a rencontré une erreur interne. Réessayez\u202f; si elle persiste, fermez puis rouvrez le classeur.',
  },
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
  selectionUnreadable:
    'The selection cannot be read: select the table (headers and indicator rows) on one sheet, then try again.',
  errorCodes: {
    RequestPayloadSizeLimitExceeded:
      'The table is too large to be sent to Excel at once (Excel on the web refuses more than 5 MB). Nothing was changed; try again, or open the workbook in Excel for Windows or Mac.',
    ResponsePayloadSizeLimitExceeded:
      'The table is too large to be read at once (Excel on the web refuses more than 5 MB). Nothing was changed; try again, or open the workbook in Excel for Windows or Mac.',
    RequestAborted:
      'Excel interrupted the request: it took too long to answer or the workbook was busy. Wait a few seconds, then try again.',
    ConnectionFailure: 'The connection with Excel was lost. Check the network, then try again.',
    ActivityLimitReached:
      'Excel limits the number of requests: wait a few seconds, then try again.',
    Conflict: 'The workbook was changed at the same time by someone or something else. Try again.',
    InsertDeleteConflict:
      'Rows or columns were inserted or deleted during the operation. Try again.',
    MergedRangeConflict:
      'Merged cells prevent the write (Moyenne or objective met): unmerge them, then try again.',
    FilteredRangeConflict: 'An active filter prevents the write: clear the filter, then try again.',
    PivotTableRangeConflict: 'A PivotTable occupies the cells to write: move it, then try again.',
    NonBlankCellOffSheet:
      'The sheet is full up to its edge: Excel cannot add the objective-met column.',
    RangeExceedsLimit:
      'The range asked for exceeds what Excel accepts in one operation. Try again; if it persists, reduce the sheet’s used range.',
    OperationCellsExceedLimit:
      'The operation covers more cells than Excel accepts at once. Try again; if it persists, reduce the sheet’s used range.',
    FormulaLengthExceedsLimit:
      'A formula to restore is longer than Excel accepts. Nothing was changed.',
    InvalidArgument:
      'Excel refused a value or an address sent by the add-in. Nothing was changed; try again.',
    InvalidOperation:
      'Excel refused the operation in the workbook’s current state. Try again in a moment.',
    InvalidReference:
      'A cell reference is no longer valid (sheet or range deleted). Check the workbook, then try again.',
    InvalidSelection:
      'The current selection does not fit: select cells on one sheet, then try again.',
    InvalidBinding: 'A binding of the workbook is no longer valid. Try again.',
    ItemAlreadyExists: 'A sheet of the same name already exists: rename it, then try again.',
    ItemNotFound:
      'Something in the workbook disappeared during the operation (a sheet renamed or deleted). Try again.',
    InactiveWorkbook: 'The workbook is no longer active: go back to it in Excel, then try again.',
    UnsupportedSheet: 'This sheet cannot be changed by an add-in (a chart or macro sheet).',
    UnsupportedOperation:
      'This operation is not possible in this version of Excel or on this kind of workbook.',
    UnsupportedFillType: 'Excel cannot restore this kind of cell fill.',
    DirtySupportingFormula:
      'Formulas of the workbook are being calculated: wait for the calculation to end, then try again.',
    OpenWorkbookLinksBlocked: 'Links to other workbooks are blocked: allow them, then try again.',
    RefreshWorkbookLinksBlocked:
      'Updating links to other workbooks is blocked: allow it, then try again.',
    PowerQueryRefreshResourceChallenge:
      'A Power Query query asks for permission: answer it in Excel, then try again.',
    EmptyChartSeries: 'A chart of the workbook has no data. Try again.',
    RangeImageExceedsLimit: 'The range is too large to be copied as a picture.',
    GeneralException:
      'Excel met an internal error. Try again; if it persists, close and reopen the workbook.',
  },
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
