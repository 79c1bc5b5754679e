/**
 * The consolidation workbook's two sheets (design.md §7b): **Sites**, one row per file, and
 * **Indicateurs**, one row per indicator with each site's Moyenne in its unit's format and its
 * atteinte. The words come from the caller (src/i18n/consolidate.ts): the layout is the same in
 * every language, the sheet names too (other tools look them up).
 */
import type {
  ConsolidatedIndicator,
  ConsolidatedSite,
  Consolidation,
  SiteResult,
} from './consolidate';
import { AVERAGE_FORMATS } from './plan';
import type { SheetTable, TableCell, TableValue } from './sheet-table';
import { fittedWidths } from './sheet-table';
import type { Unit, YearMonth } from './types';

export const SITES_SHEET = 'Sites';
export const INDICATORS_SHEET = 'Indicateurs';

/** "synthese-2020.xlsx"; "synthese.xlsx" when no site gives its year. */
export function summaryFileName(year: number | null): string {
  return year === null ? 'synthese.xlsx' : `synthese-${year}.xlsx`;
}

export interface ConsolidationWords {
  /** File, site, sheet, year, as-of, ready, errors, warnings, missing months, to correct. */
  readonly siteHeaders: readonly string[];
  /** Engagement, indicator, unit, sites holding it, sites lacking it. */
  readonly indicatorHeaders: readonly string[];
  readonly siteColumn: (site: string, column: 'average' | 'met') => string;
  readonly unit: (unit: Unit) => string;
  readonly asOf: (month: YearMonth) => string;
  readonly ready: (site: ConsolidatedSite) => string;
  /** The reason an unusable file gives nothing, or what the site must correct; "" when nothing. */
  readonly toCorrect: (site: ConsolidatedSite) => string;
  readonly met: (result: SiteResult) => string;
  readonly noData: string;
  readonly presence: (held: number, usable: number) => string;
  readonly list: (items: readonly string[]) => string;
  /**
   * Sentences under the sites: years or as-of months that differ, earlier summaries left aside;
   * none when there is nothing to say.
   */
  readonly notes: (consolidation: Consolidation) => readonly string[];
}

/**
 * How each site is named in headers and charts: the site the dashboard names, else its file;
 * a name two files share gets its file added, so that no two columns read the same.
 */
export function siteLabels(sites: readonly ConsolidatedSite[]): string[] {
  const names = sites.map((site) => site.site ?? site.file);
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return names.map((name, i) =>
    (counts.get(name) ?? 0) > 1 && name !== sites[i].file ? `${name} (${sites[i].file})` : name,
  );
}

const text = (value: TableValue): TableCell => ({ value });
const header = (value: string): TableCell => ({ value, bold: true });

function sitesSheet(consolidation: Consolidation, words: ConsolidationWords): SheetTable {
  const rows: TableCell[][] = [words.siteHeaders.map(header)];
  for (const site of consolidation.sites) {
    rows.push([
      text(site.file),
      text(site.site),
      text(site.sheet),
      text(site.year),
      text(site.asOf ? words.asOf(site.asOf) : null),
      text(words.ready(site)),
      text(site.errors),
      text(site.warnings),
      text(site.missingMonths),
      text(words.toCorrect(site) || null),
    ]);
  }
  const notes = words.notes(consolidation);
  if (notes.length > 0) rows.push([], ...notes.map((note) => [text(note)]));
  // The notes run across the empty cells to their right: they need no width of their own.
  const widths = fittedWidths(rows.slice(0, consolidation.sites.length + 1));
  return { name: SITES_SHEET, rows, widths, frozenRows: 1 };
}

function resultCells(result: SiteResult | undefined, words: ConsolidationWords): TableCell[] {
  if (!result) return [text(null), text(null)];
  const average: TableCell =
    result.average === null
      ? text(words.noData)
      : { value: result.average, format: AVERAGE_FORMATS[result.unit] };
  return [average, text(words.met(result))];
}

function indicatorRow(
  indicator: ConsolidatedIndicator,
  usable: readonly ConsolidatedSite[],
  labels: readonly string[],
  words: ConsolidationWords,
): TableCell[] {
  const bySite = new Map(indicator.bySite.map((result) => [result.site, result]));
  return [
    text(indicator.engagement),
    text(indicator.label),
    text(words.unit(indicator.unit)),
    text(words.presence(indicator.bySite.length, usable.length)),
    text(words.list(indicator.missingAt.map((index) => labels[index])) || null),
    ...usable.flatMap((site) => resultCells(bySite.get(site.index), words)),
  ];
}

function indicatorsSheet(consolidation: Consolidation, words: ConsolidationWords): SheetTable {
  const usable = consolidation.sites.filter((site) => site.status === 'ok');
  const labels = siteLabels(consolidation.sites);
  const rows: TableCell[][] = [
    [
      ...words.indicatorHeaders.map(header),
      ...usable.flatMap((site) => [
        header(words.siteColumn(labels[site.index], 'average')),
        header(words.siteColumn(labels[site.index], 'met')),
      ]),
    ],
    ...consolidation.indicators.map((indicator) => indicatorRow(indicator, usable, labels, words)),
  ];
  return { name: INDICATORS_SHEET, rows, widths: fittedWidths(rows), frozenRows: 1 };
}

export function consolidationSheets(
  consolidation: Consolidation,
  words: ConsolidationWords,
): SheetTable[] {
  return [sitesSheet(consolidation, words), indicatorsSheet(consolidation, words)];
}
