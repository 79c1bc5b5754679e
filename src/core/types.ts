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
    }
  | {
      /**
       * A row holding only a label that names no measure and does not read as a heading: read
       * as an indicator nobody filled (its due months missing), though it could be a title.
       */
      readonly kind: 'label_only_row';
      /** Its label cell. */
      readonly row: number;
      readonly col: number;
      /** The label, as typed. */
      readonly label: string;
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

/** Why a number format contradicts the row's unit. */
export type UnitMismatchKind =
  /** A rate month typed as a plain number above 1 (99): read as 99 %. */
  | 'month_rate_without_percent'
  /** A delay or count month shown as a percentage. */
  | 'month_percent'
  /** A rate's Moyenne without a percent format (a fraction shown as "1"). */
  | 'average_not_percent'
  /** A delay's or count's Moyenne shown as a percentage (the seed's 600 %). */
  | 'average_percent';

/**
 * Each finding code (design.md §5) with the facts its message is written from. `text` is what
 * the cell shows, as the agent typed it; numbers are in the row's unit (rates as fractions).
 * A new code is a new member here: the compiler then asks for its catalogue entry
 * (core/catalogue.ts) and its messages (i18n/findings.ts).
 */
export type IndicatorFindingFacts =
  | { readonly code: 'MISSING_MONTH' }
  | { readonly code: 'UNRECOGNIZED_ENTRY'; readonly text: string }
  | { readonly code: 'CELL_ERROR'; readonly text: string }
  | {
      readonly code: 'OUT_OF_RANGE';
      readonly text: string;
      readonly reason: 'negative' | 'over_100';
    }
  | { readonly code: 'TEXT_NUMBER'; readonly text: string; readonly value: number }
  | {
      readonly code: 'SUSPICIOUS_VALUE';
      readonly text: string;
      readonly value: number;
      readonly median: number;
    }
  | {
      readonly code: 'OBJECTIVE_MISSED_MONTH';
      readonly text: string;
      readonly value: number;
      readonly objective: string;
    }
  | { readonly code: 'OBJECTIVE_MISSED'; readonly average: number; readonly objective: string }
  | {
      readonly code: 'MISSING_JUSTIFICATION';
      readonly objective: string;
      /** The months below the objective, 1-12. */
      readonly months: readonly number[];
      /** The yearly average misses too. */
      readonly year: boolean;
    }
  | { readonly code: 'OBJECTIVE_UNREADABLE'; readonly text: string }
  | {
      readonly code: 'UNIT_MISMATCH';
      readonly kind: UnitMismatchKind;
      readonly text: string;
      /** The value as the engine reads it, in the row's unit. */
      readonly value: number;
    }
  | {
      readonly code: 'AVERAGE_OUTDATED';
      readonly text: string;
      /** The computed average, null when no month holds a number. */
      readonly average: number | null;
      readonly error: boolean;
    }
  | { readonly code: 'SUSPENDED_MONTH'; readonly text: string }
  | { readonly code: 'CLOSED_MONTH'; readonly text: string }
  | { readonly code: 'NOT_AVAILABLE_MONTH'; readonly text: string }
  | { readonly code: 'NO_DATA' }
  | { readonly code: 'NO_OBJECTIVE' };

/** The findings about how the sheet was read rather than about one indicator. */
export type LayoutFindingFacts =
  | { readonly code: 'UNREAD_ROW'; readonly unread: UnreadRow }
  | { readonly code: 'LAYOUT_GUESSED'; readonly guess: LayoutGuess };

export type FindingFacts = IndicatorFindingFacts | LayoutFindingFacts;

export type FindingCode = FindingFacts['code'];

/** The indicator a finding is about, as its message names it. */
export interface FindingSubject {
  readonly label: string;
  readonly unit: Unit;
}

/** Where a finding is. */
export interface FindingLocation {
  readonly severity: Severity;
  /** A1 address, without the sheet. */
  readonly cell: string;
  /** 0-based grid row and column of the cell. */
  readonly row: number;
  readonly col: number;
  /** 1-12 when the finding concerns a month. */
  readonly month: number | null;
}

/** Where a finding is, and about which indicator. */
export interface FindingPlace extends FindingLocation {
  /** One object shared by the findings of an indicator. */
  readonly indicator: FindingSubject;
}

/**
 * A finding is facts, not a sentence: its code and what its message needs, at its place.
 * src/i18n writes the message (`findingMessage(finding, lang)`). Narrow on `code` to read the
 * facts of one code.
 */
export type Finding =
  | (IndicatorFindingFacts & FindingPlace)
  | (LayoutFindingFacts & FindingLocation & { readonly indicator: null });

/** The finding of code C. */
export type FindingOf<C extends FindingCode> = Extract<Finding, { readonly code: C }>;

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
  /** The messages of the cell's findings, one per line (for a note or tooltip), from FillWords. */
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

/**
 * The dashboard's own words the fill writes. French whatever the interface language: the
 * dashboard is a French administrative document sent to the préfecture.
 */
export interface DashboardWords {
  readonly averageHeader: string;
  /** "Atteinte objectif 2020", the header of an added met column. */
  metHeader(year: number | null): string;
  readonly met: string;
  readonly notMet: string;
  readonly notAssessable: string;
  readonly noObjective: string;
  readonly noData: string;
}

/**
 * Everything a fill writes in words, given by src/i18n (`fillWords(lang)`): the engine itself
 * writes no sentence.
 */
export interface FillWords {
  readonly dashboard: DashboardWords;
  /** A finding's message, one line of its cell's flag note. */
  message(finding: Finding): string;
  /** The report sheet of the findings left once the fill is done, summed up in `summary`. */
  reportSheet(analysis: Analysis, findings: readonly Finding[], summary: Summary): ReportSheet;
}
