/** Excel's errors in the agent's words. */
import { toGatewayError } from '../../src/excel/errors';
import { GatewayError } from '../../src/gateway/types';
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
