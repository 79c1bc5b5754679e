/** The preview's consolidation view and its chart, rendered in jsdom, checked with axe. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';

import type { ConsolidatedIndicator } from '../../src/core/consolidate';
import { consolidate } from '../../src/core/consolidate';
import type { Lang } from '../../src/core/types';
import { formatAmount } from '../../src/i18n/text';
import { ConsolidationView } from '../../src/preview/ConsolidationView';
import { sharedObjective, siteChartGeometry } from '../../src/preview/site-chart';
import { AIX, ARLES, ISTRES, PREFECTURE_2021, siteInput } from '../fixtures/consolidation-sites';

const NBSP = '\u00a0';
const rate = (value: number) => formatAmount(value, 'rate', 'fr');

const consolidation = consolidate([
  siteInput('aix.xlsx', AIX),
  siteInput('arles.xlsx', ARLES),
  siteInput('istres.xlsx', ISTRES),
  { file: 'notes.xlsx', unusable: 'not_a_workbook' },
]);

function show(lang: Lang = 'fr') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ConsolidationView consolidation={consolidation} lang={lang} />
    </FluentProvider>,
  );
}

describe('ConsolidationView', () => {
  it('shows the sites first: who is ready, who must correct what, which file is unusable', () => {
    show();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Sites', 'Indicateurs']);
    const table = screen.getByRole('table', { name: /Un site par classeur ouvert/ });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent("aix.xlsxSous-préfecture d'AixTableau de bord 2020");
    expect(rows[1]).toHaveTextContent('non1161mois non rempli (1) : G22');
    expect(rows[2]).toHaveTextContent('oui010');
    expect(rows[3]).toHaveTextContent('saisie non reconnue (1)');
    expect(rows[4]).toHaveTextContent('inutilisable');
    expect(rows[4]).toHaveTextContent('Ce fichier n’est pas un classeur Excel .xlsx');
  });

  it('shows every indicator with each site’s average and atteinte, and a chart', () => {
    show();
    const cards = screen.getAllByRole('listitem');
    expect(cards).toHaveLength(consolidation.indicators.length);
    const calls = cards[0];
    expect(within(calls).getByRole('heading', { level: 4 }).textContent).toBe(
      "E10 · Taux d'appels aboutis",
    );
    const rows = within(within(calls).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'SiteMoyenneAtteinte',
      `Sous-préfecture d'Aix${rate(0.986833333333)}oui`,
      `Sous-préfecture d'Arles${rate(0.95)}oui`,
      `Sous-préfecture d'Istres${rate(0.8)}non`,
    ]);
    const chart = within(calls).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      `Taux d'appels aboutis, moyenne par site${NBSP}: Sous-préfecture d'Aix${NBSP}: ${rate(0.986833333333)}, oui\u202f; Sous-préfecture d'Arles${NBSP}: ${rate(0.95)}, oui\u202f; Sous-préfecture d'Istres${NBSP}: ${rate(0.8)}, non.`,
    );
    expect(chart.querySelectorAll('[data-part="missed"]')).toHaveLength(1);
    expect(chart.querySelectorAll('[data-part="objective"]')).toHaveLength(1);
    expect(calls).toHaveTextContent('Sites 3 / 3');
    const svi = cards[1];
    expect(svi).toHaveTextContent("Absent de Sous-préfecture d'Istres");
    // No site has a figure for the letters: no empty plot, the table says « Pas de données ».
    const letters = cards[2];
    expect(within(letters).queryByRole('img')).toBeNull();
    expect(letters).toHaveTextContent('Pas de donnéesnon évaluable');
  });

  it('notes differing years and speaks English', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ConsolidationView
          consolidation={consolidate([
            siteInput('a.xlsx', ARLES),
            siteInput('p.xlsx', PREFECTURE_2021),
          ])}
          lang="en"
        />
      </FluentProvider>,
    );
    expect(
      screen.getByText(/The sites’ years differ: 2020 \(1 site\) and 2021 \(1 site\)/),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Sites',
      'Indicators',
    ]);
  });

  it('has no accessibility violation', async () => {
    const { container } = show();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('siteChartGeometry', () => {
  const calls = consolidation.indicators[0];

  it('draws bars from zero, rates on a 100 % scale, the shared objective across', () => {
    const geometry = siteChartGeometry(calls);
    const [aix, arles, istres] = geometry.bars.map((bar) => bar.width ?? -1);
    expect(aix / arles).toBeCloseTo(0.986833333333 / 0.95, 6);
    expect(istres / arles).toBeCloseTo(0.8 / 0.95, 6);
    expect(geometry.objectiveX).toBeCloseTo(geometry.barLeft + (istres / 0.8) * 0.9, 6);
    expect(geometry.bars.map((bar) => bar.missed)).toEqual([false, false, true]);
  });

  it('draws no bar for a site without data and no objective when sites differ', () => {
    const mixed: ConsolidatedIndicator = {
      ...calls,
      unit: 'days',
      bySite: [
        { ...calls.bySite[0], average: null, objective: { text: '<5j', op: '<', value: 5 } },
        { ...calls.bySite[1], average: 3, objective: { text: '<4j', op: '<', value: 4 } },
      ],
    };
    expect(sharedObjective(mixed.bySite)).toBeNull();
    const geometry = siteChartGeometry(mixed);
    expect(geometry.bars[0].width).toBeNull();
    expect(geometry.bars[1].width).toBeGreaterThan(0);
    expect(geometry.objectiveX).toBeNull();
  });
});
