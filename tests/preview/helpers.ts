/** The sample workbook and small workbooks built for the preview's tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';

import type { Lang } from '../../src/core/types';
import type { DashboardGateway } from '../../src/gateway/types';
import { createPreviewGateway } from '../../src/preview/gateway';
import { PreviewSession } from '../../src/preview/session';
import { saveWorkbook } from '../oracle/exceljs-io';
import type { SheetSpec } from '../fixtures/variants/build-workbook';
import { addSheet } from '../fixtures/variants/build-workbook';

export const SAMPLE_NAME = 'tableau-de-bord-2020-aix.xlsx';
export const SAMPLE_SHEET = 'Tableau de bord 2020';

export function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', '..', 'samples', SAMPLE_NAME)));
}

export async function workbookBytes(...sheets: SheetSpec[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  for (const sheet of sheets) addSheet(workbook, sheet);
  return saveWorkbook(workbook);
}

export interface Preview {
  readonly session: PreviewSession;
  readonly gateway: DashboardGateway;
}

/** A preview session with `bytes` open, as of March 2021 (the 2020 dashboard is past). */
export async function openPreview(
  bytes: Uint8Array = sampleBytes(),
  lang: Lang = 'fr',
  name = SAMPLE_NAME,
): Promise<Preview> {
  const session = new PreviewSession();
  await session.open(bytes, name);
  const gateway = createPreviewGateway(session, { lang, today: () => ({ year: 2021, month: 3 }) });
  return { session, gateway };
}
