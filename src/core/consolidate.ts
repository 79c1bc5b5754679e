/**
 * The préfecture's view of its sites (design.md §7b): from each site's analysis, or the reason
 * its file could not be used, one model of which site is ready to send and how each indicator
 * went at each site. Facts only; the sentences are written by src/i18n/consolidate.ts.
 */
import { compact } from './normalize';
import type {
  Analysis,
  FindingCode,
  MetReason,
  Objective,
  RecognitionFailure,
  Unit,
  YearMonth,
} from './types';
import type { WorkbookErrorCode } from './workbook-error-code';

/**
 * Why a file gave no dashboard: the file system (missing, a folder, no access), the package
 * (the file engine's reasons: not a workbook, a password, an .xls, .ods or .xlsb, damaged, too
 * large, unsafe XML), or recognition (no sheet holds a dashboard).
 */
export type UnusableReason =
  | 'missing_file'
  | 'is_directory'
  | 'unreadable'
  /** A read never fails with not_saved: only a write does. */
  | Exclude<WorkbookErrorCode, 'not_saved'>
  /** No dashboard, but the two sheets this consolidation writes: an earlier summary. */
  | 'consolidation_summary'
  | RecognitionFailure;

/** One input file: its analysis, or why there is none. */
export type SiteInput =
  | { readonly file: string; readonly analysis: Analysis }
  | { readonly file: string; readonly unusable: UnusableReason };

/** The error findings of one code at a site, with their cells: what the site must correct. */
export interface Correction {
  readonly code: FindingCode;
  readonly cells: readonly string[];
}

export interface ConsolidatedSite {
  /** Position among the inputs, which is also the site's order everywhere. */
  readonly index: number;
  readonly file: string;
  /** The site as the dashboard names it; null when it does not, or the file is unusable. */
  readonly site: string | null;
  readonly sheet: string | null;
  readonly year: number | null;
  readonly asOf: YearMonth | null;
  readonly status: 'ok' | 'unusable';
  readonly reason: UnusableReason | null;
  /** False for an unusable file: nothing can be sent. */
  readonly readyToSend: boolean;
  /** Null for an unusable file. */
  readonly errors: number | null;
  readonly warnings: number | null;
  readonly missingMonths: number | null;
  readonly corrections: readonly Correction[];
}

/** An indicator's result at one site. */
export interface SiteResult {
  readonly site: number;
  readonly file: string;
  /** 1-based row of the indicator in the site's dashboard. */
  readonly row: number;
  readonly unit: Unit;
  readonly average: number | null;
  readonly met: boolean | null;
  readonly metReason: MetReason | null;
  readonly objectiveText: string;
  readonly objective: Objective | null;
}

export interface ConsolidatedIndicator {
  readonly engagement: string | null;
  /** As the first site holding it writes it. */
  readonly label: string;
  readonly section: string | null;
  /** The first site's unit; each site's own is in `bySite`. */
  readonly unit: Unit;
  /** The usable sites that hold the indicator, in site order. */
  readonly bySite: readonly SiteResult[];
  /** Held by every usable site; an indicator some sites lack is listed all the same. */
  readonly matched: boolean;
  /** Indices of the usable sites that lack it. */
  readonly missingAt: readonly number[];
}

export interface YearCount<T> {
  readonly value: T;
  readonly sites: number;
}

export interface Consolidation {
  readonly sites: readonly ConsolidatedSite[];
  readonly indicators: readonly ConsolidatedIndicator[];
  /** The year most usable sites report (the earliest among equals); null when none does. */
  readonly year: number | null;
  /** Each year the usable sites report, with how many; more than one when they differ. */
  readonly years: readonly YearCount<number | null>[];
  readonly asOfs: readonly YearCount<YearMonth>[];
  readonly usable: number;
  /** Every file usable and every site ready to send. */
  readonly readyToSend: boolean;
  /**
   * Files that are earlier summaries (`*.xlsx` in a folder picks up last run's): no site, so
   * neither a row nor a reason to fail, but named in the notes.
   */
  readonly summaries: readonly string[];
}

/** An earlier summary among the inputs: not a site. */
export function isSummary(input: SiteInput): boolean {
  return 'unusable' in input && input.unusable === 'consolidation_summary';
}

/**
 * Two labels name the same indicator when they differ only by case, accents, spaces or the
 * apostrophe typed ("d'infos", "d’infos": Word and Excel replace one with the other).
 */
export function indicatorKey(engagement: string | null, label: string): string {
  const fold = (text: string) => compact(text).replace(/[’‘`´]/g, "'");
  return `${fold(engagement ?? '')}\u0000${fold(label)}`;
}

function correctionsOf(analysis: Analysis): Correction[] {
  const byCode = new Map<FindingCode, string[]>();
  for (const finding of analysis.findings) {
    if (finding.severity !== 'error') continue;
    const cells = byCode.get(finding.code);
    if (cells) cells.push(finding.cell);
    else byCode.set(finding.code, [finding.cell]);
  }
  return [...byCode].map(([code, cells]) => ({ code, cells }));
}

function siteOf(input: SiteInput, index: number): ConsolidatedSite {
  if ('unusable' in input)
    return {
      index,
      file: input.file,
      site: null,
      sheet: null,
      year: null,
      asOf: null,
      status: 'unusable',
      reason: input.unusable,
      readyToSend: false,
      errors: null,
      warnings: null,
      missingMonths: null,
      corrections: [],
    };
  const { analysis } = input;
  const { dashboard, summary } = analysis;
  return {
    index,
    file: input.file,
    site: dashboard.site,
    sheet: dashboard.sheet,
    year: dashboard.year,
    asOf: analysis.asOf,
    status: 'ok',
    reason: null,
    readyToSend: summary.readyToSend,
    errors: summary.errors,
    warnings: summary.warnings,
    missingMonths: analysis.findings.filter((finding) => finding.code === 'MISSING_MONTH').length,
    corrections: correctionsOf(analysis),
  };
}

interface Gathered {
  readonly engagement: string | null;
  readonly label: string;
  readonly section: string | null;
  readonly bySite: SiteResult[];
}

/**
 * Indicators in the order they first appear, site after site. The same key twice in one
 * dashboard (two sections with the same label) stays two indicators: the n-th occurrence at a
 * site is matched with the n-th at the others, so nothing is merged away.
 */
function gatherIndicators(inputs: readonly SiteInput[]): Gathered[] {
  const byKey = new Map<string, Gathered>();
  inputs.forEach((input, site) => {
    if (!('analysis' in input)) return;
    const seen = new Map<string, number>();
    for (const indicator of input.analysis.indicators) {
      const base = indicatorKey(indicator.engagement, indicator.label);
      const occurrence = seen.get(base) ?? 0;
      seen.set(base, occurrence + 1);
      const key = `${base}\u0000${occurrence}`;
      let gathered = byKey.get(key);
      if (!gathered) {
        gathered = {
          engagement: indicator.engagement,
          label: indicator.label,
          section: indicator.section,
          bySite: [],
        };
        byKey.set(key, gathered);
      }
      gathered.bySite.push({
        site,
        file: input.file,
        row: indicator.row + 1,
        unit: indicator.unit,
        average: indicator.average,
        met: indicator.met,
        metReason: indicator.metReason,
        objectiveText: indicator.objectiveText,
        objective: indicator.objective,
      });
    }
  });
  return [...byKey.values()];
}

function counted<T>(values: readonly T[], keyOf: (value: T) => string): YearCount<T>[] {
  const counts = new Map<string, { value: T; sites: number }>();
  for (const value of values) {
    const key = keyOf(value);
    const entry = counts.get(key);
    if (entry) entry.sites += 1;
    else counts.set(key, { value, sites: 1 });
  }
  return [...counts.values()];
}

function mainYear(years: readonly YearCount<number | null>[]): number | null {
  let best: YearCount<number> | null = null;
  for (const entry of years) {
    if (entry.value === null) continue;
    if (
      !best ||
      entry.sites > best.sites ||
      (entry.sites === best.sites && entry.value < best.value)
    )
      best = { value: entry.value, sites: entry.sites };
  }
  return best?.value ?? null;
}

const monthKey = (month: YearMonth) => `${month.year}-${month.month}`;

export function consolidate(allInputs: readonly SiteInput[]): Consolidation {
  const inputs = allInputs.filter((input) => !isSummary(input));
  const sites = inputs.map(siteOf);
  const usableSites = sites.filter((site) => site.status === 'ok');
  const indicators = gatherIndicators(inputs).map((gathered): ConsolidatedIndicator => {
    const present = new Set(gathered.bySite.map((result) => result.site));
    const missingAt = usableSites.map((site) => site.index).filter((index) => !present.has(index));
    return {
      ...gathered,
      unit: gathered.bySite[0].unit,
      matched: missingAt.length === 0,
      missingAt,
    };
  });
  const years = counted(
    usableSites.map((site) => site.year),
    (year) => String(year),
  );
  const asOfs = counted(
    usableSites.flatMap((site) => (site.asOf ? [site.asOf] : [])),
    monthKey,
  );
  return {
    sites,
    indicators,
    year: mainYear(years),
    years,
    asOfs,
    usable: usableSites.length,
    readyToSend: sites.length > 0 && sites.every((site) => site.readyToSend),
    summaries: allInputs.filter(isSummary).map((input) => input.file),
  };
}

/** The command's exit code (design.md §7b): 0 all ready, 1 errors or an unusable file, 2 none usable. */
export function consolidationExit(consolidation: Consolidation): 0 | 1 | 2 {
  if (consolidation.usable === 0) return 2;
  return consolidation.readyToSend ? 0 : 1;
}
