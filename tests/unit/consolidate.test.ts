/** The consolidation engine on analyses built from grids: the seed and the other sites. */
import type { SiteInput } from '../../src/core/consolidate';
import { consolidate, consolidationExit, indicatorKey } from '../../src/core/consolidate';
import { siteLabels } from '../../src/core/consolidate-sheets';
import { AIX, ARLES, ISTRES, PREFECTURE_2021, siteInput } from '../fixtures/consolidation-sites';

const aix = siteInput('aix.xlsx', AIX);
const arles = siteInput('arles.xlsx', ARLES);
const istres = siteInput('istres.xlsx', ISTRES);
const unusable: SiteInput = { file: 'notes.xlsx', unusable: 'not_a_workbook' };

const all = consolidate([aix, arles, istres, unusable]);

function indicator(engagement: string | null, label: string) {
  const found = all.indicators.filter(
    (item) => indicatorKey(item.engagement, item.label) === indicatorKey(engagement, label),
  );
  if (found.length === 0) throw new Error(`no indicator ${engagement} ${label}`);
  return found[0];
}

describe('indicatorKey', () => {
  it('ignores case, accents, spaces and the kind of apostrophe', () => {
    expect(indicatorKey('E10', "Taux d'appels aboutis SVI")).toBe(
      indicatorKey('e 10', 'TAUX  D’APPELS  ABOUTIS svi'),
    );
    expect(indicatorKey('E18', 'Délai moyen')).toBe(indicatorKey('E18', 'delai MOYEN'));
  });

  it('keeps apart what differs by engagement or by a word', () => {
    expect(indicatorKey('E17', 'Taux')).not.toBe(indicatorKey('E18', 'Taux'));
    expect(indicatorKey(null, 'Taux')).not.toBe(indicatorKey('E18', 'Taux'));
    expect(indicatorKey('E10', 'Taux aboutis')).not.toBe(indicatorKey('E10', 'Taux perdus'));
  });
});

describe('sites', () => {
  it('lists every file in the order given, the unusable one with its reason', () => {
    expect(all.sites.map((s) => [s.file, s.status, s.reason])).toEqual([
      ['aix.xlsx', 'ok', null],
      ['arles.xlsx', 'ok', null],
      ['istres.xlsx', 'ok', null],
      ['notes.xlsx', 'unusable', 'not_a_workbook'],
    ]);
    expect(all.usable).toBe(3);
  });

  it('gives each usable site its dashboard, counts and corrections', () => {
    expect(all.sites[0]).toMatchObject({
      site: "Sous-préfecture d'Aix",
      sheet: 'Tableau de bord 2020',
      year: 2020,
      asOf: { year: 2020, month: 12 },
      readyToSend: false,
      errors: 1,
      warnings: 16,
      missingMonths: 1,
      corrections: [{ code: 'MISSING_MONTH', cells: ['G22'] }],
    });
    expect(all.sites[1]).toMatchObject({
      site: "Sous-préfecture d'Arles",
      sheet: 'TDB 2020',
      readyToSend: true,
      errors: 0,
      warnings: 1,
      missingMonths: 0,
      corrections: [],
    });
    expect(all.sites[2]).toMatchObject({
      site: "Sous-préfecture d'Istres",
      readyToSend: false,
      errors: 2,
      missingMonths: 1,
      corrections: [
        { code: 'MISSING_MONTH', cells: ['C3'] },
        { code: 'UNRECOGNIZED_ENTRY', cells: ['D4'] },
      ],
    });
  });

  it('gives an unusable file no figures and never a "ready to send"', () => {
    expect(all.sites[3]).toEqual({
      index: 3,
      file: 'notes.xlsx',
      site: null,
      sheet: null,
      year: null,
      asOf: null,
      status: 'unusable',
      reason: 'not_a_workbook',
      readyToSend: false,
      errors: null,
      warnings: null,
      missingMonths: null,
      corrections: [],
    });
  });
});

describe('indicators', () => {
  it('matches the same indicator however each site typed it', () => {
    const svi = indicator('E10', "Taux d'appels aboutis SVI");
    expect(svi.label).toBe("Taux d'appels aboutis SVI");
    expect(svi.bySite.map((r) => [r.file, r.row, r.unit, r.average, r.met])).toEqual([
      ['aix.xlsx', 6, 'rate', 0.891083333333, false],
      ['arles.xlsx', 4, 'rate', 0.92, true],
    ]);
    expect(svi.matched).toBe(false);
    expect(svi.missingAt).toEqual([2]);
  });

  it('holds one indicator shared by all three sites, with each site’s average and atteinte', () => {
    const calls = indicator('E10', "Taux d'appels aboutis");
    expect(calls.matched).toBe(true);
    expect(calls.bySite.map((r) => [r.site, r.average, r.met, r.metReason])).toEqual([
      [0, 0.986833333333, true, null],
      [1, 0.95, true, null],
      [2, 0.8, false, null],
    ]);
    const delay = indicator('E18', 'Délai moyen de réponse aux courriels en jours ouvrés');
    expect(delay.unit).toBe('days');
    expect(delay.bySite.map((r) => [r.average, r.met])).toEqual([
      [2.36, true],
      [3, true],
      [6, false],
    ]);
  });

  it('lists the indicators only some sites hold, in the order they first appear', () => {
    expect(all.indicators).toHaveLength(20 + 1 + 1);
    const arlesOnly = indicator('E15', 'Nombre d’usagers reçus au point numérique');
    expect(arlesOnly.bySite.map((r) => r.file)).toEqual(['arles.xlsx']);
    expect(arlesOnly.missingAt).toEqual([0, 2]);
    expect(arlesOnly.bySite[0]).toMatchObject({ unit: 'count', average: 65, met: null });
    expect(arlesOnly.bySite[0].metReason).toBe('no_objective');
    const istresOnly = all.indicators[all.indicators.length - 1];
    expect(istresOnly.label).toBe("Taux de satisfaction des usagers à l'accueil");
    expect(all.indicators.filter((i) => i.matched).map((i) => i.label)).toEqual([
      "Taux d'appels aboutis",
      'Délai moyen de réponse aux courriels en jours ouvrés',
    ]);
  });

  it('keeps two rows of one site with the same label as two indicators', () => {
    const twice = all.indicators.filter(
      (i) => i.engagement === 'E37' && i.label === 'Délai moyen de réponse',
    );
    expect(twice.map((i) => i.bySite.map((r) => r.row))).toEqual([[18], [20]]);
  });

  it('keeps the first site’s section and each site’s own objective text', () => {
    const calls = indicator('E10', "Taux d'appels aboutis");
    expect(calls.section).toBe('accueil téléphonique');
    expect(calls.bySite.map((r) => r.objectiveText)).toEqual(['90%', '90,0%', '90,0%']);
  });
});

describe('years and as-of months', () => {
  it('agree when every site is the same year, checked to the same month', () => {
    expect(all.year).toBe(2020);
    expect(all.years).toEqual([{ value: 2020, sites: 3 }]);
    expect(all.asOfs).toEqual([{ value: { year: 2020, month: 12 }, sites: 3 }]);
  });

  it('are reported when they differ, the year most sites give used for the summary', () => {
    const mixed = consolidate([
      aix,
      siteInput('prefecture.xlsx', PREFECTURE_2021, { year: 2021, month: 6 }),
      arles,
    ]);
    expect(mixed.year).toBe(2020);
    expect(mixed.years).toEqual([
      { value: 2020, sites: 2 },
      { value: 2021, sites: 1 },
    ]);
    expect(mixed.asOfs).toEqual([
      { value: { year: 2020, month: 12 }, sites: 2 },
      { value: { year: 2021, month: 6 }, sites: 1 },
    ]);
  });

  it('take the earlier year when as many sites give each', () => {
    const tie = consolidate([siteInput('p.xlsx', PREFECTURE_2021), arles]);
    expect(tie.year).toBe(2020);
  });
});

describe('exit code', () => {
  it('is 0 when every site is ready to send', () => {
    const ready = consolidate([arles]);
    expect(ready.readyToSend).toBe(true);
    expect(consolidationExit(ready)).toBe(0);
  });

  it('is 1 when a site has errors or a file is unusable', () => {
    expect(consolidationExit(all)).toBe(1);
    expect(consolidationExit(consolidate([arles, unusable]))).toBe(1);
    expect(consolidationExit(consolidate([arles, istres]))).toBe(1);
  });

  it('is 2 when no file is usable, or none was given', () => {
    const none = consolidate([unusable, { file: 'x.xlsx', unusable: 'missing_file' }]);
    expect(none.usable).toBe(0);
    expect(none.indicators).toEqual([]);
    expect(none.year).toBeNull();
    expect(consolidationExit(none)).toBe(2);
    expect(consolidationExit(consolidate([]))).toBe(2);
  });
});

describe('earlier summaries among the files', () => {
  it('are no site, do not fail the consolidation, and are named', () => {
    const again = consolidate([
      arles,
      { file: 'synthese-2020.xlsx', unusable: 'consolidation_summary' },
    ]);
    expect(again.sites.map((s) => s.file)).toEqual(['arles.xlsx']);
    expect(again.summaries).toEqual(['synthese-2020.xlsx']);
    expect(consolidationExit(again)).toBe(0);
    expect(all.summaries).toEqual([]);
  });
});

describe('siteLabels', () => {
  it('names each site by its dashboard, else by its file, and tells twins apart', () => {
    const twins = consolidate([aix, siteInput('aix-copie.xlsx', AIX), unusable]);
    expect(siteLabels(twins.sites)).toEqual([
      "Sous-préfecture d'Aix (aix.xlsx)",
      "Sous-préfecture d'Aix (aix-copie.xlsx)",
      'notes.xlsx',
    ]);
    expect(siteLabels(all.sites).slice(0, 3)).toEqual([
      "Sous-préfecture d'Aix",
      "Sous-préfecture d'Arles",
      "Sous-préfecture d'Istres",
    ]);
  });
});
