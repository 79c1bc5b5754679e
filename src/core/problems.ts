/**
 * An analysis's findings told as problems: one per indicator and kind of problem, so that a
 * report says each thing once. The findings stay whole (the JSON report keeps every one); a
 * problem only gathers them and says what they have in common.
 *
 * - An indicator's months under objective, its yearly miss and its missing justification are one
 *   problem (`objective_missed`).
 * - A suspicious value is a problem of its own (`suspicious_value`), which also takes the
 *   month's miss of the objective: the first thing to do is to check the entry, not to explain
 *   a gap that may be a typing slip.
 * - Months left empty after the last month any indicator has filled are one problem for the
 *   whole dashboard (`not_yet_filled`), with the as-of month that would match what is filled:
 *   on a dashboard filled to September and checked to December, October to December are most
 *   likely not due yet rather than forgotten 60 times.
 * - An indicator's infos (months suspended, closed, with nothing to measure, no data, no
 *   objective) are one problem (`notes`) with its months in ranges.
 */
import { dueMonthCount } from './as-of';
import type { FindingGroup, MonthNoteCode } from './catalogue';
import { CATALOGUE, isMonthNote, severityRank } from './catalogue';
import type { Analysis, Finding, FindingSubject, Severity, YearMonth } from './types';

export type ProblemKind = FindingGroup | 'not_yet_filled';

/** Months in a row with the same note: "mars-juin : COVID". */
export interface NoteRange {
  readonly code: MonthNoteCode;
  /** 1-12, first and last month of the range (equal for a single month). */
  readonly from: number;
  readonly to: number;
  /** The first month's cell as typed. */
  readonly text: string;
}

interface ProblemBase {
  /**
   * Stable and readable: `objective_missed:6` (kind and Excel row), `suspicious_value:6:8` (and
   * month) for a problem of one month, `not_yet_filled` for the whole dashboard.
   */
  readonly key: string;
  /** The worst severity of its findings. */
  readonly severity: Severity;
  /** 0-based row of the indicator; null for a problem of the whole dashboard. */
  readonly row: number | null;
  readonly indicator: FindingSubject | null;
  /** Where to look first. */
  readonly cell: string;
  /** The months concerned, 1-12, ascending. */
  readonly months: readonly number[];
  /** Every finding the problem tells, at least one, in the analysis's order. */
  readonly findings: readonly Finding[];
}

export type Problem =
  | (ProblemBase & {
      readonly kind: Exclude<ProblemKind, 'not_yet_filled' | 'objective_missed' | 'notes'>;
    })
  | (ProblemBase & {
      readonly kind: 'objective_missed';
      /** The yearly average misses too. */
      readonly year: boolean;
      /** A comment explains the gap (no MISSING_JUSTIFICATION). */
      readonly justified: boolean;
    })
  | (ProblemBase & { readonly kind: 'notes'; readonly ranges: readonly NoteRange[] })
  | (ProblemBase & {
      readonly kind: 'not_yet_filled';
      /** The last month any indicator has filled. */
      readonly lastFilled: number;
      /** The as-of month to check instead: the fix one click away. */
      readonly suggestedAsOf: YearMonth;
      /** 0-based rows of the indicators concerned. */
      readonly rows: readonly number[];
    });

export type ProblemOf<K extends ProblemKind> = Problem & { readonly kind: K };

/**
 * The problems of an analysis: the dashboard-wide one first, then each indicator's in the
 * sheet's order, each indicator's worst first, then by place.
 */
export function problemsOf(analysis: Analysis): Problem[] {
  const problems: Problem[] = [];
  eachProblem(analysis, (problem) => problems.push(problem));
  return problems;
}

/**
 * The problems of problemsOf, in its order, each handed to `visit` as soon as it is made: a
 * report that keeps only what it writes of each lets the problems die young, which on a large
 * dashboard spares the garbage collector copying thousands of them.
 */
export function eachProblem(analysis: Analysis, visit: (problem: Problem) => void): void {
  const fold = notYetFilled(analysis);
  if (fold) visit(fold.problem);
  // The findings come sorted by row: each row's are one run of the list, no map of rows needed.
  const { findings } = analysis;
  let start = 0;
  while (start < findings.length) {
    const row = findings[start].row;
    let end = start + 1;
    while (end < findings.length && findings[end].row === row) end += 1;
    const rowFindings = findings.slice(start, end);
    if (fold) removeFolded(rowFindings, fold.folded);
    if (rowFindings.length > 0) rowProblems(row, rowFindings, visit);
    start = end;
  }
}

/** Removes from `findings`, in place, those in `folded`. */
function removeFolded(findings: Finding[], folded: ReadonlySet<Finding>): void {
  let kept = 0;
  for (const finding of findings) if (!folded.has(finding)) findings[kept++] = finding;
  findings.length = kept;
}

/** The problem key of each finding: what the JSON report gives as its `group`. */
export function problemKeys(problems: readonly Problem[]): Map<Finding, string> {
  const keys = new Map<Finding, string>();
  for (const problem of problems)
    for (const finding of problem.findings) keys.set(finding, problem.key);
  return keys;
}

function worst(findings: readonly Finding[]): Severity {
  let rank = 2;
  for (const finding of findings) rank = Math.min(rank, severityRank(finding.severity));
  return rank === 0 ? 'error' : rank === 1 ? 'warning' : 'info';
}

function monthsOf(findings: readonly Finding[]): number[] {
  // A bit per month rather than a set then a sort: thousands of problems on a large dashboard.
  let seen = 0;
  for (const finding of findings) if (finding.month !== null) seen |= 1 << finding.month;
  const months: number[] = [];
  for (let month = 1; month <= 12; month += 1) if (seen & (1 << month)) months.push(month);
  return months;
}

function excelRow(row: number): number {
  return row + 1;
}

/** The group a finding falls in: a unit mismatch on the Moyenne is about the Moyenne. */
function groupOf(finding: Finding): FindingGroup {
  if (finding.code === 'UNIT_MISMATCH' && finding.month === null) return 'average';
  return CATALOGUE[finding.code].group;
}

interface RowGroup {
  readonly kind: FindingGroup;
  /** The month of a problem of one month (a suspicious value), else null. */
  readonly month: number | null;
  readonly findings: Finding[];
}

function groupFor(
  groups: readonly RowGroup[],
  kind: FindingGroup,
  month: number | null,
): RowGroup | undefined {
  for (const group of groups) if (group.kind === kind && group.month === month) return group;
  return undefined;
}

/** The problems of one row's findings, worst first, handed to `visit`. */
function rowProblems(
  row: number,
  findings: readonly Finding[],
  visit: (problem: Problem) => void,
): void {
  let suspicious: number[] | null = null;
  for (const finding of findings)
    if (finding.code === 'SUSPICIOUS_VALUE' && finding.month !== null)
      (suspicious ??= []).push(finding.month);
  // A row has a handful of groups: a list searched in place costs less than keyed maps.
  const groups: RowGroup[] = [];
  for (const finding of findings) {
    let kind = groupOf(finding);
    let month: number | null = null;
    if (
      suspicious !== null &&
      (finding.code === 'SUSPICIOUS_VALUE' || finding.code === 'OBJECTIVE_MISSED_MONTH') &&
      finding.month !== null &&
      suspicious.includes(finding.month)
    ) {
      kind = 'suspicious_value';
      month = finding.month;
    }
    const group = groupFor(groups, kind, month);
    if (group) group.findings.push(finding);
    else groups.push({ kind, month, findings: [finding] });
  }
  if (groups.length === 1) {
    visit(groupProblem(row, groups[0]));
    return;
  }
  // Worst first; stable, so problems of the same severity keep the order of their first
  // findings (by column). Three passes over the few groups rather than a sort per row.
  const ranks = groups.map((group) => severityRank(worst(group.findings)));
  for (let rank = 0; rank < 3; rank += 1)
    for (let i = 0; i < groups.length; i += 1)
      if (ranks[i] === rank) visit(groupProblem(row, groups[i]));
}

function groupProblem(row: number, group: RowGroup): Problem {
  const key = `${group.kind}:${excelRow(row)}${group.month === null ? '' : `:${group.month}`}`;
  return problem(key, row, group.kind, group.findings);
}

function problem(key: string, row: number, kind: FindingGroup, findings: Finding[]): Problem {
  const severity = worst(findings);
  const { indicator, cell } = findings[0];
  const months = monthsOf(findings);
  // One literal per kind with all its fields: V8 lays it out as one object. Object.assign onto
  // a base put the kind's fields in a store of their own, and a spread of the base went through
  // V8's slow clone path, thousands of times on a large dashboard.
  switch (kind) {
    case 'objective_missed': {
      const justification = findings.find((f) => f.code === 'MISSING_JUSTIFICATION');
      const year = findings.some((f) => f.code === 'OBJECTIVE_MISSED');
      return {
        key,
        severity,
        row,
        indicator,
        // Where the agent acts: the comment to write, else the first month under objective.
        cell: justification?.cell ?? cell,
        // The months under objective told here; a suspicious month is told in its own problem,
        // unless the row's justification is all there is to say.
        months: months.length === 0 && !year && justification ? justification.months : months,
        findings,
        kind,
        year,
        justified: justification === undefined,
      };
    }
    case 'notes':
      return {
        key,
        severity,
        row,
        indicator,
        cell,
        months,
        findings,
        kind,
        ranges: noteRanges(findings),
      };
    default:
      return { key, severity, row, indicator, cell, months, findings, kind };
  }
}

type NoteFinding = Finding & { code: MonthNoteCode; month: number };

function isNote(finding: Finding): finding is NoteFinding {
  return isMonthNote(finding.code) && finding.month !== null;
}

/** Month notes of one row, consecutive months with the same code in one range. */
function noteRanges(findings: readonly Finding[]): NoteRange[] {
  // Month columns run left to right on every dashboard seen, so the notes come by month: then
  // they are read where they are, else sorted first.
  let previous = 0;
  let ordered = true;
  for (const f of findings)
    if (isNote(f)) {
      ordered &&= f.month > previous;
      previous = f.month;
    }
  const notes = ordered ? findings : findings.filter(isNote).sort((a, b) => a.month - b.month);
  // Built mutable, then handed out read-only: a copy per extended range is garbage.
  const ranges: { -readonly [K in keyof NoteRange]: NoteRange[K] }[] = [];
  for (const note of notes) {
    if (!isNote(note)) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.code === note.code && last.to === note.month - 1) last.to = note.month;
    else ranges.push({ code: note.code, from: note.month, to: note.month, text: note.text });
  }
  return ranges;
}

/**
 * The months after the last one any indicator has filled, up to the as-of month: one problem
 * with the as-of month that matches the dashboard, and the MISSING_MONTH findings it folds.
 * None when nothing is filled at all (no as-of month to suggest) or nothing is missing after.
 */
function notYetFilled(
  analysis: Analysis,
): { problem: ProblemOf<'not_yet_filled'>; folded: Set<Finding> } | null {
  const due = dueMonthCount(analysis.dashboard.year, analysis.asOf);
  let lastFilled = 0;
  // Most dashboards are filled up to the due month, which the first indicators show.
  for (let i = 0; i < analysis.indicators.length && lastFilled < due; i += 1)
    for (const entry of analysis.indicators[i].months)
      if (entry.status !== 'missing' && entry.status !== 'future')
        lastFilled = Math.max(lastFilled, entry.month);
  if (lastFilled === 0 || lastFilled >= due) return null;
  const folded = new Set<Finding>();
  const rows = new Set<number>();
  for (const finding of analysis.findings)
    if (finding.code === 'MISSING_MONTH' && finding.month !== null && finding.month > lastFilled) {
      folded.add(finding);
      rows.add(finding.row);
    }
  const findings = [...folded];
  if (findings.length === 0) return null;
  const months: number[] = [];
  for (let month = lastFilled + 1; month <= due; month += 1) months.push(month);
  return {
    folded,
    problem: {
      key: 'not_yet_filled',
      kind: 'not_yet_filled',
      severity: 'error',
      row: null,
      indicator: null,
      cell: findings[0].cell,
      months,
      findings,
      lastFilled,
      suggestedAsOf: { year: analysis.dashboard.year ?? analysis.asOf.year, month: lastFilled },
      rows: [...rows],
    },
  };
}
