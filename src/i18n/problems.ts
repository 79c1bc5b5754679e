/**
 * One sentence per problem (core/problems.ts), French and English: what is wrong, in which
 * months, and what to do first. The indicator is not named: every report shows a problem under
 * its indicator or beside it.
 */
import type { Finding, Lang } from '../core/types';
import type { NoteRange, Problem, ProblemKind, ProblemOf } from '../core/problems';
import { findingMessage } from './findings';
import { monthName, monthRuns, monthSpan } from './months';
import { capitalised, formatAmount, list, plural, quote } from './text';

type Writer<K extends ProblemKind> = (problem: ProblemOf<K>, lang: Lang) => string;
type Writers = { readonly [K in ProblemKind]: Writer<K> };

/** Bilingual sentence parts, chosen by language. */
function say(lang: Lang, fr: string, en: string): string {
  return lang === 'fr' ? fr : en;
}

function colon(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

/** The sentence begins with its first item: "Août (0,0%), novembre (87,9%)". */
function lead(items: readonly string[], lang: Lang): string {
  return capitalised(list(items, lang));
}

function monthNames(months: readonly number[], lang: Lang): string[] {
  return months.map((month) => monthName(month, lang));
}

/** "août « abc »": a month and what its cell shows, quoted. */
function quotedEntries(findings: readonly Finding[], lang: Lang): string[] {
  return findings.map((f) => `${monthName(f.month ?? 0, lang)} ${quote(textOf(f), lang)}`);
}

/** "mai 150%": a month and what its cell shows, as typed. */
function entries(findings: readonly Finding[], lang: Lang): string[] {
  return findings.map((f) => `${monthName(f.month ?? 0, lang)} ${textOf(f)}`);
}

function textOf(finding: Finding): string {
  return 'text' in finding ? finding.text : '';
}

/** Whether the problem tells a finding of `code`. */
function has(problem: Problem, code: Finding['code']): boolean {
  for (const finding of problem.findings) if (finding.code === code) return true;
  return false;
}

function of<C extends Finding['code']>(problem: Problem, code: C): Extract<Finding, { code: C }>[] {
  return problem.findings.filter((f): f is Extract<Finding, { code: C }> => f.code === code);
}

const WRITERS: Writers = {
  layout: (problem, lang) => problem.findings.map((f) => findingMessage(f, lang)).join(' '),

  missing_months: (problem, lang) =>
    lead(monthRuns(problem.months, lang), lang) +
    say(
      lang,
      `\u00a0: rien n’est saisi. Saisir le résultat ${problem.months.length > 1 ? 'de chaque mois' : 'du mois'}, ou «\u00a0-\u00a0» s’il n’y avait rien à mesurer.`,
      `: nothing entered. Enter the month’s result, or "-" if there was nothing to measure.`,
    ),

  not_yet_filled: (problem, lang) => {
    const { months, lastFilled, suggestedAsOf, rows } = problem;
    const span = lead(monthRuns(months, lang), lang);
    const last = monthName(lastFilled, lang);
    const count = plural(
      rows.length,
      say(lang, 'indicateur', 'indicator'),
      say(lang, 'indicateurs', 'indicators'),
      lang,
    );
    return say(
      lang,
      `${span}\u00a0: rien n’est saisi pour ${count}, alors que le tableau est rempli jusqu’à ${last}. Si ces mois ne sont pas encore échus, arrêter le contrôle à ${last} ${suggestedAsOf.year}.`,
      `${span}: nothing entered for ${count}, while the dashboard is filled up to ${last}. If these months are not due yet, check up to ${last} ${suggestedAsOf.year}.`,
    );
  },

  unrecognized_entry: (problem, lang) =>
    lead(quotedEntries(problem.findings, lang), lang) +
    say(
      lang,
      '\u00a0: ni un nombre ni une mention connue (COVID, Fermé, -). Corriger la saisie.',
      ': neither a number nor a known mark (COVID, Fermé, -). Correct the entry.',
    ),

  cell_error: (problem, lang) =>
    lead(entries(problem.findings, lang), lang) +
    say(
      lang,
      '\u00a0: la case affiche une erreur. Remplacer la formule par le résultat du mois.',
      ': the cell shows an error. Replace the formula with the month’s result.',
    ),

  out_of_range: (problem, lang) => {
    const many = problem.findings.length > 1;
    return (
      lead(entries(problem.findings, lang), lang) +
      say(
        lang,
        `\u00a0: ${many ? 'valeurs impossibles' : 'valeur impossible'} (négative, ou au-delà de 100\u202f% pour un taux), ${many ? 'écartées' : 'écartée'} de la moyenne. Corriger la saisie.`,
        `: impossible ${many ? 'values' : 'value'} (negative, or above 100% for a rate), left out of the average. Correct the entry.`,
      )
    );
  },

  text_number: (problem, lang) =>
    lead(quotedEntries(problem.findings, lang), lang) +
    say(
      lang,
      '\u00a0: nombre enregistré comme du texte, que la fonction MOYENNE d’Excel ignore (il est compté ici). Ressaisir le nombre avec une virgule décimale.',
      ': a number stored as text, which Excel’s AVERAGE skips (it is counted here). Type the number again as a number.',
    ),

  unit_mismatch: (problem, lang) => {
    const mismatches = of(problem, 'UNIT_MISMATCH');
    const items = mismatches.map(
      (f) =>
        `${monthName(f.month ?? 0, lang)} ${f.text} (${say(lang, 'lu', 'read as')} ${formatAmount(f.value, f.indicator.unit, lang)})`,
    );
    const withoutPercent = mismatches.some((f) => f.kind === 'month_rate_without_percent');
    return (
      lead(items, lang) +
      say(
        lang,
        `\u00a0: le format de la case ne correspond pas à l’unité de l’indicateur. ${withoutPercent ? 'Saisir le taux avec «\u00a0%\u00a0» ou appliquer le format pourcentage.' : 'Retirer le format pourcentage de la case.'}`,
        `: the cell’s format does not match the indicator’s unit. ${withoutPercent ? 'Enter the rate with "%" or apply the percentage format.' : 'Remove the percentage format from the cell.'}`,
      )
    );
  },

  suspicious_value: (problem, lang) => {
    const [suspicious] = of(problem, 'SUSPICIOUS_VALUE');
    const [missed] = of(problem, 'OBJECTIVE_MISSED_MONTH');
    const month = capitalised(monthName(suspicious.month ?? 0, lang));
    const unit = suspicious.indicator.unit;
    const median = formatAmount(suspicious.median, unit, lang);
    const value = formatAmount(suspicious.value, unit, lang);
    const gap = missed
      ? say(
          lang,
          `\u202f; si elle est juste, expliquer dans les commentaires l’écart à l’objectif ${quote(missed.objective, lang)}`,
          `; if it is right, explain the gap to the objective ${quote(missed.objective, lang)} in the comments`,
        )
      : '';
    return say(
      lang,
      `${month}\u00a0: ${value}, très loin des autres mois (médiane ${median}). Vérifier la saisie${gap}. La valeur reste comptée dans la moyenne.`,
      `${month}: ${value}, far from the other months (median ${median}). Check the entry${gap}. The value stays in the average.`,
    );
  },

  objective_missed: (problem, lang) => {
    const months = of(problem, 'OBJECTIVE_MISSED_MONTH').map(
      (f) => `${monthName(f.month ?? 0, lang)} (${formatAmount(f.value, f.indicator.unit, lang)})`,
    );
    const [justification] = of(problem, 'MISSING_JUSTIFICATION');
    const [year] = of(problem, 'OBJECTIVE_MISSED');
    if (months.length === 0 && !year) months.push(...monthNames(problem.months, lang));
    if (year)
      months.push(
        `${say(lang, 'la moyenne annuelle', 'the yearly average')} (${formatAmount(year.average, year.indicator.unit, lang)})`,
      );
    const objective = quote(
      (year ?? justification ?? of(problem, 'OBJECTIVE_MISSED_MONTH')[0]).objective,
      lang,
    );
    return (
      lead(months, lang) +
      (problem.justified
        ? say(
            lang,
            `\u00a0: objectif ${objective} non atteint, écart commenté. Vérifier que le commentaire l’explique pour le comité qualité.`,
            `: objective ${objective} not met, with a comment. Check that the comment explains it for the quality committee.`,
          )
        : say(
            lang,
            `\u00a0: objectif ${objective} non atteint, sans commentaire. Expliquer l’écart dans les commentaires pour le comité qualité.`,
            `: objective ${objective} not met, no comment. Explain the gap in the comments for the quality committee.`,
          ))
    );
  },

  objective_unreadable: (problem, lang) => {
    const [unreadable] = of(problem, 'OBJECTIVE_UNREADABLE');
    return say(
      lang,
      `Objectif ${quote(unreadable.text, lang)} illisible\u00a0: l’écrire par exemple «\u00a090%\u00a0» (taux) ou «\u00a0<5j\u00a0» (délai). L’atteinte n’est pas évaluée.`,
      `Objective ${quote(unreadable.text, lang)} cannot be read: write it like "90%" (rate) or "<5j" (delay). Whether it is met is not assessed.`,
    );
  },

  average: (problem, lang) => {
    const [outdated] = of(problem, 'AVERAGE_OUTDATED');
    const mismatch = has(problem, 'UNIT_MISMATCH');
    const shown = (outdated ?? problem.findings[0]) as Finding;
    const reasons: string[] = [];
    if (outdated?.error) reasons.push(say(lang, 'en erreur', 'an error value'));
    else if (outdated)
      reasons.push(say(lang, 'différente de la moyenne des mois', 'not the mean of the months'));
    if (mismatch)
      reasons.push(say(lang, 'au format contraire à l’unité', 'in a format against the unit'));
    const fix = !outdated
      ? say(lang, 'corrige le format', 'fixes the format')
      : outdated.average === null
        ? say(
            lang,
            'la remplace par «\u00a0Pas de données\u00a0»',
            'replaces it with "Pas de données" (no data)',
          )
        : `${say(lang, 'la remplace par', 'replaces it with')} ${formatAmount(outdated.average, outdated.indicator.unit, lang)}`;
    return say(
      lang,
      `Moyenne ${quote(textOf(shown), lang)} ${list(reasons, lang)}\u00a0: ${quote('Calculer les moyennes', lang)} ${fix}.`,
      `Average ${quote(textOf(shown), lang)}, ${list(reasons, lang)}: ${quote('Compute averages', lang)} ${fix}.`,
    );
  },

  notes: (problem, lang) => {
    const parts = problem.ranges.map((range) => noteText(range, lang));
    if (has(problem, 'NO_OBJECTIVE'))
      parts.push(say(lang, 'pas d’objectif annuel', 'no yearly objective'));
    if (has(problem, 'NO_DATA'))
      parts.push(
        say(lang, 'aucun mois chiffré, pas de moyenne', 'no month holds a number, no average'),
      );
    // The first part capitalised, not the whole sentence: capitalising copies its text.
    if (parts.length > 0) parts[0] = capitalised(parts[0]);
    return `${parts.join(lang === 'fr' ? '\u202f; ' : '; ')}.`;
  },
};

function noteText(range: NoteRange, lang: Lang): string {
  return `${monthSpan(range.from, range.to, lang)}${colon(lang)}${range.text}`;
}

/** The sentence of a problem, in `lang`. */
export function problemText(problem: Problem, lang: Lang): string {
  // Keyed by kind, so the writer found for problem.kind takes that problem; the compiler cannot
  // follow the correlation through the union.
  const write = WRITERS[problem.kind] as Writer<ProblemKind>;
  return write(problem as ProblemOf<ProblemKind>, lang);
}
