/**
 * The requirement sets the gateway relies on (the full list is in excel-api.ts).
 * ExcelApi 1.9 is the manifest's minimum: reading every cell's fill in one call
 * (getCellProperties) is what lets the flags be removed exactly within one read and one write.
 * It is Microsoft 365 (version 1903 or later), Excel 2021 and later, Excel on the web, Mac 16.24.
 */
import { GatewayError } from '../gateway/types';
import { excelMessages } from '../i18n/excel';
import type { ExcelHost } from './host';

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

export const MINIMUM: RequirementSet = { name: 'ExcelApi', version: '1.9' };
/** worksheet.onChanged. */
export const CHANGE_EVENTS: RequirementSet = { name: 'ExcelApi', version: '1.7' };
/** range.getMergedAreasOrNullObject. */
export const MERGED_AREAS: RequirementSet = { name: 'ExcelApi', version: '1.13' };
/** WorksheetChangedEventArgs.triggerSource. */
export const TRIGGER_SOURCE: RequirementSet = { name: 'ExcelApi', version: '1.14' };

export function supports(host: ExcelHost, set: RequirementSet): boolean {
  return host.isSetSupported(set.name, set.version);
}

/** Office hides the add-in below the manifest's minimum, but a sideloaded copy may still run. */
export function requireMinimum(host: ExcelHost): void {
  if (!supports(host, MINIMUM))
    throw new GatewayError(
      'unsupported_version',
      excelMessages(host.lang).unsupportedVersion(`${MINIMUM.name} ${MINIMUM.version}`),
    );
}
