/**
 * The sentence of each WorkbookErrorCode: the file engine's English detail never shows in the
 * French one, which stays French from end to end; the English one keeps it when it gives one.
 */
import { fileProblemText } from '../../src/i18n/files';
import { WORKBOOK_ERROR_CODES, WORKBOOK_ERROR_DETAILS } from '../fixtures/workbook-error-details';

// Names both languages write alike: they may stand in the French sentence too.
const SHARED_NAMES = new Set(['excel', 'opendocument', 'ole', 'xml']);

/** The detail's English words; two-letter ones (a, an, no) may be French words as well. */
function englishWords(detail: string): string[] {
  return (detail.match(/[a-z][a-z0-9]{2,}/gi) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => !SHARED_NAMES.has(word));
}

function wordsOf(text: string): Set<string> {
  return new Set((text.match(/[\p{L}\d]+/gu) ?? []).map((word) => word.toLowerCase()));
}

const CASES = WORKBOOK_ERROR_CODES.flatMap((code) =>
  WORKBOOK_ERROR_DETAILS[code].flatMap((detail) =>
    [null, 'tableau.xlsx'].map((file) => ({ code, detail, file })),
  ),
);

describe('fileProblemText', () => {
  it.each(CASES)('$code, « $detail », file $file: French from end to end', (problem) => {
    const french = fileProblemText(problem.code, problem.file, 'fr', problem.detail);
    expect(french).toMatch(/^(Le|La|Ce) [^\n]+\.$/);
    if (problem.file !== null) expect(french).toContain('«\u00a0tableau.xlsx\u00a0»');
    expect(french).not.toContain(problem.detail);
    const words = wordsOf(french);
    expect(englishWords(problem.detail).filter((word) => words.has(word))).toEqual([]);
  });

  it('keeps the detail of a copy not produced in English, where support reads it', () => {
    for (const detail of WORKBOOK_ERROR_DETAILS.not_saved) {
      expect(fileProblemText('not_saved', 'tableau.xlsx', 'en', detail)).toBe(
        `The copy of file "tableau.xlsx" could not be produced (${detail}): the file was not changed; open it in Excel, save it again, then try again.`,
      );
    }
    expect(fileProblemText('not_saved', null, 'en')).toBe(
      'The copy of this file could not be produced: the file was not changed; open it in Excel, save it again, then try again.',
    );
  });

  it('tells in French what to do about a copy not produced', () => {
    expect(fileProblemText('not_saved', 'tableau.xlsx', 'fr', 'no worksheet Feuil1')).toBe(
      'La copie du fichier «\u00a0tableau.xlsx\u00a0» n’a pas pu être produite\u00a0: le fichier n’a pas été modifié\u202f; ouvrez-le dans Excel, enregistrez-le de nouveau, puis réessayez.',
    );
  });
});
