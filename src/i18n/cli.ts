/**
 * The `qualepref` command's words: help, the one-sentence errors of unusable input, the readable
 * report. French first; English with --lang en. The report's shared labels (site, verdict...)
 * come from ./report so that the command and the report sheet say the same thing.
 */
import type { Dashboard, Indicator, Lang, YearMonth } from '../core/types';
import type { Bilingual } from './lang';
import { pick } from './lang';
import type { NoDashboardReason } from './recognition';
import { noDashboardWhy } from './recognition';
import { formatAmount, plural, quote } from './text';

function quotedList(items: readonly string[], lang: Lang): string {
  return items.map((item) => quote(item, lang)).join(', ');
}

/** Help texts: descriptions of the command, its subcommands, arguments and options. */
const HELP = {
  program: {
    fr: 'Contrôle avant envoi des tableaux de bord Qual-e-Pref (classeurs Excel .xlsx)\u00a0: mois manquants, saisies non reconnues, moyennes et atteinte des objectifs.',
    en: 'Pre-send check of Qual-e-Pref dashboards (Excel .xlsx workbooks): missing months, unreadable entries, averages and objectives met.',
  },
  check: {
    fr: 'Vérifie le tableau de bord et affiche les constats, sans rien modifier.',
    en: 'Checks the dashboard and lists the findings, changing nothing.',
  },
  fill: {
    fr: 'Calcule les moyennes et l’atteinte des objectifs, surligne les cellules à revoir et ajoute une feuille de contrôle, dans une copie du classeur (jamais dans le fichier d’origine).',
    en: 'Computes the averages and whether each objective is met, highlights the cells to review and adds a report sheet, in a copy of the workbook (never in the original file).',
  },
  file: {
    fr: 'le classeur Excel (.xlsx) du tableau de bord, ou - pour le lire sur l’entrée standard',
    en: 'the dashboard’s Excel workbook (.xlsx), or - to read it from standard input',
  },
  sheet: {
    fr: 'la feuille du tableau de bord (par défaut\u00a0: la première qui en contient un)',
    en: 'the sheet holding the dashboard (default: the first one that holds one)',
  },
  asOf: {
    fr: 'le dernier mois qui doit être rempli (par défaut\u00a0: décembre pour une année passée, le mois précédent pour l’année en cours)',
    en: 'the last month that should be filled (default: December for a past year, the previous month for the current year)',
  },
  json: {
    fr: 'affiche seulement le rapport JSON (qualepref-report/1)',
    en: 'prints only the JSON report (qualepref-report/1)',
  },
  fillJson: {
    fr: 'affiche seulement le rapport JSON (qualepref-report/1), une fois le classeur écrit',
    en: 'prints only the JSON report (qualepref-report/1), once the workbook is written',
  },
  lang: {
    fr: 'la langue des messages\u00a0: fr (par défaut) ou en',
    en: 'language of the messages: fr (default) or en',
  },
  output: {
    fr: 'le classeur à écrire, ou - pour la sortie standard (par défaut\u00a0: <nom>.controle.xlsx à côté du fichier, obligatoire quand le fichier est -)',
    en: 'the workbook to write, or - for standard output (default: <name>.controle.xlsx beside the file, required when the file is -)',
  },
  help: { fr: 'affiche cette aide', en: 'shows this help' },
  version: { fr: 'affiche le numéro de version', en: 'shows the version number' },
  helpCommand: { fr: 'affiche l’aide d’une commande', en: 'shows the help of a command' },
  examples: {
    fr: [
      'Exemples\u00a0:',
      '  qualepref check tableau-de-bord-2020.xlsx',
      '  qualepref check tableau-de-bord-2020.xlsx --as-of 2020-06 --json',
      '  qualepref fill tableau-de-bord-2020.xlsx -o envoi/tableau-de-bord-2020.xlsx',
      '  qualepref fill - -o - < tableau-de-bord-2020.xlsx > controle.xlsx',
      '  qualepref consolidate sites/*.xlsx -o synthese-2020.xlsx',
      '  qualepref rollover tableau-de-bord-2020.xlsx',
      '',
      'Code de sortie\u00a0: 0 prêt à envoyer, 1 erreurs à corriger, 2 fichier inutilisable.',
      'Avec --json, un fichier inutilisable donne aussi un objet JSON (qualepref-error/1) sur la sortie standard.',
    ].join('\n'),
    en: [
      'Examples:',
      '  qualepref check dashboard-2020.xlsx',
      '  qualepref check dashboard-2020.xlsx --as-of 2020-06 --json',
      '  qualepref fill dashboard-2020.xlsx -o to-send/dashboard-2020.xlsx',
      '  qualepref fill - -o - < dashboard-2020.xlsx > checked.xlsx',
      '  qualepref consolidate sites/*.xlsx -o synthese-2020.xlsx',
      '  qualepref rollover dashboard-2020.xlsx',
      '',
      'Exit code: 0 ready to send, 1 errors to fix, 2 unusable input.',
      'With --json, unusable input also gives a JSON object (qualepref-error/1) on standard output.',
    ].join('\n'),
  },
} satisfies Record<string, Bilingual>;

export type HelpKey = keyof typeof HELP;

export function helpText(key: HelpKey, lang: Lang): string {
  return pick(HELP[key], lang);
}

/** The placeholders shown in usage lines. */
export const PLACEHOLDERS: Record<Lang, Record<'file' | 'sheet' | 'asOf' | 'output', string>> = {
  fr: { file: 'fichier.xlsx', sheet: 'nom', asOf: 'AAAA-MM', output: 'sortie.xlsx' },
  en: { file: 'file.xlsx', sheet: 'name', asOf: 'YYYY-MM', output: 'out.xlsx' },
};

/** The section titles commander prints in a help text. */
const HELP_TITLES: Record<Lang, Record<string, string>> = {
  fr: {
    'Usage:': 'Utilisation\u00a0:',
    'Options:': 'Options\u00a0:',
    'Commands:': 'Commandes\u00a0:',
    'Arguments:': 'Arguments\u00a0:',
    'Global Options:': 'Options générales\u00a0:',
  },
  en: {},
};

export function helpTitle(title: string, lang: Lang): string {
  return HELP_TITLES[lang][title] ?? title;
}

/** Where the dashboard was looked for, in an error sentence. */
function place(file: string, sheet: string | null, lang: Lang): string {
  if (sheet !== null) {
    return lang === 'fr' ? `la feuille ${quote(sheet, 'fr')}` : `sheet ${quote(sheet, 'en')}`;
  }
  return quote(file, lang);
}

/** One sentence per unusable input; the command prints it on stderr and exits with code 2. */
export const CLI_ERRORS = {
  /** The as-of month lies outside the year of the block read, beside other years' blocks. */
  asOfOutsideYear: (asOf: string, dashboard: Dashboard, lang: Lang): string => {
    const year = String(dashboard.year ?? '');
    const others = (dashboard.otherBlocks ?? [])
      .map((block) => block.year)
      .filter((other): other is number => other !== null)
      .join(', ');
    return lang === 'fr'
      ? `Le mois ${quote(asOf, lang)} n’est pas dans l’année ${year} du tableau de bord lu (la feuille porte aussi ${others === '' ? 'd’autres blocs de mois' : `les mois de ${others}`})\u202f; indiquer un mois de ${year}, par exemple --as-of ${year}-06.`
      : `Month ${quote(asOf, lang)} is not in the year ${year} of the dashboard read (the sheet also holds ${others === '' ? 'other blocks of months' : `the months of ${others}`}); give a month of ${year}, for example --as-of ${year}-06.`;
  },
  missingFile: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le fichier ${quote(file, lang)} est introuvable\u00a0: vérifiez le nom et le dossier.`
      : `File ${quote(file, lang)} not found: check its name and folder.`,
  isDirectory: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `${quote(file, lang)} est un dossier, pas un classeur Excel.`
      : `${quote(file, lang)} is a folder, not an Excel workbook.`,
  unreadable: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le fichier ${quote(file, lang)} ne peut pas être lu\u00a0: vérifiez vos droits d’accès.`
      : `File ${quote(file, lang)} cannot be read: check your access rights.`,
  emptyWorkbook: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le classeur ${quote(file, lang)} ne contient que des feuilles vides.`
      : `Workbook ${quote(file, lang)} holds only empty sheets.`,
  emptySheet: (sheet: string, lang: Lang): string =>
    lang === 'fr'
      ? `La feuille ${quote(sheet, lang)} est vide.`
      : `Sheet ${quote(sheet, lang)} is empty.`,
  noDashboard: (
    reason: NoDashboardReason,
    file: string,
    sheet: string | null,
    lang: Lang,
  ): string =>
    lang === 'fr'
      ? `Aucun tableau de bord trouvé dans ${place(file, sheet, lang)}\u00a0: ${noDashboardWhy(reason, 'fr')}.`
      : `No dashboard found in ${place(file, sheet, lang)}: ${noDashboardWhy(reason, 'en')}.`,
  unknownSheet: (sheet: string, sheets: readonly string[], lang: Lang): string =>
    lang === 'fr'
      ? `La feuille ${quote(sheet, lang)} n’existe pas dans ce classeur\u202f; ses feuilles sont\u00a0: ${quotedList(sheets, lang)}.`
      : `There is no sheet ${quote(sheet, lang)} in this workbook; its sheets are: ${quotedList(sheets, lang)}.`,
  badAsOf: (value: string, lang: Lang): string =>
    lang === 'fr'
      ? `--as-of attend un mois au format AAAA-MM, par exemple 2020-06, et non ${quote(value, lang)}.`
      : `--as-of expects a month written YYYY-MM, for example 2020-06, not ${quote(value, lang)}.`,
  badLang: (value: string, lang: Lang): string =>
    lang === 'fr'
      ? `--lang attend fr ou en, et non ${quote(value, lang)}.`
      : `--lang expects fr or en, not ${quote(value, lang)}.`,
  sameOutput: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le fichier à écrire est le classeur d’origine ${quote(file, lang)}\u00a0: choisissez un autre nom avec -o, l’original n’est jamais modifié.`
      : `The file to write is the original workbook ${quote(file, lang)}: choose another name with -o, the original is never changed.`,
  macrosNeedXlsm: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le classeur contient des macros\u00a0: le fichier à écrire doit se terminer par .xlsm, et non ${quote(file, lang)} (Excel refuserait de l’ouvrir).`
      : `The workbook holds macros: the file to write must end in .xlsm, not ${quote(file, lang)} (Excel would refuse to open it).`,
  noMacrosXlsx: (file: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le classeur ne contient pas de macros\u00a0: le fichier à écrire doit se terminer par .xlsx, et non ${quote(file, lang)} (Excel refuserait de l’ouvrir).`
      : `The workbook holds no macros: the file to write must end in .xlsx, not ${quote(file, lang)} (Excel would refuse to open it).`,
  notWritten: (file: string, reason: string, lang: Lang): string =>
    lang === 'fr'
      ? `Le fichier ${quote(file, lang)} n’a pas pu être écrit (${reason})\u00a0: vérifiez le dossier et qu’il n’est pas ouvert dans Excel.`
      : `File ${quote(file, lang)} could not be written (${reason}): check the folder and that it is not open in Excel.`,
  noCommand: (commands: readonly string[], lang: Lang): string =>
    lang === 'fr'
      ? `Indiquez une commande (${commands.join(', ')}), par exemple\u00a0: qualepref check tableau.xlsx (qualepref --help pour l’aide).`
      : `Give a command (${commands.join(', ')}), for example: qualepref check dashboard.xlsx (qualepref --help for help).`,
  unknownCommand: (name: string, commands: readonly string[], lang: Lang): string =>
    lang === 'fr'
      ? `Commande inconnue ${quote(name, lang)}\u202f; les commandes sont\u00a0: ${commands.join(', ')} (qualepref --help pour l’aide).`
      : `Unknown command ${quote(name, lang)}; the commands are: ${commands.join(', ')} (qualepref --help for help).`,
  unknownOption: (option: string, lang: Lang): string =>
    lang === 'fr'
      ? `Option inconnue ${quote(option, lang)} (qualepref --help pour la liste des options).`
      : `Unknown option ${quote(option, lang)} (qualepref --help lists the options).`,
  missingValue: (option: string, lang: Lang): string =>
    lang === 'fr'
      ? `L’option ${option} attend une valeur (qualepref --help pour l’aide).`
      : `Option ${option} needs a value (qualepref --help for help).`,
  /** `command`: the one that misses its file, for the example (check when unknown). */
  missingFileArgument: (lang: Lang, command = 'check'): string => {
    if (command === 'consolidate')
      return lang === 'fr'
        ? 'Indiquez les classeurs des sites à rassembler, par exemple\u00a0: qualepref consolidate sites/*.xlsx.'
        : 'Give the sites’ workbooks to gather, for example: qualepref consolidate sites/*.xlsx.';
    if (command === 'rollover')
      return lang === 'fr'
        ? 'Indiquez le classeur à partir duquel préparer l’année suivante, par exemple\u00a0: qualepref rollover tableau.xlsx.'
        : 'Give the workbook to prepare next year from, for example: qualepref rollover dashboard.xlsx.';
    return lang === 'fr'
      ? `Indiquez le classeur à contrôler, par exemple\u00a0: qualepref ${command} tableau.xlsx.`
      : `Give the workbook to check, for example: qualepref ${command} dashboard.xlsx.`;
  },
  /** `command`: the one given too many files, for the example (check when unknown). */
  tooManyArguments: (lang: Lang, command = 'check'): string =>
    lang === 'fr'
      ? `Un seul classeur à la fois, par exemple\u00a0: qualepref ${command} tableau.xlsx.`
      : `One workbook at a time, for example: qualepref ${command} dashboard.xlsx.`,
  stdinIsTerminal: (lang: Lang): string =>
    lang === 'fr'
      ? 'Le fichier - désigne l’entrée standard, qui est ici le terminal\u00a0: envoyez-y le classeur, par exemple\u00a0: qualepref check - < tableau.xlsx.'
      : 'The file - stands for standard input, which is the terminal here: send the workbook to it, for example: qualepref check - < dashboard.xlsx.',
  stdoutIsTerminal: (lang: Lang): string =>
    lang === 'fr'
      ? '-o - écrirait le classeur sur la sortie standard, qui est ici le terminal\u00a0: redirigez-la vers un fichier (qualepref fill tableau.xlsx -o - > copie.xlsx) ou donnez un nom de fichier à -o.'
      : '-o - would write the workbook to standard output, which is the terminal here: redirect it to a file (qualepref fill dashboard.xlsx -o - > copy.xlsx) or give -o a file name.',
  outputRequired: (lang: Lang): string =>
    lang === 'fr'
      ? 'Un classeur lu sur l’entrée standard (-) n’a pas de dossier où poser sa copie\u00a0: indiquez le classeur à écrire avec -o, par exemple\u00a0: qualepref fill - -o tableau.controle.xlsx < tableau.xlsx.'
      : 'A workbook read from standard input (-) has no folder for its copy: give the workbook to write with -o, for example: qualepref fill - -o dashboard.controle.xlsx < dashboard.xlsx.',
  stdoutTaken: (lang: Lang): string =>
    lang === 'fr'
      ? '--json et -o - écriraient tous deux sur la sortie standard\u00a0: donnez un nom de fichier à -o, ou retirez --json.'
      : '--json and -o - would both write to standard output: give -o a file name, or drop --json.',
  unexpected: (reason: string, lang: Lang): string =>
    lang === 'fr'
      ? `Erreur inattendue (${reason})\u00a0: le classeur n’a pas été modifié.`
      : `Unexpected error (${reason}): the workbook was not changed.`,
} as const;

/** Words of the readable report printed by check and fill. */
const REPORT = {
  file: { fr: 'Fichier', en: 'File' },
  noFinding: { fr: 'Aucun constat.', en: 'No finding.' },
  layout: { fr: 'Lecture de la feuille', en: 'Reading the sheet' },
  written: { fr: 'Classeur contrôlé écrit dans', en: 'Checked workbook written to' },
  writtenToStdout: {
    fr: 'Classeur contrôlé écrit sur la sortie standard.',
    en: 'Checked workbook written to standard output.',
  },
  standardInput: { fr: '- (entrée standard)', en: '- (standard input)' },
} satisfies Record<string, Bilingual>;

export function cliReportText(key: keyof typeof REPORT, lang: Lang): string {
  return pick(REPORT[key], lang);
}

/**
 * "Ligne 6 : Taux d'appels aboutis SVI (E10) · moyenne 89,11 %, objectif « 90% » non atteint":
 * what an auditor reads first, before the findings of the row.
 */
export function indicatorHeading(indicator: Indicator, lang: Lang): string {
  const lead = lang === 'fr' ? `Ligne ${indicator.row + 1}\u00a0: ` : `Row ${indicator.row + 1}: `;
  const engagement = indicator.engagement ? ` (${indicator.engagement})` : '';
  return `${lead}${indicator.label}${engagement} · ${indicatorOutcome(indicator, lang)}`;
}

function indicatorOutcome(indicator: Indicator, lang: Lang): string {
  if (indicator.average === null) return lang === 'fr' ? 'pas de données' : 'no data';
  const average = `${lang === 'fr' ? 'moyenne' : 'average'} ${formatAmount(indicator.average, indicator.unit, lang)}`;
  const objective = indicator.objectiveText.trim();
  switch (indicator.metReason ?? (indicator.met ? 'met' : 'missed')) {
    case 'no_objective':
      return `${average}, ${lang === 'fr' ? 'sans objectif' : 'no objective'}`;
    case 'objective_unreadable':
      return `${average}, ${lang === 'fr' ? `objectif ${quote(objective, lang)} illisible` : `objective ${quote(objective, lang)} unreadable`}`;
    case 'met':
      return `${average}, ${lang === 'fr' ? `objectif ${quote(objective, lang)} atteint` : `objective ${quote(objective, lang)} met`}`;
    default:
      return `${average}, ${lang === 'fr' ? `objectif ${quote(objective, lang)} non atteint` : `objective ${quote(objective, lang)} not met`}`;
  }
}

/** The option that checks up to `asOf`, after a problem that suggests it. */
export function asOfOption(asOf: YearMonth, lang: Lang): string {
  const option = `--as-of ${asOf.year}-${String(asOf.month).padStart(2, '0')}`;
  return lang === 'fr' ? `Avec la commande\u00a0: ${option}.` : `On the command line: ${option}.`;
}

/** « Bilan : 1 erreur, 25 avertissements, 90 informations ». */
export function tally(errors: number, warnings: number, infos: number, lang: Lang): string {
  if (lang === 'fr') {
    return `Bilan\u00a0: ${plural(errors, 'erreur', 'erreurs', lang)}, ${plural(warnings, 'avertissement', 'avertissements', lang)}, ${plural(infos, 'information', 'informations', lang)}`;
  }
  return `Total: ${plural(errors, 'error', 'errors', lang)}, ${plural(warnings, 'warning', 'warnings', lang)}, ${plural(infos, 'note', 'notes', lang)}`;
}

/** What fill did, after the report. */
export function fillDone(
  averages: number,
  flags: number,
  reportSheet: string,
  added: { header: string; column: string } | null,
  lang: Lang,
): string {
  if (lang === 'fr') {
    const column = added ? `, colonne ${quote(added.header, lang)} ajoutée en ${added.column}` : '';
    return `${averages} moyennes calculées${column}, ${flags} cellules surlignées, feuille ${quote(reportSheet, lang)} écrite.`;
  }
  const column = added ? `, column ${quote(added.header, lang)} added in ${added.column}` : '';
  return `${averages} averages computed${column}, ${flags} cells highlighted, sheet ${quote(reportSheet, lang)} written.`;
}
