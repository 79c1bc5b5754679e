/** Finding messages: every code in both languages, numbers written the language's way. */
import { a1 } from '../../src/core/address';
import { FINDING_CODES } from '../../src/core/catalogue';
import type { FindingFacts } from '../../src/core/findings';
import { findingAt } from '../../src/core/findings';
import type { Finding, Lang, Unit } from '../../src/core/types';
import { findingMessage } from '../../src/i18n/findings';
import { formatAmount } from '../../src/i18n/text';

const SAMPLES: readonly FindingFacts[] = [
  { code: 'MISSING_MONTH' },
  { code: 'UNRECOGNIZED_ENTRY', text: 'abc' },
  { code: 'CELL_ERROR', text: '#REF!' },
  { code: 'OUT_OF_RANGE', text: '150%', reason: 'over_100' },
  { code: 'OUT_OF_RANGE', text: '-2', reason: 'negative' },
  { code: 'TEXT_NUMBER', text: '96.8%', value: 0.968 },
  { code: 'SUSPICIOUS_VALUE', text: '0,0%', value: 0, median: 0.981 },
  { code: 'OBJECTIVE_MISSED_MONTH', text: '87,9%', value: 0.879, objective: '90%' },
  { code: 'OBJECTIVE_MISSED', average: 0.8910833, objective: '90%' },
  { code: 'MISSING_JUSTIFICATION', objective: '90%', months: [8], year: false },
  { code: 'OBJECTIVE_UNREADABLE', text: 'bon' },
  { code: 'UNIT_MISMATCH', kind: 'month_rate_without_percent', text: '99', value: 0.99 },
  { code: 'UNIT_MISMATCH', kind: 'month_percent', text: '600%', value: 6 },
  { code: 'UNIT_MISMATCH', kind: 'average_not_percent', text: '1', value: 0.95 },
  { code: 'UNIT_MISMATCH', kind: 'average_percent', text: '600%', value: 6 },
  { code: 'AVERAGE_OUTDATED', text: '98,70%', average: 0.9868333, error: false },
  { code: 'AVERAGE_OUTDATED', text: '#DIV/0!', average: null, error: true },
  { code: 'AVERAGE_OUTDATED', text: '5', average: null, error: false },
  { code: 'SUSPENDED_MONTH', text: 'COVID' },
  { code: 'CLOSED_MONTH', text: 'Fermés' },
  { code: 'NOT_AVAILABLE_MONTH', text: '-' },
  { code: 'NO_DATA' },
  { code: 'NO_OBJECTIVE' },
];

const subject = { label: 'Taux de réponse', unit: 'rate' as Unit };

/** The finding of `facts` on month `month` (column H for August), about `subject`. */
function on(facts: FindingFacts, month: number | null = 8): Finding {
  const place = { row: 5, col: 7, month };
  return findingAt(facts, place, a1(place.row, place.col), subject);
}

function message(facts: FindingFacts, lang: Lang, month: number | null = 8): string {
  return findingMessage(on(facts, month), lang);
}

describe('finding messages', () => {
  it('has a sample for every code', () => {
    const covered = new Set(SAMPLES.map((s) => s.code));
    expect([...covered].sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(SAMPLES.map((facts) => [facts.code, facts] as const))(
    '%s names the indicator in French and in English',
    (_code, facts) => {
      const fr = message(facts, 'fr');
      const en = message(facts, 'en');
      expect(fr).toContain('«\u00a0Taux de réponse\u00a0»');
      expect(en).toContain('"Taux de réponse"');
      expect(fr).not.toEqual(en);
      expect(fr).toMatch(/\.$/);
      expect(en).toMatch(/\.$/);
    },
  );

  it('starts a month finding with the month', () => {
    const fr = message({ code: 'MISSING_MONTH' }, 'fr');
    expect(fr).toMatch(/^Août\u00a0: /);
    expect(message({ code: 'MISSING_MONTH' }, 'en')).toMatch(/^August: /);
  });

  it('quotes the value as typed and the objective as written', () => {
    const fr = message(
      { code: 'OBJECTIVE_MISSED_MONTH', text: '87,9%', value: 0.879, objective: '90%' },
      'fr',
      11,
    );
    expect(fr).toBe(
      'Novembre\u00a0: 87,9\u202f% pour «\u00a0Taux de réponse\u00a0» ne respecte pas l’objectif «\u00a090%\u00a0». ' +
        'Expliquer l’écart dans les commentaires.',
    );
  });

  it('builds a finding at its cell with its severity', () => {
    const finding = findingAt({ code: 'NO_DATA' }, { row: 12, col: 19, month: null }, 'T13', {
      label: 'Taux',
      unit: 'rate',
    });
    expect(finding).toMatchObject({
      code: 'NO_DATA',
      severity: 'info',
      cell: 'T13',
      row: 12,
      col: 19,
      month: null,
    });
  });
});

describe('numbers in messages', () => {
  it.each([
    [0.981, 'rate', '98,1\u202f%', '98.1%'],
    [0.9868333, 'rate', '98,68\u202f%', '98.68%'],
    [0, 'rate', '0,0\u202f%', '0.0%'],
    [1, 'rate', '100,0\u202f%', '100.0%'],
    [2.36, 'days', '2,36\u00a0j', '2.36 days'],
    [1, 'days', '1\u00a0j', '1 day'],
    [6, 'days', '6\u00a0j', '6 days'],
    [38.25, 'count', '38,25', '38.25'],
    [26.5, 'count', '26,5', '26.5'],
    [-0.001, 'count', '0', '0'],
  ] as const)('%f (%s) is "%s" in French, "%s" in English', (value, unit, fr, en) => {
    expect(formatAmount(value, unit, 'fr')).toBe(fr);
    expect(formatAmount(value, unit, 'en')).toBe(en);
  });
});
