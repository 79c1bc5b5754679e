/**
 * Finding messages, French and English: concrete sentences an agent acts on. Each names the
 * month and the indicator, quotes the cell as typed and the objective as written, and says what
 * to do. One writer per code and language: a code without its sentence does not compile.
 */
import { columnLetter } from '../core/address';
import type {
  Finding,
  FindingOf,
  IndicatorFindingFacts,
  Lang,
  LayoutFindingFacts,
  Unit,
  UnitMismatchKind,
} from '../core/types';
import { monthName } from './months';
import { capitalised, formatAmount, list, quote } from './text';

/** What every message of a finding is written with, besides the finding's facts. */
interface Parts {
  /** The indicator's label, quoted. */
  readonly label: string;
  readonly unit: Unit;
  /** "Août : " for a finding on a month, else "". */
  readonly lead: string;
}

type IndicatorCode = IndicatorFindingFacts['code'];
type Writer<C extends IndicatorCode> = (finding: FindingOf<C>, parts: Parts) => string;
type Messages = { readonly [C in IndicatorCode]: Writer<C> };

/** "Août : " / "August: ", or nothing for a finding that is not about one month. */
function monthLead(month: number | null, lang: Lang): string {
  if (month === null) return '';
  const name = capitalised(monthName(month, lang));
  return lang === 'fr' ? `${name}\u00a0: ` : `${name}: `;
}

const UNIT_NOUN: Record<Lang, Record<Unit, string>> = {
  fr: { rate: 'un taux', days: 'un délai en jours', count: 'un nombre' },
  en: { rate: 'a rate', days: 'a delay in days', count: 'a count' },
};

const RECOMPUTE: Record<Lang, string> = {
  fr: quote('Calculer les moyennes', 'fr'),
  en: quote('Compute averages', 'en'),
};

function unitMismatch(
  kind: UnitMismatchKind,
  text: string,
  read: string,
  parts: Parts,
  lang: Lang,
) {
  const { label, unit, lead } = parts;
  const noun = UNIT_NOUN[lang][unit];
  if (lang === 'fr') {
    switch (kind) {
      case 'month_rate_without_percent':
        return `${lead}${text} saisi sans «\u00a0%\u00a0» pour le taux ${label}\u202f; lu comme ${read}. Saisir ${quote(`${text}\u202f%`, lang)} ou appliquer le format pourcentage.`;
      case 'month_percent':
        return `${lead}${text} pour ${label}, qui est ${noun}, est au format pourcentage\u202f; lu comme ${read}. Retirer le format pourcentage de la case.`;
      case 'average_not_percent':
        return `Moyenne ${quote(text, lang)} pour le taux ${label}\u00a0: la case n’est pas au format pourcentage (valeur ${read}). ${RECOMPUTE.fr} corrige le format.`;
      case 'average_percent':
        return `Moyenne ${text} pour ${label}, qui est ${noun}\u00a0: le format pourcentage fausse la lecture (valeur ${read}). ${RECOMPUTE.fr} corrige le format.`;
    }
  }
  switch (kind) {
    case 'month_rate_without_percent':
      return `${lead}${text} entered without "%" for the rate ${label}; read as ${read}. Enter ${quote(`${text}%`, lang)} or apply the percentage format.`;
    case 'month_percent':
      return `${lead}${text} for ${label}, which is ${noun}, has a percentage format; read as ${read}. Remove the percentage format from the cell.`;
    case 'average_not_percent':
      return `Average ${quote(text, lang)} for the rate ${label}: the cell has no percentage format (value ${read}). ${RECOMPUTE.en} fixes the format.`;
    case 'average_percent':
      return `Average ${text} for ${label}, which is ${noun}: the percentage format misleads (value ${read}). ${RECOMPUTE.en} fixes the format.`;
  }
}

function amount(value: number, parts: Parts, lang: Lang): string {
  return formatAmount(value, parts.unit, lang);
}

const FRENCH: Messages = {
  MISSING_MONTH: (_, { lead, label }) =>
    `${lead}rien n’est saisi pour ${label}. Saisir le résultat du mois, ou «\u00a0-\u00a0» s’il n’y avait rien à mesurer.`,
  UNRECOGNIZED_ENTRY: (f, { lead, label }) =>
    `${lead}${quote(f.text, 'fr')} saisi pour ${label} n’est ni un nombre ni une mention connue (COVID, Fermé, -). Corriger la saisie.`,
  CELL_ERROR: (f, { lead, label }) =>
    `${lead}la case de ${label} affiche l’erreur ${f.text}. Remplacer la formule par le résultat du mois.`,
  OUT_OF_RANGE: (f, { lead, label }) =>
    f.reason === 'negative'
      ? `${lead}${f.text} pour ${label} est négatif. Valeur écartée de la moyenne\u00a0: corriger la saisie.`
      : `${lead}${f.text} pour ${label} dépasse 100\u202f%. Valeur écartée de la moyenne\u00a0: corriger la saisie.`,
  TEXT_NUMBER: (f, parts) =>
    `${parts.lead}${quote(f.text, 'fr')} est enregistré comme du texte pour ${parts.label}\u00a0: la fonction MOYENNE d’Excel l’ignore. Il est compté ici (${amount(f.value, parts, 'fr')}). Ressaisir le nombre avec une virgule décimale.`,
  SUSPICIOUS_VALUE: (f, parts) =>
    `${parts.lead}${amount(f.value, parts, 'fr')} pour ${parts.label}, très loin des autres mois (médiane ${amount(f.median, parts, 'fr')}). Vérifier la saisie\u202f; la valeur reste comptée dans la moyenne.`,
  OBJECTIVE_MISSED_MONTH: (f, parts) =>
    `${parts.lead}${amount(f.value, parts, 'fr')} pour ${parts.label} ne respecte pas l’objectif ${quote(f.objective, 'fr')}. Expliquer l’écart dans les commentaires.`,
  OBJECTIVE_MISSED: (f, parts) =>
    `Moyenne annuelle ${amount(f.average, parts, 'fr')} pour ${parts.label}\u00a0: objectif ${quote(f.objective, 'fr')} non atteint. Expliquer l’écart dans les commentaires.`,
  MISSING_JUSTIFICATION: (f, { label }) => {
    const when = f.months.map((m) => monthName(m, 'fr'));
    if (f.year) when.push('la moyenne annuelle');
    return `${label} ne respecte pas son objectif ${quote(f.objective, 'fr')} (${list(when, 'fr')}) et aucun commentaire ne l’explique. Ajouter un commentaire pour le comité qualité.`;
  },
  OBJECTIVE_UNREADABLE: (f, { label }) =>
    `Objectif ${quote(f.text, 'fr')} illisible pour ${label}\u00a0: l’écrire par exemple «\u00a090%\u00a0» (taux) ou «\u00a0<5j\u00a0» (délai). L’atteinte n’est pas évaluée.`,
  UNIT_MISMATCH: (f, parts) =>
    unitMismatch(f.kind, f.text, amount(f.value, parts, 'fr'), parts, 'fr'),
  AVERAGE_OUTDATED: (f, parts) => {
    const { label } = parts;
    const fix =
      f.average === null
        ? `${RECOMPUTE.fr} la remplace par «\u00a0Pas de données\u00a0».`
        : `${RECOMPUTE.fr} la remplace par ${amount(f.average, parts, 'fr')}.`;
    if (f.error) return `La moyenne de ${label} affiche l’erreur ${f.text}. ${fix}`;
    if (f.average === null)
      return `La moyenne de ${label} affiche ${f.text} alors qu’aucun mois n’est chiffré. ${fix}`;
    return `La moyenne ${f.text} de ${label} ne correspond pas à la moyenne des mois chiffrés (${amount(f.average, parts, 'fr')}). ${fix}`;
  },
  SUSPENDED_MONTH: (f, { lead, label }) =>
    `${lead}suivi suspendu (${quote(f.text, 'fr')}) pour ${label}\u202f; mois exclu de la moyenne.`,
  CLOSED_MONTH: (f, { lead, label }) =>
    `${lead}service fermé (${quote(f.text, 'fr')}) pour ${label}\u202f; mois exclu de la moyenne.`,
  NOT_AVAILABLE_MONTH: (f, { lead, label }) =>
    `${lead}${quote(f.text, 'fr')}, rien à mesurer pour ${label}\u202f; mois exclu de la moyenne.`,
  NO_DATA: (_, { label }) =>
    `Aucun mois chiffré pour ${label}\u00a0: pas de moyenne, atteinte de l’objectif non évaluable.`,
  NO_OBJECTIVE: (_, { label }) =>
    `Pas d’objectif annuel pour ${label}\u00a0: atteinte notée «\u00a0sans objectif\u00a0».`,
};

const ENGLISH: Messages = {
  MISSING_MONTH: (_, { lead, label }) =>
    `${lead}nothing entered for ${label}. Enter the month’s result, or "-" if there was nothing to measure.`,
  UNRECOGNIZED_ENTRY: (f, { lead, label }) =>
    `${lead}${quote(f.text, 'en')} entered for ${label} is neither a number nor a known mark (COVID, Fermé, -). Correct the entry.`,
  CELL_ERROR: (f, { lead, label }) =>
    `${lead}the cell of ${label} shows the error ${f.text}. Replace the formula with the month’s result.`,
  OUT_OF_RANGE: (f, { lead, label }) =>
    f.reason === 'negative'
      ? `${lead}${f.text} for ${label} is negative. Left out of the average: correct the entry.`
      : `${lead}${f.text} for ${label} exceeds 100%. Left out of the average: correct the entry.`,
  TEXT_NUMBER: (f, parts) =>
    `${parts.lead}${quote(f.text, 'en')} is stored as text for ${parts.label}: Excel’s AVERAGE skips it. It is counted here (${amount(f.value, parts, 'en')}). Type the number again as a number.`,
  SUSPICIOUS_VALUE: (f, parts) =>
    `${parts.lead}${amount(f.value, parts, 'en')} for ${parts.label}, far from the other months (median ${amount(f.median, parts, 'en')}). Check the entry; the value stays in the average.`,
  OBJECTIVE_MISSED_MONTH: (f, parts) =>
    `${parts.lead}${amount(f.value, parts, 'en')} for ${parts.label} misses the objective ${quote(f.objective, 'en')}. Explain the gap in the comments.`,
  OBJECTIVE_MISSED: (f, parts) =>
    `Yearly average ${amount(f.average, parts, 'en')} for ${parts.label}: objective ${quote(f.objective, 'en')} not met. Explain the gap in the comments.`,
  MISSING_JUSTIFICATION: (f, { label }) => {
    const when = f.months.map((m) => monthName(m, 'en'));
    if (f.year) when.push('the yearly average');
    return `${label} misses its objective ${quote(f.objective, 'en')} (${list(when, 'en')}) and no comment explains it. Add a comment for the quality committee.`;
  },
  OBJECTIVE_UNREADABLE: (f, { label }) =>
    `Objective ${quote(f.text, 'en')} for ${label} cannot be read: write it like "90%" (rate) or "<5j" (delay). Whether it is met is not assessed.`,
  UNIT_MISMATCH: (f, parts) =>
    unitMismatch(f.kind, f.text, amount(f.value, parts, 'en'), parts, 'en'),
  AVERAGE_OUTDATED: (f, parts) => {
    const { label } = parts;
    const fix =
      f.average === null
        ? `${RECOMPUTE.en} replaces it with "Pas de données" (no data).`
        : `${RECOMPUTE.en} replaces it with ${amount(f.average, parts, 'en')}.`;
    if (f.error) return `The average of ${label} shows the error ${f.text}. ${fix}`;
    if (f.average === null)
      return `The average of ${label} shows ${f.text} although no month holds a number. ${fix}`;
    return `The average ${f.text} of ${label} differs from the mean of the months (${amount(f.average, parts, 'en')}). ${fix}`;
  },
  SUSPENDED_MONTH: (f, { lead, label }) =>
    `${lead}follow-up suspended (${quote(f.text, 'en')}) for ${label}; month left out of the average.`,
  CLOSED_MONTH: (f, { lead, label }) =>
    `${lead}service closed (${quote(f.text, 'en')}) for ${label}; month left out of the average.`,
  NOT_AVAILABLE_MONTH: (f, { lead, label }) =>
    `${lead}${quote(f.text, 'en')}, nothing to measure for ${label}; month left out of the average.`,
  NO_DATA: (_, { label }) =>
    `No month holds a number for ${label}: no average, objective not assessable.`,
  NO_OBJECTIVE: (_, { label }) =>
    `No yearly objective for ${label}: recorded as "sans objectif" (no objective).`,
};

const MESSAGES: Record<Lang, Messages> = { fr: FRENCH, en: ENGLISH };

/** The message of a finding, in `lang`. */
export function findingMessage(finding: Finding, lang: Lang): string {
  if (finding.indicator === null) return layoutMessage(finding, lang);
  // The table is keyed by code, so the writer found for finding.code takes that finding; the
  // compiler cannot follow the correlation through the union.
  const write = MESSAGES[lang][finding.code] as Writer<IndicatorCode>;
  return write(finding as FindingOf<IndicatorCode>, {
    label: quote(finding.indicator.label, lang),
    unit: finding.indicator.unit,
    lead: monthLead(finding.month, lang),
  });
}

/** The same, as a function of the finding alone: what the reports take. */
export function messagesIn(lang: Lang): (finding: Finding) => string {
  return (finding) => findingMessage(finding, lang);
}

/**
 * The messages of the findings about how the sheet was read (UNREAD_ROW, LAYOUT_GUESSED), in
 * French typography: U+00A0 before ":" and inside « », U+202F before ";".
 */
export function layoutMessage(facts: LayoutFindingFacts, lang: Lang): string {
  if (facts.code === 'UNREAD_ROW') {
    const { unread } = facts;
    const row = unread.row + 1;
    const month = monthName(unread.month, lang);
    if (lang === 'fr') {
      const what = `Ligne ${row}\u00a0: «\u00a0${unread.text}\u00a0» est saisi en ${month}`;
      return unread.reason === 'no_label'
        ? `${what}, mais la ligne n’a pas de libellé et n’est lue comme aucun indicateur. Ajouter le libellé de l’indicateur, ou vider la ligne.`
        : `${what} sous la fin du tableau (après deux lignes vides ou une note)\u202f; la ligne n’est lue comme aucun indicateur. La rattacher au tableau, ou la vider.`;
    }
    const what = `Row ${row}: "${unread.text}" is entered in ${month}`;
    return unread.reason === 'no_label'
      ? `${what}, but the row has no label and is read as no indicator. Add the indicator's label, or clear the row.`
      : `${what} below the end of the table (after two empty rows or a note); the row is read as no indicator. Move it into the table, or clear it.`;
  }
  const { guess } = facts;
  if (guess.kind === 'label_only_row') {
    const row = guess.row + 1;
    const label = quote(guess.label, lang);
    return lang === 'fr'
      ? `Ligne ${row}\u00a0: ${label} n’a rien de saisi (ni mois ni objectif) et ne se lit pas comme un titre\u202f; la ligne est contrôlée comme un indicateur à remplir, et le calcul des moyennes n’y écrit rien tant qu’elle est vide. Si c’est un titre de section, fusionner la ligne sur la largeur du tableau lève le doute.`
      : `Row ${row}: ${label} holds nothing (no month, no objective) and does not read as a title; the row is checked as an indicator to fill, and computing the averages writes nothing in it while it is empty. If it is a section title, merging the row across the table removes the doubt.`;
  }
  if (guess.kind === 'label_column') {
    const chosen = columnLetter(guess.col);
    const other = columnLetter(guess.other);
    return lang === 'fr'
      ? `Les libellés des indicateurs sont lus dans la colonne ${chosen}, aux textes les plus variés\u202f; la colonne ${other} pourrait aussi les porter. Intituler la colonne des libellés «\u00a0Indicateur\u00a0» lève le doute.`
      : `The indicator labels are read in column ${chosen}, whose texts vary most; column ${other} could hold them too. Heading the label column "Indicateur" removes the doubt.`;
  }
  const why = YEAR_BLOCK_WHY[lang][guess.reason];
  const start = columnLetter(guess.col);
  const known = guess.otherYears.every((year) => year !== null);
  const others = guess.otherYears.map(String);
  if (lang === 'fr') {
    const read = guess.year === null ? `commençant en colonne ${start}` : `${guess.year}`;
    const not = !known
      ? 'pas les autres'
      : others.length === 1
        ? `pas celui de ${others[0]}`
        : `pas ceux de ${list(others, 'fr')}`;
    return `La feuille porte plusieurs blocs de douze mois\u00a0: le bloc ${read} est lu (${why}), ${not}. Vérifier que c’est l’année à contrôler.`;
  }
  const read = guess.year === null ? `starting in column ${start}` : `of ${guess.year}`;
  const not = known ? `not that of ${list(others, 'en')}` : 'not the others';
  return `The sheet holds several blocks of twelve months: the block ${read} is read (${why}), ${not}. Check that this is the year to check.`;
}

const YEAR_BLOCK_WHY: Record<
  Lang,
  Record<'named_by_header' | 'latest_year' | 'right_most', string>
> = {
  fr: {
    named_by_header: 'l’année que nomment les en-têtes Moyenne, Objectifs ou Atteinte',
    latest_year: 'l’année la plus récente',
    right_most: 'le plus à droite, aucun bloc ne nommant son année',
  },
  en: {
    named_by_header: 'the year the Moyenne, Objectifs or Atteinte headers name',
    latest_year: 'the latest year',
    right_most: 'the right-most, no block naming its year',
  },
};
