/**
 * Finding messages, French and English: concrete sentences an agent acts on. Each names the
 * month and the indicator, quotes the cell as typed and the objective as written, and says what
 * to do.
 */
import { columnLetter } from '../core/address';
import type { FindingFacts, UnitMismatchKind } from '../core/findings';
import type { LayoutFacts } from '../core/layout-findings';
import type { Lang, Unit } from '../core/types';
import { monthName } from './months';

export interface MessageSubject {
  readonly label: string;
  readonly unit: Unit;
  readonly month: number | null;
}

/** A value in its unit, written the language's way: "98,1 %", "2,36 j"; "98.1%", "2.36 days". */
export function formatAmount(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'rate') {
    const digits = decimals(value * 100, 1, lang);
    return lang === 'fr' ? `${digits} %` : `${digits}%`;
  }
  const digits = decimals(value, 0, lang);
  if (unit === 'count') return digits;
  if (lang === 'fr') return `${digits} j`;
  return `${digits} ${value === 1 ? 'day' : 'days'}`;
}

/** Up to two decimals, at least `min`, with the language's decimal mark. */
function decimals(value: number, min: number, lang: Lang): string {
  const [integer, fraction] = value.toFixed(2).split('.');
  const digits = fraction.replace(/0+$/, '').padEnd(min, '0');
  const text = digits ? `${integer}.${digits}` : integer;
  const unsigned = Number(text) === 0 ? text.replace('-', '') : text;
  return lang === 'fr' ? unsigned.replace('.', ',') : unsigned;
}

function quote(text: string, lang: Lang): string {
  return lang === 'fr' ? `« ${text} »` : `"${text}"`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Août : " / "August: ", or nothing for a finding that is not about one month. */
function monthLead(month: number | null, lang: Lang): string {
  if (month === null) return '';
  return MONTH_LEADS[lang][month - 1] ?? writeMonthLead(month, lang);
}

function writeMonthLead(month: number, lang: Lang): string {
  const name = capitalised(monthName(month, lang));
  return lang === 'fr' ? `${name} : ` : `${name}: `;
}

const MONTH_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** January to December's leads, written once rather than for every finding. */
const MONTH_LEADS: Record<Lang, readonly string[]> = {
  fr: MONTH_NUMBERS.map((month) => writeMonthLead(month, 'fr')),
  en: MONTH_NUMBERS.map((month) => writeMonthLead(month, 'en')),
};

function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${last}`;
}

const UNIT_NOUN: Record<Lang, Record<Unit, string>> = {
  fr: { rate: 'un taux', days: 'un délai en jours', count: 'un nombre' },
  en: { rate: 'a rate', days: 'a delay in days', count: 'a count' },
};

const RECOMPUTE: Record<Lang, string> = {
  fr: '« Calculer les moyennes »',
  en: '"Compute averages"',
};

/**
 * The sentences below take the parts every message about one indicator and month shares,
 * resolved before they are called: `label` is the indicator's label already quoted, `lead` the
 * month lead ("Août : ") or "". An indicator has a dozen findings, a large workbook tens of
 * thousands.
 */
function unitMismatch(
  kind: UnitMismatchKind,
  text: string,
  read: string,
  label: string,
  unit: Unit,
  lead: string,
  lang: Lang,
): string {
  const noun = UNIT_NOUN[lang][unit];
  if (lang === 'fr') {
    switch (kind) {
      case 'month_rate_without_percent':
        return `${lead}${text} saisi sans « % » pour le taux ${label} ; lu comme ${read}. Saisir ${quote(`${text} %`, lang)} ou appliquer le format pourcentage.`;
      case 'month_percent':
        return `${lead}${text} pour ${label}, qui est ${noun}, est au format pourcentage ; lu comme ${read}. Retirer le format pourcentage de la case.`;
      case 'average_not_percent':
        return `Moyenne ${quote(text, lang)} pour le taux ${label} : la case n'est pas au format pourcentage (valeur ${read}). ${RECOMPUTE.fr} corrige le format.`;
      case 'average_percent':
        return `Moyenne ${text} pour ${label}, qui est ${noun} : le format pourcentage fausse la lecture (valeur ${read}). ${RECOMPUTE.fr} corrige le format.`;
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

function french(facts: FindingFacts, label: string, unit: Unit, lead: string): string {
  switch (facts.code) {
    case 'MISSING_MONTH':
      return `${lead}rien n'est saisi pour ${label}. Saisir le résultat du mois, ou « - » s'il n'y avait rien à mesurer.`;
    case 'UNRECOGNIZED_ENTRY':
      return `${lead}${quote(facts.text, 'fr')} saisi pour ${label} n'est ni un nombre ni une mention connue (COVID, Fermé, -). Corriger la saisie.`;
    case 'CELL_ERROR':
      return `${lead}la case de ${label} affiche l'erreur ${facts.text}. Remplacer la formule par le résultat du mois.`;
    case 'OUT_OF_RANGE':
      return facts.reason === 'negative'
        ? `${lead}${facts.text} pour ${label} est négatif. Valeur écartée de la moyenne : corriger la saisie.`
        : `${lead}${facts.text} pour ${label} dépasse 100 %. Valeur écartée de la moyenne : corriger la saisie.`;
    case 'TEXT_NUMBER':
      return `${lead}${quote(facts.text, 'fr')} est enregistré comme du texte pour ${label} : la fonction MOYENNE d'Excel l'ignore. Il est compté ici (${formatAmount(facts.value, unit, 'fr')}). Ressaisir le nombre avec une virgule décimale.`;
    case 'SUSPICIOUS_VALUE':
      return `${lead}${facts.text} pour ${label}, très loin des autres mois (médiane ${formatAmount(facts.median, unit, 'fr')}). Vérifier la saisie ; la valeur reste comptée dans la moyenne.`;
    case 'OBJECTIVE_MISSED_MONTH':
      return `${lead}${facts.text} pour ${label} ne respecte pas l'objectif ${quote(facts.objective, 'fr')}. Expliquer l'écart dans les commentaires.`;
    case 'OBJECTIVE_MISSED':
      return `Moyenne annuelle ${formatAmount(facts.average, unit, 'fr')} pour ${label} : objectif ${quote(facts.objective, 'fr')} non atteint. Expliquer l'écart dans les commentaires.`;
    case 'MISSING_JUSTIFICATION': {
      const when = facts.months.map((m) => monthName(m, 'fr'));
      if (facts.year) when.push('la moyenne annuelle');
      return `${label} ne respecte pas son objectif ${quote(facts.objective, 'fr')} (${list(when, 'fr')}) et aucun commentaire ne l'explique. Ajouter un commentaire pour le comité qualité.`;
    }
    case 'OBJECTIVE_UNREADABLE':
      return `Objectif ${quote(facts.text, 'fr')} illisible pour ${label} : l'écrire par exemple « 90% » (taux) ou « <5j » (délai). L'atteinte n'est pas évaluée.`;
    case 'UNIT_MISMATCH':
      return unitMismatch(
        facts.kind,
        facts.text,
        formatAmount(facts.value, unit, 'fr'),
        label,
        unit,
        lead,
        'fr',
      );
    case 'AVERAGE_OUTDATED': {
      const fix =
        facts.average === null
          ? `${RECOMPUTE.fr} la remplace par « Pas de données ».`
          : `${RECOMPUTE.fr} la remplace par ${formatAmount(facts.average, unit, 'fr')}.`;
      if (facts.error) return `La moyenne de ${label} affiche l'erreur ${facts.text}. ${fix}`;
      if (facts.average === null)
        return `La moyenne de ${label} affiche ${facts.text} alors qu'aucun mois n'est chiffré. ${fix}`;
      return `La moyenne ${facts.text} de ${label} ne correspond pas à la moyenne des mois chiffrés (${formatAmount(facts.average, unit, 'fr')}). ${fix}`;
    }
    case 'SUSPENDED_MONTH':
      return `${lead}suivi suspendu (${quote(facts.text, 'fr')}) pour ${label} ; mois exclu de la moyenne.`;
    case 'CLOSED_MONTH':
      return `${lead}service fermé (${quote(facts.text, 'fr')}) pour ${label} ; mois exclu de la moyenne.`;
    case 'NOT_AVAILABLE_MONTH':
      return `${lead}${quote(facts.text, 'fr')}, rien à mesurer pour ${label} ; mois exclu de la moyenne.`;
    case 'NO_DATA':
      return `Aucun mois chiffré pour ${label} : pas de moyenne, atteinte de l'objectif non évaluable.`;
    case 'NO_OBJECTIVE':
      return `Pas d'objectif annuel pour ${label} : atteinte notée « sans objectif ».`;
  }
}

function english(facts: FindingFacts, label: string, unit: Unit, lead: string): string {
  switch (facts.code) {
    case 'MISSING_MONTH':
      return `${lead}nothing entered for ${label}. Enter the month's result, or "-" if there was nothing to measure.`;
    case 'UNRECOGNIZED_ENTRY':
      return `${lead}${quote(facts.text, 'en')} entered for ${label} is neither a number nor a known mark (COVID, Fermé, -). Correct the entry.`;
    case 'CELL_ERROR':
      return `${lead}the cell of ${label} shows the error ${facts.text}. Replace the formula with the month's result.`;
    case 'OUT_OF_RANGE':
      return facts.reason === 'negative'
        ? `${lead}${facts.text} for ${label} is negative. Left out of the average: correct the entry.`
        : `${lead}${facts.text} for ${label} exceeds 100%. Left out of the average: correct the entry.`;
    case 'TEXT_NUMBER':
      return `${lead}${quote(facts.text, 'en')} is stored as text for ${label}: Excel's AVERAGE skips it. It is counted here (${formatAmount(facts.value, unit, 'en')}). Type the number again as a number.`;
    case 'SUSPICIOUS_VALUE':
      return `${lead}${facts.text} for ${label}, far from the other months (median ${formatAmount(facts.median, unit, 'en')}). Check the entry; the value stays in the average.`;
    case 'OBJECTIVE_MISSED_MONTH':
      return `${lead}${facts.text} for ${label} misses the objective ${quote(facts.objective, 'en')}. Explain the gap in the comments.`;
    case 'OBJECTIVE_MISSED':
      return `Yearly average ${formatAmount(facts.average, unit, 'en')} for ${label}: objective ${quote(facts.objective, 'en')} not met. Explain the gap in the comments.`;
    case 'MISSING_JUSTIFICATION': {
      const when = facts.months.map((m) => monthName(m, 'en'));
      if (facts.year) when.push('the yearly average');
      return `${label} misses its objective ${quote(facts.objective, 'en')} (${list(when, 'en')}) and no comment explains it. Add a comment for the quality committee.`;
    }
    case 'OBJECTIVE_UNREADABLE':
      return `Objective ${quote(facts.text, 'en')} for ${label} cannot be read: write it like "90%" (rate) or "<5j" (delay). Whether it is met is not assessed.`;
    case 'UNIT_MISMATCH':
      return unitMismatch(
        facts.kind,
        facts.text,
        formatAmount(facts.value, unit, 'en'),
        label,
        unit,
        lead,
        'en',
      );
    case 'AVERAGE_OUTDATED': {
      const fix =
        facts.average === null
          ? `${RECOMPUTE.en} replaces it with "Pas de données" (no data).`
          : `${RECOMPUTE.en} replaces it with ${formatAmount(facts.average, unit, 'en')}.`;
      if (facts.error) return `The average of ${label} shows the error ${facts.text}. ${fix}`;
      if (facts.average === null)
        return `The average of ${label} shows ${facts.text} although no month holds a number. ${fix}`;
      return `The average ${facts.text} of ${label} differs from the mean of the months (${formatAmount(facts.average, unit, 'en')}). ${fix}`;
    }
    case 'SUSPENDED_MONTH':
      return `${lead}follow-up suspended (${quote(facts.text, 'en')}) for ${label}; month left out of the average.`;
    case 'CLOSED_MONTH':
      return `${lead}service closed (${quote(facts.text, 'en')}) for ${label}; month left out of the average.`;
    case 'NOT_AVAILABLE_MONTH':
      return `${lead}${quote(facts.text, 'en')}, nothing to measure for ${label}; month left out of the average.`;
    case 'NO_DATA':
      return `No month holds a number for ${label}: no average, objective not assessable.`;
    case 'NO_OBJECTIVE':
      return `No yearly objective for ${label}: recorded as "sans objectif" (no objective).`;
  }
}

export function findingMessage(facts: FindingFacts, subject: MessageSubject, lang: Lang): string {
  return new IndicatorMessages(subject.label, subject.unit, lang).message(facts, subject.month);
}

type MonthNoteFacts = Extract<
  FindingFacts,
  { readonly code: 'SUSPENDED_MONTH' | 'CLOSED_MONTH' | 'NOT_AVAILABLE_MONTH' }
>;

function isMonthNote(facts: FindingFacts): facts is MonthNoteFacts {
  return (
    facts.code === 'SUSPENDED_MONTH' ||
    facts.code === 'CLOSED_MONTH' ||
    facts.code === 'NOT_AVAILABLE_MONTH'
  );
}

/**
 * The messages of one indicator's findings: its label is quoted once for all of them. Month
 * notes repeat along a row ("COVID" from March to June, "-" all year) and their sentence after
 * the month lead does not depend on the month: it is written once per facts (the engine shares
 * one facts object per code and text), and each month's message is its lead followed by that
 * shared sentence.
 */
export class IndicatorMessages {
  private readonly label: string;
  private readonly unit: Unit;
  private readonly lang: Lang;
  private notes: Map<FindingFacts, string> | null = null;

  constructor(label: string, unit: Unit, lang: Lang) {
    this.label = quote(label, lang);
    this.unit = unit;
    this.lang = lang;
  }

  /** The message of a finding on month `month` (1-12), or on no month when null. */
  message(facts: FindingFacts, month: number | null): string {
    const lead = monthLead(month, this.lang);
    if (!isMonthNote(facts)) return this.write(facts, lead);
    this.notes ??= new Map();
    let note = this.notes.get(facts);
    if (note === undefined) {
      note = this.write(facts, '');
      this.notes.set(facts, note);
    }
    return lead + note;
  }

  private write(facts: FindingFacts, lead: string): string {
    return this.lang === 'fr'
      ? french(facts, this.label, this.unit, lead)
      : english(facts, this.label, this.unit, lead);
  }
}

/**
 * The messages of the findings about how the sheet was read (UNREAD_ROW, LAYOUT_GUESSED), in
 * French typography: U+00A0 before ":" and inside « », U+202F before ";".
 */
export function layoutMessage(facts: LayoutFacts, lang: Lang): string {
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
