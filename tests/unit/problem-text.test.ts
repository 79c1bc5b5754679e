/** The sentence of each problem, French and English, on the golden dashboards. */
import { analyse } from '../../src/core/analyse';
import type { Problem, ProblemKind } from '../../src/core/problems';
import { problemsOf } from '../../src/core/problems';
import { problemText } from '../../src/i18n/problems';
import { GOLDEN_CASES } from '../fixtures/golden/cases';

const TODAY = { year: 2026, month: 11 };

const problems: Problem[] = GOLDEN_CASES.flatMap((golden) =>
  problemsOf(analyse(golden.grid, golden.dashboard, { asOf: golden.asOf, today: TODAY })),
);

function first(kind: ProblemKind): Problem {
  const found = problems.find((problem) => problem.kind === kind);
  if (!found) throw new Error(`no ${kind}`);
  return found;
}

const KINDS: readonly ProblemKind[] = [
  'missing_months',
  'not_yet_filled',
  'unrecognized_entry',
  'cell_error',
  'out_of_range',
  'text_number',
  'unit_mismatch',
  'suspicious_value',
  'objective_missed',
  'objective_unreadable',
  'average',
  'notes',
];

describe('problem sentences', () => {
  it.each(KINDS)('%s has a French and an English sentence', (kind) => {
    const problem = first(kind);
    const fr = problemText(problem, 'fr');
    const en = problemText(problem, 'en');
    expect(fr).toMatch(/^\p{Lu}.*\.$/u);
    expect(en).toMatch(/^\p{Lu}.*\.$/u);
    expect(fr).not.toEqual(en);
  });

  it('asks to check a suspicious value before explaining the gap', () => {
    const svi = problems.find((p) => p.key === 'suspicious_value:6:8');
    const fr = svi ? problemText(svi, 'fr') : '';
    expect(fr.indexOf('Vérifier la saisie')).toBeGreaterThan(0);
    expect(fr.indexOf('Vérifier la saisie')).toBeLessThan(fr.indexOf('expliquer'));
  });

  it('tells an indicator’s infos as month ranges', () => {
    const visitors = problems.find((p) => p.key === 'notes:22');
    expect(visitors && problemText(visitors, 'fr')).toMatch(
      /^Février\u00a0: -\u202f; mars-juin\u00a0: COVID\u202f; juill\.-déc\.\u00a0: Fermés\u202f; pas d.objectif annuel/,
    );
  });

  it('names the as-of month to check up to when months are not filled yet', () => {
    const fold = first('not_yet_filled');
    expect(problemText(fold, 'fr')).toMatch(
      /^Octobre à décembre\u00a0: rien n.est saisi pour 20 indicateurs, .* arrêter le contrôle à septembre 2020\.$/,
    );
    expect(problemText(fold, 'en')).toContain('check up to September 2020');
  });
});
