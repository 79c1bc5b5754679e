/**
 * Turns what Excel throws into GatewayErrors whose message the agent can act on. Excel's errors
 * carry a code (OfficeExtension.Error.code, values of Excel.ErrorCodes).
 */
import type { Lang } from '../core/types';
import { GatewayError } from '../gateway/types';
import type { ExcelErrorCode } from '../i18n/excel';
import { EXCEL_ERROR_CODES, excelMessages } from '../i18n/excel';

export interface ErrorSubject {
  /** The sheet the operation named, for "unknown sheet". */
  readonly sheet?: string;
}

function isExplained(code: string | null): code is ExcelErrorCode {
  return EXCEL_ERROR_CODES.some((known) => known === code);
}

function codeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Office.js absent (a plain browser, a test without the host): `Excel` or `Office` undefined. */
function isMissingOffice(error: unknown): boolean {
  return error instanceof ReferenceError && /\b(Excel|Office)\b/.test(error.message);
}

export function toGatewayError(
  error: unknown,
  lang: Lang,
  subject: ErrorSubject = {},
): GatewayError {
  if (error instanceof GatewayError) return error;
  const text = excelMessages(lang);
  if (isMissingOffice(error)) return new GatewayError('office_unavailable', text.officeUnavailable);
  const code = codeOf(error);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new GatewayError('cell_editing', text.cellEditing);
    case 'AccessDenied':
      return new GatewayError('protected_sheet', text.accessDenied);
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedFeature':
      return new GatewayError('unsupported_version', text.unsupportedVersion(code));
    case 'ItemNotFound':
      if (subject.sheet !== undefined)
        return new GatewayError('unknown_sheet', text.unknownSheet(subject.sheet));
      break;
    default:
      break;
  }
  if (isExplained(code)) return new GatewayError('unexpected', text.errorCodes[code]);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new GatewayError('unexpected', text.unexpected(detail));
}

export function isItemNotFound(error: unknown): boolean {
  return codeOf(error) === 'ItemNotFound';
}
