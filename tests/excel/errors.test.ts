/** Excel's errors in the agent's words. */
import { toGatewayError } from '../../src/excel/errors';
import { GatewayError } from '../../src/gateway/types';
import { EXCEL_ERROR_CODES, excelMessages } from '../../src/i18n/excel';
import { FakeOfficeError } from './fake/api';

describe('toGatewayError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell_editing'],
    ['AccessDenied', 'protected_sheet'],
    ['ApiNotFound', 'unsupported_version'],
    ['GeneralException', 'unexpected'],
  ])('turns %s into %s', (code, expected) => {
    const error = toGatewayError(new FakeOfficeError(code, 'x'), 'fr');
    expect(error.code).toBe(expected);
    expect(error.message).not.toBe('x');
  });

  it('names the sheet that was not found', () => {
    const error = toGatewayError(new FakeOfficeError('ItemNotFound', 'x'), 'fr', {
      sheet: 'TDB 2019',
    });
    expect(error.code).toBe('unknown_sheet');
    expect(error.message).toContain('«\u00a0TDB 2019\u00a0»');
  });

  it('says Office is missing when Excel is not defined', () => {
    expect(toGatewayError(new ReferenceError('Excel is not defined'), 'en').code).toBe(
      'office_unavailable',
    );
  });

  it('keeps a GatewayError as it is, and speaks English when asked', () => {
    const original = new GatewayError('nothing_to_undo', 'Rien');
    expect(toGatewayError(original, 'fr')).toBe(original);
    expect(toGatewayError(new FakeOfficeError('AccessDenied', 'x'), 'en').message).toMatch(
      /refused/,
    );
  });
});

describe('every Excel error code', () => {
  it.each(EXCEL_ERROR_CODES.map((code) => [code]))(
    'explains %s in one French sentence, and in English',
    (code) => {
      const fr = toGatewayError(new FakeOfficeError(code, 'raw'), 'fr');
      const en = toGatewayError(new FakeOfficeError(code, 'raw'), 'en');
      expect(fr.message).not.toContain('raw');
      expect(fr.message).toBe(excelMessages('fr').errorCodes[code]);
      expect(en.message).toBe(excelMessages('en').errorCodes[code]);
      // French typography: no ordinary space before a colon, semicolon, question or exclamation mark.
      expect(fr.message).not.toMatch(/ [:;?!]/);
    },
  );

  it('names the 5 MB limit of Excel on the web, and a timeout', () => {
    expect(
      toGatewayError(new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'x'), 'fr').message,
    ).toMatch(/5 Mo/);
    expect(toGatewayError(new FakeOfficeError('RequestAborted', 'x'), 'fr').message).toMatch(
      /trop de temps/,
    );
  });
});
