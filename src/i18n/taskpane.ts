/** Every string the task pane shows, French first, English second. */
import type { Lang, MetReason, Severity } from '../core/types';
import type { GatewayErrorCode } from '../gateway/types';
import { list, plural, quote } from './text';

/** The kinds of month a chart draws with a mark of their own. */
export type ChartMark =
  | 'met'
  | 'missed'
  /** A counted value with no objective to compare with. */
  | 'value'
  | 'suspicious'
  | 'suspended'
  | 'closed'
  | 'not_available'
  | 'missing'
  /** An Excel error, an unreadable entry or an out-of-range value: not counted. */
  | 'wrong';

export interface ErrorText {
  readonly title: string;
  /** What the agent can do about it. */
  readonly guidance: string;
}

export interface TaskpaneStrings {
  readonly appTitle: string;
  readonly loading: string;
  readonly header: {
    readonly dashboardOf: (site: string | null, year: number | null) => string;
    readonly sheet: string;
    readonly indicators: (count: number) => string;
    readonly year: string;
    readonly chooseSheet: string;
    readonly pickSheet: string;
    readonly useSelection: string;
    readonly useSelectionHint: string;
  };
  readonly actions: {
    readonly fill: string;
    readonly filling: string;
    readonly check: string;
    readonly checking: string;
    readonly fillHint: string;
    readonly checkHint: string;
  };
  readonly verdict: {
    readonly ready: string;
    readonly readyBody: string;
    /** "1 erreur à corriger · 16 points à vérifier". */
    readonly errors: (errors: number, warnings: number) => string;
    readonly errorsBody: string;
    readonly warningsBody: (warnings: number) => string;
    /** "Arrêté à fin décembre 2020"; `month` null when no month is due yet. */
    readonly asOf: (month: string | null, year: number) => string;
  };
  readonly sections: {
    readonly errors: string;
    readonly warnings: string;
    readonly indicators: string;
    readonly infos: string;
    readonly options: string;
    /** The folding button's name: "À corriger (1)". */
    readonly withCount: (title: string, count: number) => string;
  };
  readonly selection: {
    /** `current`: the dashboard's sheet; `range` ("A4:T31") on `sheet`: the selection. */
    readonly confirm: (current: string, range: string, sheet: string) => string;
    readonly replace: string;
    readonly keep: string;
    readonly tooSmall: (range: string, sheet: string, rows: number, columns: number) => string;
    readonly kept: string;
  };
  readonly indicator: {
    /** "ligne 6". */
    readonly row: (row: number) => string;
  };
  readonly chart: {
    readonly marks: Record<ChartMark, string>;
    readonly clipped: string;
    readonly objective: string;
    readonly legendTitle: string;
    /** What hovering or focusing a month shows: "août 2020 : 0,0 % · valeur suspecte". */
    readonly readout: (month: string, value: string | null, state: string) => string;
    readonly hint: string;
  };
  readonly flags: {
    readonly title: string;
    readonly kinds: Record<'error' | 'warning' | 'info', string>;
  };
  readonly fillResult: {
    readonly title: string;
    readonly body: (indicators: number, report: string) => string;
    readonly addedColumn: (column: string) => string;
  };
  readonly live: {
    readonly rechecking: string;
    readonly staleTitle: string;
    readonly staleBody: (labels: readonly string[]) => string;
    readonly recompute: string;
  };
  readonly findings: {
    readonly hint: string;
    readonly severity: Record<Severity, string>;
    /** A problem line's name: "Erreur, cellule G22 : Janvier : rien n’est saisi…". */
    readonly itemLabel: (severity: string, cell: string, text: string) => string;
    /** The heading of the dashboard's own problems (months not yet filled). */
    readonly wholeDashboard: string;
    /** A row with findings that is not a recognised indicator. */
    readonly otherRow: (row: number) => string;
    /** The one-click fix of months not yet filled: "Arrêter le contrôle à septembre 2020". */
    readonly useAsOf: (month: string) => string;
  };
  readonly overview: {
    readonly title: string;
    readonly average: string;
    readonly objective: string;
    readonly noObjective: string;
    readonly noData: string;
    readonly noValues: string;
    readonly met: Record<'met' | 'missed' | MetReason, string>;
    readonly chartLabel: (input: ChartLabelInput) => string;
    readonly tableCaption: (label: string) => string;
    readonly tableMonth: string;
    readonly tableValue: string;
    readonly tableState: string;
    /** A month after the as-of month. */
    readonly futureMonth: string;
  };
  readonly options: {
    readonly asOf: string;
    readonly asOfDefault: (current: string) => string;
    readonly asOfNone: string;
    readonly asOfHint: string;
    readonly clearFlags: string;
    readonly clearFlagsHint: string;
    readonly flagsCleared: string;
    readonly undo: string;
    readonly undoHint: string;
    readonly undone: string;
  };
  readonly noDashboard: {
    readonly title: string;
    readonly guidance: readonly string[];
  };
  readonly errors: Record<GatewayErrorCode, ErrorText>;
  readonly retry: string;
  readonly dismiss: string;
  readonly details: string;
}

export interface ChartLabelInput {
  readonly label: string;
  readonly counted: number;
  readonly objective: string | null;
  /** Month names that miss the objective. */
  readonly missed: readonly string[];
  /** Month names without a value. */
  readonly gaps: readonly string[];
}

const FR: TaskpaneStrings = {
  appTitle: 'Qual-e-Pref Contrôle',
  loading: 'Lecture du tableau de bord…',
  header: {
    dashboardOf: (site, year) =>
      [site ?? 'Tableau de bord', year === null ? null : String(year)]
        .filter((part) => part !== null)
        .join(' – '),
    sheet: 'Feuille',
    indicators: (count) => plural(count, 'indicateur', 'indicateurs', 'fr'),
    year: 'Année',
    chooseSheet: 'Feuille du tableau de bord',
    pickSheet: 'Choisir une feuille…',
    useSelection: 'Utiliser la sélection',
    useSelectionHint:
      'Sélectionnez le tableau dans Excel (en-têtes des mois compris), puis cliquez ici.',
  },
  actions: {
    fill: 'Calculer les moyennes annuelles',
    filling: 'Calcul en cours…',
    check: 'Vérifier avant envoi',
    checking: 'Vérification…',
    fillHint:
      'Écrit la moyenne et l’atteinte de l’objectif de chaque indicateur, marque les cellules à revoir et met à jour la feuille de contrôle.',
    checkHint: 'Contrôle le tableau sans rien y écrire.',
  },
  verdict: {
    ready: 'Prêt à envoyer à la préfecture',
    readyBody: 'Aucune erreur ni point à vérifier.',
    errors: (errors, warnings) =>
      [
        `${plural(errors, 'erreur', 'erreurs', 'fr')} à corriger`,
        warnings > 0 ? `${plural(warnings, 'point', 'points', 'fr')} à vérifier` : null,
      ]
        .filter((part) => part !== null)
        .join(' · '),
    errorsBody: 'Le tableau n’est pas prêt à envoyer à la préfecture.',
    warningsBody: (warnings) =>
      `Aucune erreur\u202f; ${plural(warnings, 'point', 'points', 'fr')} à vérifier avant l’envoi.`,
    asOf: (month, year) =>
      month === null ? `Aucun mois échu en ${year}` : `Arrêté à fin ${month} ${year}`,
  },
  sections: {
    errors: 'À corriger',
    warnings: 'À vérifier',
    indicators: 'Indicateurs',
    infos: 'Informations',
    options: 'Options',
    withCount: (title, count) => `${title} (${count})`,
  },
  selection: {
    confirm: (current, range, sheet) =>
      `Remplacer le tableau reconnu dans ${quote(current, 'fr')} par la sélection ${range} de ${quote(sheet, 'fr')}\u202f?`,
    replace: 'Remplacer',
    keep: 'Garder le tableau actuel',
    tooSmall: (range, sheet, rows, columns) =>
      `La sélection ${range} de ${quote(sheet, 'fr')} (${plural(rows, 'ligne', 'lignes', 'fr')}, ${plural(columns, 'colonne', 'colonnes', 'fr')}) est trop petite pour être un tableau de bord\u00a0: sélectionnez tout le tableau, en-têtes des mois compris (au moins 13 colonnes et 2 lignes).`,
    kept: 'Le tableau reconnu est conservé.',
  },
  indicator: {
    row: (row) => `ligne ${row}`,
  },
  chart: {
    marks: {
      met: 'mois à l’objectif',
      missed: 'sous l’objectif',
      value: 'valeur comptée',
      suspicious: 'valeur suspecte',
      suspended: 'suivi suspendu',
      closed: 'service fermé',
      not_available: 'sans objet',
      missing: 'mois manquant',
      wrong: 'saisie non comptée',
    },
    clipped: 'hors échelle',
    objective: 'objectif',
    legendTitle: 'Légende des graphiques',
    readout: (month, value, state) =>
      value === null ? `${month}\u00a0: ${state}` : `${month}\u00a0: ${value} · ${state}`,
    hint: 'Survolez un mois, ou utilisez les flèches, pour lire sa valeur.',
  },
  flags: {
    title: 'Marques dans le classeur',
    kinds: {
      error: 'à corriger',
      warning: 'à vérifier',
      info: 'suspendu, fermé ou sans objet',
    },
  },
  fillResult: {
    title: 'Moyennes calculées',
    body: (indicators, report) =>
      `${plural(indicators, 'indicateur mis', 'indicateurs mis', 'fr')} à jour\u202f; feuille ${quote(report, 'fr')} réécrite.`,
    addedColumn: (column) => `Colonne ${quote('Atteinte objectif', 'fr')} ajoutée en ${column}.`,
  },
  live: {
    rechecking: 'Modification détectée\u00a0: nouvelle vérification…',
    staleTitle: 'Moyennes plus à jour',
    staleBody: (labels) =>
      `Des mois ont changé depuis le calcul\u00a0: ${list(
        labels.map((label) => quote(label, 'fr')),
        'fr',
      )}.`,
    recompute: 'Recalculer',
  },
  findings: {
    hint: 'Cliquez sur un point pour sélectionner sa cellule dans le classeur.',
    severity: { error: 'Erreur', warning: 'À vérifier', info: 'Information' },
    itemLabel: (severity, cell, text) => `${severity}, cellule ${cell}\u00a0: ${text}`,
    wholeDashboard: 'Tout le tableau',
    otherRow: (row) => `Ligne ${row}`,
    useAsOf: (month) => `Arrêter le contrôle à ${month}`,
  },
  overview: {
    title: 'Indicateurs',
    average: 'Moyenne',
    objective: 'Objectif',
    noObjective: 'aucun',
    noData: 'Pas de données',
    noValues: 'Aucun mois chiffré.',
    met: {
      met: 'Atteint',
      missed: 'Non atteint',
      no_data: 'Non évaluable',
      no_objective: 'Sans objectif',
      objective_unreadable: 'Non évaluable',
    },
    chartLabel: ({ label, counted, objective, missed, gaps }) =>
      [
        `Mois de ${quote(label, 'fr')}\u00a0: ${counted} valeur${counted > 1 ? 's' : ''} sur 12`,
        objective === null ? 'sans objectif' : `objectif ${objective}`,
        objective === null
          ? null
          : missed.length > 0
            ? `objectif manqué en ${list(missed, 'fr')}`
            : 'aucun mois sous l’objectif',
        gaps.length > 0 ? `sans valeur\u00a0: ${list(gaps, 'fr')}` : null,
      ]
        .filter((part) => part !== null)
        .join('\u202f; ') + '.',
    tableCaption: (label) => `Valeurs mensuelles de ${quote(label, 'fr')}`,
    tableMonth: 'Mois',
    tableValue: 'Valeur',
    tableState: 'État',
    futureMonth: 'pas encore dû',
  },
  options: {
    asOf: 'Mois arrêté au',
    asOfDefault: (current) => `Par défaut (${current})`,
    asOfNone: 'aucun mois échu',
    asOfHint: 'Les mois vides jusqu’à ce mois sont signalés comme manquants.',
    clearFlags: 'Effacer les marques',
    clearFlagsHint: 'Rend aux cellules marquées leur mise en forme d’origine.',
    flagsCleared: 'Marques effacées\u00a0: les cellules ont retrouvé leur mise en forme.',
    undo: 'Annuler le dernier calcul',
    undoHint: 'Rétablit les cellules telles qu’elles étaient avant le dernier calcul.',
    undone: 'Dernier calcul annulé\u00a0: les cellules ont retrouvé leur contenu.',
  },
  noDashboard: {
    title: 'Aucun tableau de bord trouvé',
    guidance: [
      'Le complément cherche une ligne d’en-têtes avec les douze mois (Janv à Déc) et une colonne d’indicateurs.',
      'Choisissez la feuille du tableau de bord ci-dessous,',
      'ou sélectionnez le tableau dans Excel (en-têtes compris) puis cliquez sur «\u00a0Utiliser la sélection\u00a0».',
    ],
  },
  errors: {
    no_dashboard: {
      title: 'Aucun tableau de bord trouvé',
      guidance: 'Choisissez une autre feuille ou sélectionnez le tableau.',
    },
    unknown_sheet: {
      title: 'Feuille introuvable',
      guidance: 'La feuille a peut-être été renommée ou supprimée\u00a0: choisissez-en une autre.',
    },
    protected_sheet: {
      title: 'Feuille protégée',
      guidance:
        'Ôtez la protection de la feuille (Révision > Ôter la protection de la feuille), puis réessayez. Rien n’a été modifié.',
    },
    cell_editing: {
      title: 'Cellule en cours de modification',
      guidance: 'Validez la saisie en cours dans Excel (touche Entrée), puis réessayez.',
    },
    unsupported_version: {
      title: 'Version d’Excel trop ancienne',
      guidance:
        'Ce complément demande une version plus récente d’Excel. Mettez Excel à jour (Microsoft 365) ou ouvrez le classeur dans Excel pour le web.',
    },
    office_unavailable: {
      title: 'Excel n’est pas disponible',
      guidance:
        'Ouvrez ce volet depuis Excel\u00a0: onglet Accueil, groupe Qual-e-Pref, bouton «\u00a0Contrôle\u00a0».',
    },
    nothing_to_undo: {
      title: 'Rien à annuler',
      guidance: 'Aucun calcul enregistré dans ce classeur ne peut être annulé.',
    },
    unexpected: {
      title: 'Une erreur inattendue s’est produite',
      guidance: 'Réessayez\u202f; si l’erreur persiste, fermez puis rouvrez le volet.',
    },
  },
  retry: 'Réessayer',
  dismiss: 'Fermer',
  details: 'Détail\u00a0:',
};

const EN: TaskpaneStrings = {
  appTitle: 'Qual-e-Pref Check',
  loading: 'Reading the dashboard…',
  header: {
    dashboardOf: (site, year) =>
      [site ?? 'Dashboard', year === null ? null : String(year)]
        .filter((part) => part !== null)
        .join(' – '),
    sheet: 'Sheet',
    indicators: (count) => plural(count, 'indicator', 'indicators', 'en'),
    year: 'Year',
    chooseSheet: 'Dashboard sheet',
    pickSheet: 'Choose a sheet…',
    useSelection: 'Use the selection',
    useSelectionHint: 'Select the table in Excel (month headers included), then click here.',
  },
  actions: {
    fill: 'Compute the yearly averages',
    filling: 'Computing…',
    check: 'Check before sending',
    checking: 'Checking…',
    fillHint:
      'Writes each indicator’s average and objective result, marks the cells to review and updates the check sheet.',
    checkHint: 'Checks the dashboard without writing anything.',
  },
  verdict: {
    ready: 'Ready to send to the préfecture',
    readyBody: 'No error and nothing to review.',
    errors: (errors, warnings) =>
      [
        `${plural(errors, 'error', 'errors', 'en')} to fix`,
        warnings > 0 ? `${plural(warnings, 'point', 'points', 'en')} to review` : null,
      ]
        .filter((part) => part !== null)
        .join(' · '),
    errorsBody: 'The dashboard is not ready to send to the préfecture.',
    warningsBody: (warnings) =>
      `No error; ${plural(warnings, 'point', 'points', 'en')} to review before sending.`,
    asOf: (month, year) =>
      month === null ? `No month due yet in ${year}` : `As of end of ${month} ${year}`,
  },
  sections: {
    errors: 'To fix',
    warnings: 'To review',
    indicators: 'Indicators',
    infos: 'Information',
    options: 'Options',
    withCount: (title, count) => `${title} (${count})`,
  },
  selection: {
    confirm: (current, range, sheet) =>
      `Replace the dashboard recognised in ${quote(current, 'en')} with the selection ${range} of ${quote(sheet, 'en')}?`,
    replace: 'Replace',
    keep: 'Keep the current dashboard',
    tooSmall: (range, sheet, rows, columns) =>
      `The selection ${range} of ${quote(sheet, 'en')} (${plural(rows, 'row', 'rows', 'en')}, ${plural(columns, 'column', 'columns', 'en')}) is too small to be a dashboard: select the whole table, month headers included (at least 13 columns and 2 rows).`,
    kept: 'The recognised dashboard is kept.',
  },
  indicator: {
    row: (row) => `row ${row}`,
  },
  chart: {
    marks: {
      met: 'month on objective',
      missed: 'below objective',
      value: 'counted value',
      suspicious: 'suspicious value',
      suspended: 'follow-up suspended',
      closed: 'service closed',
      not_available: 'not applicable',
      missing: 'missing month',
      wrong: 'entry not counted',
    },
    clipped: 'off scale',
    objective: 'objective',
    legendTitle: 'Chart legend',
    readout: (month, value, state) =>
      value === null ? `${month}: ${state}` : `${month}: ${value} · ${state}`,
    hint: 'Hover over a month, or use the arrow keys, to read its value.',
  },
  flags: {
    title: 'Marks in the workbook',
    kinds: {
      error: 'to fix',
      warning: 'to review',
      info: 'suspended, closed or not applicable',
    },
  },
  fillResult: {
    title: 'Averages computed',
    body: (indicators, report) =>
      `${plural(indicators, 'indicator', 'indicators', 'en')} updated; sheet ${quote(report, 'en')} rewritten.`,
    addedColumn: (column) => `“Atteinte objectif” column added in ${column}.`,
  },
  live: {
    rechecking: 'Change detected: checking again…',
    staleTitle: 'Averages out of date',
    staleBody: (labels) =>
      `Months changed since the computation: ${list(
        labels.map((label) => quote(label, 'en')),
        'en',
      )}.`,
    recompute: 'Compute again',
  },
  findings: {
    hint: 'Click a point to select its cell in the workbook.',
    severity: { error: 'Error', warning: 'To review', info: 'Information' },
    itemLabel: (severity, cell, text) => `${severity}, cell ${cell}: ${text}`,
    wholeDashboard: 'The whole dashboard',
    otherRow: (row) => `Row ${row}`,
    useAsOf: (month) => `Check up to ${month}`,
  },
  overview: {
    title: 'Indicators',
    average: 'Average',
    objective: 'Objective',
    noObjective: 'none',
    noData: 'No data',
    noValues: 'No month with a figure.',
    met: {
      met: 'Met',
      missed: 'Not met',
      no_data: 'Not assessable',
      no_objective: 'No objective',
      objective_unreadable: 'Not assessable',
    },
    chartLabel: ({ label, counted, objective, missed, gaps }) =>
      [
        `Months of ${quote(label, 'en')}: ${counted} value${counted === 1 ? '' : 's'} out of 12`,
        objective === null ? 'no objective' : `objective ${objective}`,
        objective === null
          ? null
          : missed.length > 0
            ? `objective missed in ${list(missed, 'en')}`
            : 'no month below the objective',
        gaps.length > 0 ? `no value: ${list(gaps, 'en')}` : null,
      ]
        .filter((part) => part !== null)
        .join('; ') + '.',
    tableCaption: (label) => `Monthly values of ${quote(label, 'en')}`,
    tableMonth: 'Month',
    tableValue: 'Value',
    tableState: 'State',
    futureMonth: 'not due yet',
  },
  options: {
    asOf: 'Months due up to',
    asOfDefault: (current) => `Default (${current})`,
    asOfNone: 'no month due',
    asOfHint: 'Empty months up to this one are reported as missing.',
    clearFlags: 'Remove the marks',
    clearFlagsHint: 'Gives the marked cells their own formatting back.',
    flagsCleared: 'Marks removed: the cells have their own formatting back.',
    undo: 'Undo the last computation',
    undoHint: 'Restores the cells as they were before the last computation.',
    undone: 'Last computation undone: the cells have their content back.',
  },
  noDashboard: {
    title: 'No dashboard found',
    guidance: [
      'The add-in looks for a header row with the twelve months (Jan to Dec) and an indicator column.',
      'Choose the dashboard sheet below,',
      'or select the table in Excel (headers included) and click “Use the selection”.',
    ],
  },
  errors: {
    no_dashboard: {
      title: 'No dashboard found',
      guidance: 'Choose another sheet or select the table.',
    },
    unknown_sheet: {
      title: 'Sheet not found',
      guidance: 'The sheet may have been renamed or deleted: choose another one.',
    },
    protected_sheet: {
      title: 'Protected sheet',
      guidance:
        'Unprotect the sheet (Review > Unprotect Sheet), then try again. Nothing was changed.',
    },
    cell_editing: {
      title: 'A cell is being edited',
      guidance: 'Finish the entry in Excel (press Enter), then try again.',
    },
    unsupported_version: {
      title: 'Excel version too old',
      guidance:
        'This add-in needs a more recent Excel. Update Excel (Microsoft 365) or open the workbook in Excel for the web.',
    },
    office_unavailable: {
      title: 'Excel is not available',
      guidance: 'Open this pane from Excel: Home tab, Qual-e-Pref group, “Contrôle” button.',
    },
    nothing_to_undo: {
      title: 'Nothing to undo',
      guidance: 'No computation recorded in this workbook can be undone.',
    },
    unexpected: {
      title: 'Something unexpected went wrong',
      guidance: 'Try again; if the error persists, close and reopen the pane.',
    },
  },
  retry: 'Try again',
  dismiss: 'Close',
  details: 'Details:',
};

export const TASKPANE_STRINGS: Record<Lang, TaskpaneStrings> = { fr: FR, en: EN };
