/** The two sheets' layout, on analyses built from grids: what each cell holds and its format. */

import { consolidate } from '../../src/core/consolidate';
import {
  INDICATORS_SHEET,
  SITES_SHEET,
  consolidationSheets,
  summaryFileName,
} from '../../src/core/consolidate-sheets';
import type { TableCell } from '../../src/core/sheet-table';
import { consolidationWords } from '../../src/i18n/consolidate';
import { ARLES, ISTRES, PREFECTURE_2021, siteInput } from '../fixtures/consolidation-sites';

const values = (row: readonly TableCell[] | undefined) => (row ?? []).map((cell) => cell.value);

describe('consolidationSheets', () => {
  const consolidation = consolidate([
    siteInput('arles.xlsx', ARLES),
    { file: 'x.xlsx', unusable: 'damaged' },
    siteInput('istres.xlsx', ISTRES),
  ]);
  const [sites, indicators] = consolidationSheets(consolidation, consolidationWords('fr'));

  it('names the sheets Sites and Indicateurs, headers bold and frozen', () => {
    expect([sites.name, indicators.name]).toEqual([SITES_SHEET, INDICATORS_SHEET]);
    expect(sites.rows[0].every((cell) => cell.bold)).toBe(true);
    expect(indicators.rows[0].every((cell) => cell.bold)).toBe(true);
    expect(sites.frozenRows).toBe(1);
    expect(indicators.frozenRows).toBe(1);
    expect(sites.widths).toHaveLength(10);
  });

  it('gives the usable sites two columns each, the unusable none', () => {
    expect(values(indicators.rows[0]).slice(5)).toEqual([
      "Sous-préfecture d'Arles – Moyenne",
      "Sous-préfecture d'Arles – Atteinte",
      "Sous-préfecture d'Istres – Moyenne",
      "Sous-préfecture d'Istres – Atteinte",
    ]);
  });

  it('writes each Moyenne in its unit’s format, blank where the site lacks the indicator', () => {
    const delay = indicators.rows[3];
    expect(values(delay).slice(0, 3)).toEqual([
      'E18',
      'Delai moyen de reponse aux courriels en jours ouvres',
      'délai (jours)',
    ]);
    expect(delay[5]).toEqual({ value: 3, format: '0.0 "j"' });
    expect(delay[7]).toEqual({ value: 6, format: '0.0 "j"' });
    const count = indicators.rows[4];
    expect(count[5]).toEqual({ value: 65, format: '0.0' });
    expect(count[7]).toEqual({ value: null });
    expect(count[8]).toEqual({ value: null });
    expect(indicators.rows[1][5]).toEqual({ value: 0.95, format: '0.0%' });
  });

  it('writes no notes when the sites agree, and notes them when not', () => {
    expect(sites.rows).toHaveLength(4);
    const [mixed] = consolidationSheets(
      consolidate([siteInput('a.xlsx', ARLES), siteInput('p.xlsx', PREFECTURE_2021)]),
      consolidationWords('en'),
    );
    expect(values(mixed.rows[3])).toEqual([]);
    expect(values(mixed.rows[4])).toEqual([
      'The sites’ years differ: 2020 (1 site) and 2021 (1 site).',
    ]);
    // The notes run across the empty cells: they do not widen the first column.
    expect(mixed.widths[0]).toBeLessThan(20);
  });
});

describe('summaryFileName', () => {
  it('is named after the year', () => {
    expect(summaryFileName(2020)).toBe('synthese-2020.xlsx');
    expect(summaryFileName(null)).toBe('synthese.xlsx');
  });
});
