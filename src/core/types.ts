/**
 * The engine's model: what recognition finds, what analysis concludes, what filling writes.
 * Indices are 0-based (as in Grid); the JSON report converts them to Excel's 1-based rows and
 * column letters.
 */

import type { CellRange } from './grid';

export type Lang = 'fr' | 'en';

/** A month of a year; month 0 means "no month of that year is due yet". */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

export type Unit = 'rate' | 'days' | 'count';

export type MonthStatus =
  'value' | 'suspended' | 'closed' | 'not_available' | 'missing' | 'future' | 'error' | 'invalid';

/** The recognised columns, 0-based indices, null when the dashboard lacks the column. */
export interface DashboardColumns {
  readonly section: number | null;
  readonly label: number;
  readonly engagement: number | null;
  readonly n1: number | null;
  readonly metN1: number | null;
  readonly objective: number | null;
  /** Twelve columns, January to December. */
  readonly months: readonly number[];
  readonly comment: number | null;
  readonly average: number | null;
  /** The current year's "atteinte objectif" column. */
  readonly met: number | null;
}

export interface IndicatorRow {
  /** 0-based grid row. */
  readonly row: number;
  /** Section name, carried down merged or blank section cells; null when there is none. */
  readonly section: string | null;
  readonly label: string;
}

export interface Dashboard {
  readonly sheet: string;
  /** "Sous-préfecture d'Aix", from a header or title cell; null when none is found. */
  readonly site: string | null;
  readonly year: number | null;
  /** 0-based header rows, top to bottom; the last one holds the month headers. */
  readonly headerRows: readonly number[];
  readonly columns: DashboardColumns;
  readonly rows: readonly IndicatorRow[];
  /** The right-most column used by the table (headers or indicator rows). */
  readonly lastColumn: number;
  /**
   * The other blocks of twelve months beside the one read (last year's kept on the left),
   * left to right; absent or empty when the sheet holds one year.
   */
  readonly otherBlocks?: readonly MonthBlockInfo[];
  /**
   * Merged areas inside the table whose value applies to every cell they cover (a marker over
   * months, an objective or engagement over rows): analysis reads each covered cell as the
   * merged value.
   */
  readonly valueMerges?: readonly CellRange[];
  /** Rows in or right below the table holding month data that were not read as indicators. */
  readonly unreadRows?: readonly UnreadRow[];
  /** The choices recognition made between two plausible readings. */
  readonly guesses?: readonly LayoutGuess[];
}

/** A block of twelve month columns and the year its headers name. */
export interface MonthBlockInfo {
  readonly months: readonly number[];
  readonly year: number | null;
}

/**
 * Why a row holding month data was not read: it has no label, or it lies right below the
 * table's end (after two empty rows or a footer).
 */
export type UnreadReason = 'no_label' | 'below_table';

export interface UnreadRow {
  readonly row: number;
  /** The first month column holding a number or a marker, and its month (1-12). */
  readonly col: number;
  readonly month: number;
  readonly reason: UnreadReason;
  /** What that cell shows. */
  readonly text: string;
}

export type LayoutGuess =
  | {
      readonly kind: 'label_column';
      /** The header cell of the column taken: the month row in the label column. */
      readonly row: number;
      readonly col: number;
      /** The other column that could hold the labels. */
      readonly other: number;
    }
  | {
      readonly kind: 'year_block';
      /** The first month header of the block taken. */
      readonly row: number;
      readonly col: number;
      readonly year: number | null;
      readonly otherYears: readonly (number | null)[];
      /**
       * Named by a Moyenne, Objectifs or Atteinte header's year; else the latest year; else,
       * no block naming a year, the right-most.
       */
      readonly reason: 'named_by_header' | 'latest_year' | 'right_most';
    };

export type RecognitionFailure = 'empty_sheet' | 'no_month_headers' | 'no_label_column' | 'no_rows';

export type Recognition =
  | { readonly ok: true; readonly dashboard: Dashboard }
  | { readonly ok: false; readonly reason: RecognitionFailure };

export type ObjectiveOp = '>=' | '>' | '<=' | '<';

export interface Objective {
  /** As written in the dashboard ("90%", "<5j"). */
  readonly text: string;
  readonly op: ObjectiveOp;
  /** Rates as fractions (0.9), delays in days, counts as such. */
  readonly value: number;
}

export interface MonthEntry {
  /** 1 to 12. */
  readonly month: number;
  readonly row: number;
  readonly col: number;
  /** "G5". */
  readonly cell: string;
  readonly status: MonthStatus;
  /** The value in the row's unit (rates as fractions); null unless status is "value". */
  readonly value: number | null;
  /** What the cell shows, as the agent typed it. */
  readonly text: string;
  /** A "value" that is left out of the average (out of range). */
  readonly excluded: boolean;
}

export type MetReason = 'no_data' | 'no_objective' | 'objective_unreadable';

export interface Indicator {
  readonly row: number;
  readonly section: string | null;
  readonly label: string;
  readonly engagement: string | null;
  readonly unit: Unit;
  readonly objectiveText: string;
  readonly objective: Objective | null;
  readonly months: readonly MonthEntry[];
  /** Mean of the counted months, in the row's unit; null when no month holds a number. */
  readonly average: number | null;
  readonly monthsCounted: number;
  readonly met: boolean | null;
  readonly metReason: MetReason | null;
  readonly comment: string;
}

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'MISSING_MONTH'
  | 'UNRECOGNIZED_ENTRY'
  | 'CELL_ERROR'
  | 'OUT_OF_RANGE'
  | 'TEXT_NUMBER'
  | 'SUSPICIOUS_VALUE'
  | 'OBJECTIVE_MISSED_MONTH'
  | 'OBJECTIVE_MISSED'
  | 'MISSING_JUSTIFICATION'
  | 'OBJECTIVE_UNREADABLE'
  | 'UNIT_MISMATCH'
  | 'AVERAGE_OUTDATED'
  | 'SUSPENDED_MONTH'
  | 'CLOSED_MONTH'
  | 'NOT_AVAILABLE_MONTH'
  | 'NO_DATA'
  | 'NO_OBJECTIVE'
  | 'UNREAD_ROW'
  | 'LAYOUT_GUESSED';

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  /** A1 address, without the sheet. */
  readonly cell: string;
  /** 0-based grid row and column of the cell. */
  readonly row: number;
  readonly col: number;
  /** 1-12 when the finding concerns a month. */
  readonly month: number | null;
  readonly message: string;
}

export interface Summary {
  readonly indicators: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly readyToSend: boolean;
}

export interface Analysis {
  readonly dashboard: Dashboard;
  readonly asOf: YearMonth;
  readonly lang: Lang;
  readonly indicators: readonly Indicator[];
  /** Sorted by row, then column. */
  readonly findings: readonly Finding[];
  readonly summary: Summary;
}

export interface AnalyseOptions {
  /** The last month that should be filled; defaults from the dashboard year and `today`. */
  readonly asOf?: YearMonth;
  /** Today's month, used only to default `asOf` (the engine has no clock). */
  readonly today: YearMonth;
  readonly lang: Lang;
}

/** What a cell gets written: the value and the number format to apply (null keeps it). */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: string | number;
  readonly format: string | null;
  /** The header roles are the headers of added Moyenne and atteinte objectif columns. */
  readonly role: 'average' | 'met' | 'average_header' | 'met_header';
}

export type FlagKind = 'error' | 'warning' | 'info';

export interface CellFlag {
  readonly row: number;
  readonly col: number;
  readonly kind: FlagKind;
  /** Background colour, "#RRGGBB". */
  readonly color: string;
  /** The messages of the cell's findings, one per line (for a note or tooltip). */
  readonly note: string;
}

export type ReportValue = string | number | null;

export interface ReportLink {
  /** 0-based position in the report sheet. */
  readonly row: number;
  readonly col: number;
  /** The dashboard cell it points at, "G22", on `FillPlan.sheet`. */
  readonly target: string;
}

export interface ReportSheet {
  /** "Contrôle 2020". */
  readonly name: string;
  /** Rows of the report, top to bottom, starting at A1. */
  readonly rows: readonly (readonly ReportValue[])[];
  /** 0-based indices of the rows to show in bold (titles, table header). */
  readonly boldRows: readonly number[];
  readonly links: readonly ReportLink[];
  /** Suggested column widths, in characters. */
  readonly columnWidths: readonly number[];
}

export interface FillPlan {
  readonly sheet: string;
  /** Moyenne and atteinte objectif cells, plus the header of an added column. */
  readonly writes: readonly CellWrite[];
  readonly flags: readonly CellFlag[];
  readonly report: ReportSheet;
  /** The column added for "Atteinte objectif <year>", or null when the dashboard had one. */
  readonly addedMetColumn: number | null;
  /**
   * The findings and summary of the dashboard as it stands after the fill (what writing the
   * Moyenne resolves is gone), so that callers need not read the sheet again.
   */
  readonly after: { readonly findings: readonly Finding[]; readonly summary: Summary };
}
