/**
 * Dashboards of any length for the benchmarks: the seed's header rows, then its twenty
 * indicator rows repeated (formulas pointing at their own row, section merges repeated).
 */
import { parseRangeA1, rangeA1 } from '../src/core/address';
import type { Grid } from '../src/core/grid';
import type { CellSpec } from '../tests/helpers/grid';
import { buildGrid } from '../tests/helpers/grid';
import { SEED_MERGES, SEED_ROWS } from '../tests/fixtures/seed-dashboard';
import type { SheetSpec } from '../tests/fixtures/variants/build-workbook';

const HEADER_ROWS = 4;
const SEED_INDICATORS = SEED_ROWS.length - HEADER_ROWS;

/** The CellSpec moved to another row: formulas follow ("=AVERAGE(G5:R5)" → G45:R45). */
function movedTo(spec: CellSpec, fromRow: number, toRow: number): CellSpec {
  if (spec === null || typeof spec !== 'object' || spec.formula === undefined) return spec;
  const formula = spec.formula.replace(new RegExp(`([A-Z])${fromRow}\\b`, 'g'), `$1${toRow}`);
  return { ...spec, formula };
}

function rows(indicators: number): CellSpec[][] {
  const result: CellSpec[][] = SEED_ROWS.slice(0, HEADER_ROWS).map((row) => [...row]);
  for (let i = 0; i < indicators; i++) {
    const source = HEADER_ROWS + (i % SEED_INDICATORS);
    const target = HEADER_ROWS + i;
    result.push(SEED_ROWS[source].map((spec) => movedTo(spec, source + 1, target + 1)));
  }
  return result;
}

function merges(indicators: number): string[] {
  const header = SEED_MERGES.filter((merge) => (parseRangeA1(merge)?.top ?? 0) < HEADER_ROWS);
  const sections = SEED_MERGES.map(parseRangeA1).filter(
    (range): range is NonNullable<typeof range> => range !== null && range.top >= HEADER_ROWS,
  );
  const result = [...header];
  for (let block = 0; block * SEED_INDICATORS < indicators; block++) {
    const shift = block * SEED_INDICATORS;
    for (const range of sections) {
      if (range.bottom + shift >= HEADER_ROWS + indicators) continue;
      result.push(rangeA1({ ...range, top: range.top + shift, bottom: range.bottom + shift }));
    }
  }
  return result;
}

export function dashboardGrid(indicators: number): Grid {
  return buildGrid(rows(indicators), { sheet: 'Tableau de bord 2020', merges: merges(indicators) });
}

export function dashboardSheet(indicators: number): SheetSpec {
  return { name: 'Tableau de bord 2020', rows: rows(indicators), merges: merges(indicators) };
}
