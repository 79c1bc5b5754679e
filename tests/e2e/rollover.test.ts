/**
 * "Préparer 2021" in the browser preview, end to end in Chromium: the preview of the N-1
 * columns, the confirmation, the 2021 sheet shown and downloaded, "Annuler".
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { sheetViewLabel } from '../../src/i18n/preview';
import { rolloverLabels } from '../../src/i18n/rollover';
import { loadWorkbook } from '../oracle/exceljs-io';
import { axeViolations } from './support/axe';
import { E2E_DIST, PROJECT_ROOT, ensureBuild } from './support/build';
import { launchBrowser, openPage } from './support/browser';
import type { RunningServer } from './support/server';
import { startServer } from './support/server';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const SAMPLE = 'tableau-de-bord-2020-aix.xlsx';
const NEXT = 'Tableau de bord 2021';
const BUILD_TIMEOUT = 240_000;
const STEP_TIMEOUT = 30_000;

jest.setTimeout(2 * STEP_TIMEOUT);

let server: RunningServer;
let browser: Browser;
let page: Page;

function sheetCell(address: string) {
  return page.locator(`[role="gridcell"][data-cell="${address}"]`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuild();
  server = await startServer(E2E_DIST);
  browser = await launchBrowser();
  page = (await openPage(browser, server.url)).page;
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.getByText(`Classeur : ${SAMPLE}`).waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Préparer 2021 in the browser preview', () => {
  it('shows what the 2021 sheet will hold, before writing anything', async () => {
    // A section of the pane, folded on opening.
    await page.getByRole('button', { name: rolloverLabels('fr').heading(2021) }).click();
    await page.getByRole('button', { name: 'Préparer 2021' }).click();
    const table = page.getByRole('table', {
      name: 'Ce qui sera écrit dans les colonnes N-1 pour 2021',
    });
    await table.waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(21);
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toBe(
      "Taux d'appels aboutis98,7\u202f%oui",
    );
    await expect(page.getByRole('tab', { name: NEXT }).count()).resolves.toBe(0);
    await page.screenshot({ path: join(SHOTS, '10-preparer-2021-apercu.png') });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('creates and shows the 2021 sheet: N-1 columns filled, months empty', async () => {
    await page.getByRole('button', { name: `Créer la feuille «\u00a0${NEXT}\u00a0»` }).click();
    await page.getByText(`La feuille «\u00a0${NEXT}\u00a0» a été créée et sélectionnée.`).waitFor();
    await page.getByRole('tab', { name: NEXT, selected: true }).waitFor();
    await page.getByRole('grid', { name: sheetViewLabel(NEXT, 'fr') }).waitFor();
    await expect(sheetCell('D5').textContent()).resolves.toBe('98,68%');
    await expect(sheetCell('D7').textContent()).resolves.toBe('-');
    await expect(sheetCell('G3').textContent()).resolves.toBe('ANNEE 2021');
    await expect(sheetCell('G5').textContent()).resolves.toBe('');
    await expect(sheetCell('T6').textContent()).resolves.toBe('');
    await page.screenshot({ path: join(SHOTS, '11-preparer-2021-feuille.png') });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('downloads the workbook with both years, 2020 unchanged', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le classeur' }).click(),
    ]);
    const file = join(SHOTS, `rollover-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const workbook = await loadWorkbook(readFileSync(file));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Tableau de bord 2020', NEXT]);
    const original = await loadWorkbook(readFileSync(join(PROJECT_ROOT, 'samples', SAMPLE)));
    const before = original.getWorksheet('Tableau de bord 2020');
    const after = workbook.getWorksheet('Tableau de bord 2020');
    for (let row = 1; row <= 24; row += 1)
      for (let col = 1; col <= 20; col += 1)
        expect(after?.getCell(row, col).value).toEqual(before?.getCell(row, col).value);
    expect(workbook.getWorksheet(NEXT)?.getCell('D5').value).toBeCloseTo(0.98683, 5);
  });

  it('takes the 2021 sheet away with "Annuler"', async () => {
    await page
      .getByRole('button', { name: `Annuler\u00a0: retirer la feuille «\u00a0${NEXT}\u00a0»` })
      .click();
    await page.getByText(`La feuille «\u00a0${NEXT}\u00a0» a été retirée.`).waitFor();
    await expect(page.getByRole('tab', { name: NEXT }).count()).resolves.toBe(0);
  });
});
