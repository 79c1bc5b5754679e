/** The consolidation's sentences: every reason said in both languages, in French typography. */
import type { ConsolidatedSite, UnusableReason } from '../../src/core/consolidate';
import { consolidate } from '../../src/core/consolidate';
import { list } from '../../src/i18n/text';
import {
  consolidationReport,
  correctionsText,
  notesText,
  nothingUsableText,
  progressText,
  unusableText,
} from '../../src/i18n/consolidate';

const REASONS: UnusableReason[] = [
  'missing_file',
  'is_directory',
  'unreadable',
  'not_a_workbook',
  'encrypted',
  'legacy_xls',
  'ods',
  'xlsb',
  'damaged',
  'too_large',
  'unsafe_xml',
  'consolidation_summary',
  'empty_sheet',
  'no_month_headers',
  'no_label_column',
  'no_rows',
];

/** A plain space before a colon, semicolon, mark or percent: French wants a no-break one. */
const PLAIN_SPACE_BEFORE = / [:;!?%]/;

function site(corrections: ConsolidatedSite['corrections']): ConsolidatedSite {
  return {
    index: 0,
    file: 'arles.xlsx',
    site: 'Arles',
    sheet: 'TDB',
    year: 2020,
    asOf: { year: 2020, month: 12 },
    status: 'ok',
    reason: null,
    readyToSend: false,
    errors: 9,
    warnings: 0,
    missingMonths: 8,
    corrections,
  };
}

describe('unusableText', () => {
  it.each(REASONS)('says why %s, in French and in English', (reason) => {
    const fr = unusableText(reason, 'fr');
    const en = unusableText(reason, 'en');
    expect(fr).toMatch(/\.$/);
    expect(en).toMatch(/\.$/);
    expect(fr).not.toBe(en);
  });

  it('writes its own reasons in French typography', () => {
    const own = REASONS.filter((reason) => unusableText(reason, 'fr').startsWith('Fichier'));
    expect(own).toHaveLength(8);
    for (const reason of own) {
      const text = unusableText(reason, 'fr');
      expect(text).not.toMatch(PLAIN_SPACE_BEFORE);
      expect(text).not.toContain("'");
    }
  });
});

describe('correctionsText', () => {
  it('names each kind of error with its cells, the first six in full', () => {
    const cells = ['G5', 'H5', 'I5', 'J5', 'K5', 'L5', 'M5', 'N5'];
    const text = correctionsText(
      site([
        { code: 'MISSING_MONTH', cells },
        { code: 'CELL_ERROR', cells: ['T9'] },
      ]),
      'fr',
    );
    expect(text).toBe(
      'mois non rempli (8)\u00a0: G5, H5, I5, J5, K5, L5 et 2 autres\u202f; erreur Excel dans un mois (1)\u00a0: T9',
    );
    expect(correctionsText(site([{ code: 'OUT_OF_RANGE', cells: ['G5'] }]), 'en')).toBe(
      'value out of range (1): G5',
    );
  });
});

describe('the command’s words', () => {
  it('counts progress and says when nothing was usable', () => {
    expect(progressText(40, 100, 'fr')).toBe('Lecture des classeurs\u00a0: 40/100');
    expect(progressText(40, 100, 'en')).toBe('Reading workbooks: 40/100');
    expect(nothingUsableText(1, 'fr')).not.toMatch(PLAIN_SPACE_BEFORE);
    expect(nothingUsableText(3, 'en')).toBe(
      'None of the 3 files is a usable dashboard: no summary written.',
    );
  });

  it('lists in each language', () => {
    expect(list(['Aix', 'Arles', 'Istres'], 'fr')).toBe('Aix, Arles et Istres');
    expect(list(['Aix', 'Arles'], 'en')).toBe('Aix and Arles');
    expect(list([], 'fr')).toBe('');
  });

  it('prints a readable summary without plain spaces before French punctuation', () => {
    const consolidation = consolidate([
      { file: 'a.xlsx', unusable: 'missing_file' },
      { file: 'synthese.xlsx', unusable: 'consolidation_summary' },
    ]);
    const report = consolidationReport(consolidation, null, 'fr');
    expect(report).not.toMatch(PLAIN_SPACE_BEFORE);
    expect(report).toContain('Sites prêts à envoyer\u00a0: 0 sur 1.');
    expect(notesText(consolidation, 'en')).toEqual([
      'synthese.xlsx is an earlier summary, not a site’s dashboard: left aside.',
    ]);
  });
});
