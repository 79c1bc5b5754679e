/**
 * The `qualepref-report/1` JSON report (design.md §7): what `qualepref check --json` prints.
 * Rows are Excel's 1-based rows, columns are letters; rates are fractions.
 */
import { columnLetter } from './address';
import { problemKeys, problemsOf } from './problems';
import type {
  Analysis,
  Finding,
  FindingCode,
  MetReason,
  MonthStatus,
  ObjectiveOp,
  Severity,
  Summary,
  Unit,
} from './types';

export const JSON_REPORT_SCHEMA = 'qualepref-report/1';

export interface JsonColumns {
  readonly section: string | null;
  readonly label: string;
  readonly engagement: string | null;
  readonly n1: string | null;
  readonly metN1: string | null;
  readonly objective: string | null;
  /** Twelve letters, January to December. */
  readonly months: readonly string[];
  readonly comment: string | null;
  readonly average: string | null;
  readonly met: string | null;
}

export interface JsonMonth {
  readonly month: number;
  readonly cell: string;
  readonly status: MonthStatus;
  /** Null unless the month is counted in the average. */
  readonly value: number | null;
  readonly text: string;
  /** Present, true, only for a value left out of the average (out of range). */
  readonly excluded?: true;
}

export interface JsonObjective {
  readonly text: string;
  readonly op: ObjectiveOp;
  readonly value: number;
}

export interface JsonIndicator {
  readonly row: number;
  readonly section: string | null;
  readonly label: string;
  readonly engagement: string | null;
  readonly unit: Unit;
  readonly objective: JsonObjective | null;
  readonly months: readonly JsonMonth[];
  readonly average: number | null;
  readonly monthsCounted: number;
  readonly met: boolean | null;
  readonly metReason: MetReason | null;
}

export interface JsonFinding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly cell: string;
  readonly row: number;
  readonly month: number | null;
  readonly message: string;
  /** The key of the problem the finding is told in (core/problems.ts): `objective_missed:6`. */
  readonly group: string;
}

export interface JsonReport {
  readonly schema: typeof JSON_REPORT_SCHEMA;
  readonly file: string;
  readonly sheet: string;
  readonly site: string | null;
  readonly year: number | null;
  /** "2020-12"; "2021-00" when no month of the year is due yet. */
  readonly asOf: string;
  readonly columns: JsonColumns;
  readonly indicators: readonly JsonIndicator[];
  readonly findings: readonly JsonFinding[];
  readonly summary: Summary;
}

function letter(col: number | null): string | null {
  return col === null ? null : columnLetter(col);
}

/** `message` writes each finding's message, in the report's language (src/i18n). */
export function toJsonReport(
  analysis: Analysis,
  file: string,
  message: (finding: Finding) => string,
): JsonReport {
  const { dashboard } = analysis;
  const { columns } = dashboard;
  const groups = problemKeys(problemsOf(analysis));
  return {
    schema: JSON_REPORT_SCHEMA,
    file,
    sheet: dashboard.sheet,
    site: dashboard.site,
    year: dashboard.year,
    asOf: `${analysis.asOf.year}-${String(analysis.asOf.month).padStart(2, '0')}`,
    columns: {
      section: letter(columns.section),
      label: columnLetter(columns.label),
      engagement: letter(columns.engagement),
      n1: letter(columns.n1),
      metN1: letter(columns.metN1),
      objective: letter(columns.objective),
      months: columns.months.map(columnLetter),
      comment: letter(columns.comment),
      average: letter(columns.average),
      met: letter(columns.met),
    },
    indicators: analysis.indicators.map((indicator) => ({
      row: indicator.row + 1,
      section: indicator.section,
      label: indicator.label,
      engagement: indicator.engagement,
      unit: indicator.unit,
      objective: indicator.objective
        ? {
            text: indicator.objective.text,
            op: indicator.objective.op,
            value: indicator.objective.value,
          }
        : null,
      months: indicator.months.map((entry): JsonMonth => {
        const base = {
          month: entry.month,
          cell: entry.cell,
          status: entry.status,
          value: entry.excluded ? null : entry.value,
          text: entry.text,
        };
        return entry.excluded ? { ...base, excluded: true } : base;
      }),
      average: indicator.average,
      monthsCounted: indicator.monthsCounted,
      met: indicator.met,
      metReason: indicator.metReason,
    })),
    findings: analysis.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      cell: finding.cell,
      row: finding.row + 1,
      month: finding.month,
      message: message(finding),
      group: groups.get(finding) ?? '',
    })),
    summary: { ...analysis.summary },
  };
}
