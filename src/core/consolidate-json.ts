/**
 * The `qualepref-consolidation/1` JSON (design.md §7b): what `qualepref consolidate --json`
 * prints. The contract's fields first; `reasonCode`, `missingMonths`, `corrections`, `unit`,
 * `row`, `matched`, `missingAt` and the top-level summary extend it. Rates are fractions.
 */
import type {
  Consolidation,
  ConsolidatedSite,
  Correction,
  SiteResult,
  UnusableReason,
  YearCount,
} from './consolidate';
import type { Unit, YearMonth } from './types';

export const CONSOLIDATION_SCHEMA = 'qualepref-consolidation/1';

export interface JsonSite {
  readonly file: string;
  readonly site: string | null;
  readonly sheet: string | null;
  readonly year: number | null;
  /** "2020-12"; null for an unusable file. */
  readonly asOf: string | null;
  readonly status: 'ok' | 'unusable';
  /** Why the file is unusable, one sentence in the report's language; null when usable. */
  readonly reason: string | null;
  readonly reasonCode: UnusableReason | null;
  readonly readyToSend: boolean;
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly missingMonths: number | null;
  readonly corrections: readonly Correction[];
}

/** A site's result as the JSON gives it: the site by its file, not by its position. */
export type JsonSiteResult = Omit<SiteResult, 'site' | 'objectiveText' | 'objective'>;

export interface JsonConsolidatedIndicator {
  readonly engagement: string | null;
  readonly label: string;
  readonly unit: Unit;
  readonly matched: boolean;
  /** The files of the usable sites that lack the indicator. */
  readonly missingAt: readonly string[];
  readonly bySite: readonly JsonSiteResult[];
}

export interface JsonConsolidation {
  readonly schema: typeof CONSOLIDATION_SCHEMA;
  readonly year: number | null;
  readonly sites: readonly JsonSite[];
  readonly indicators: readonly JsonConsolidatedIndicator[];
  /** More than one entry when the sites differ. */
  readonly years: readonly YearCount<number | null>[];
  readonly asOfs: readonly YearCount<string>[];
  /** Earlier summaries among the files given, left aside. */
  readonly skipped: readonly string[];
  readonly summary: {
    readonly files: number;
    readonly usable: number;
    readonly unusable: number;
    readonly ready: number;
    readonly readyToSend: boolean;
  };
}

/** "2020-12", as the report of a single dashboard writes it. */
export function yearMonthText(month: YearMonth): string {
  return `${month.year}-${String(month.month).padStart(2, '0')}`;
}

export function toConsolidationJson(
  consolidation: Consolidation,
  reasonText: (site: ConsolidatedSite) => string,
): JsonConsolidation {
  const { sites } = consolidation;
  return {
    schema: CONSOLIDATION_SCHEMA,
    year: consolidation.year,
    sites: sites.map((site) => ({
      file: site.file,
      site: site.site,
      sheet: site.sheet,
      year: site.year,
      asOf: site.asOf ? yearMonthText(site.asOf) : null,
      status: site.status,
      reason: site.reason === null ? null : reasonText(site),
      reasonCode: site.reason,
      readyToSend: site.readyToSend,
      errors: site.errors,
      warnings: site.warnings,
      missingMonths: site.missingMonths,
      corrections: site.corrections,
    })),
    indicators: consolidation.indicators.map((indicator) => ({
      engagement: indicator.engagement,
      label: indicator.label,
      unit: indicator.unit,
      matched: indicator.matched,
      missingAt: indicator.missingAt.map((index) => sites[index].file),
      bySite: indicator.bySite.map((result) => ({
        file: result.file,
        row: result.row,
        unit: result.unit,
        average: result.average,
        met: result.met,
        metReason: result.metReason,
      })),
    })),
    years: consolidation.years,
    asOfs: consolidation.asOfs.map((entry) => ({
      value: yearMonthText(entry.value),
      sites: entry.sites,
    })),
    skipped: consolidation.summaries,
    summary: {
      files: sites.length,
      usable: consolidation.usable,
      unusable: sites.length - consolidation.usable,
      ready: sites.filter((site) => site.readyToSend).length,
      readyToSend: consolidation.readyToSend,
    },
  };
}
