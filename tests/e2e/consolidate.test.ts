/**
 * « Ouvrir plusieurs classeurs… » end to end, in Debian's Chromium over the production build:
 * four files chosen at once (three sites, one file that is no workbook), the consolidation
 * shown in place of the sheet and the pane (sites first, then the indicators and their charts),
 * the summary downloaded and read back with ExcelJS, and back to the workbook. Nothing leaves
 * the computer; axe finds no violation at any step.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';

import { workbookBytes } from '../fixtures/variants/files';
import { AIX, ARLES, ISTRES } from '../fixtures/consolidation-sites';
import { axeViolations } from './support/axe';
import { E2E_DIST, PROJECT_ROOT, ensureBuild } from './support/build';
import type { OpenedPage } from './support/browser';
import { cspViolations, launchBrowser, openPage } from './support/browser';
import type { RunningServer } from './support/server';
import { startServer } from './support/server';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const BUILD_TIMEOUT = 240_000;
const STEP_TIMEOUT = 30_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

jest.setTimeout(2 * STEP_TIMEOUT);

let server: RunningServer;
let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuild();
  server = await startServer(E2E_DIST);
  browser = await launchBrowser();
  opened = await openPage(browser, server.url);
  page = opened.page;
  page.setDefaultTimeout(STEP_TIMEOUT);
  await page.getByText('Classeur : tableau-de-bord-2020-aix.xlsx').waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The consolidation, shown in place of the sheet and the pane. */
function dialog() {
  return page.getByRole('main', { name: 'Synthèse des sites' });
}

describe('preview: several workbooks', () => {
  it('consolidates the chosen files: the sites first, with what each must correct', async () => {
    const files = [
      { name: 'aix.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(await workbookBytes([AIX])) },
      {
        name: 'arles.xlsx',
        mimeType: XLSX_TYPE,
        buffer: Buffer.from(await workbookBytes([ARLES])),
      },
      {
        name: 'istres.xlsx',
        mimeType: XLSX_TYPE,
        buffer: Buffer.from(await workbookBytes([ISTRES])),
      },
      { name: 'notes.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('pas un classeur') },
    ];
    // The page as it opens, with the button and no dialog yet.
    await expect(axeViolations(page)).resolves.toEqual([]);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Ouvrir plusieurs classeurs…' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(files);
    await dialog().waitFor();
    const sites = dialog().getByRole('table', { name: /Un site par classeur ouvert/ });
    await sites.waitFor();
    const rows = sites.getByRole('row');
    await expect(rows.count()).resolves.toBe(5);
    await expect(rows.nth(1).textContent()).resolves.toContain('mois non rempli (1)');
    await expect(rows.nth(2).textContent()).resolves.toContain('oui');
    await expect(rows.nth(3).textContent()).resolves.toContain('saisie non reconnue (1)');
    await expect(rows.nth(4).textContent()).resolves.toContain('inutilisable');
    await page.screenshot({ path: join(SHOTS, '10-synthese-sites.png') });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('shows each indicator with the sites’ averages, atteinte and a chart', async () => {
    const cards = dialog().getByRole('listitem');
    await expect(cards.count()).resolves.toBe(22);
    const calls = cards.first();
    await expect(calls.getByRole('heading', { level: 4 }).textContent()).resolves.toBe(
      "E10 · Taux d'appels aboutis",
    );
    const chart = calls.getByRole('img');
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /^Taux d'appels aboutis, moyenne par site/,
    );
    await expect(chart.locator('rect').count()).resolves.toBe(3);
    await expect(calls.getByRole('row').count()).resolves.toBe(4);
  });

  it('downloads the summary workbook: Sites and Indicateurs', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog().getByRole('button', { name: 'Télécharger la synthèse' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('synthese-2020.xlsx');
    const file = join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sites', 'Indicateurs']);
    const sites = workbook.getWorksheet('Sites');
    expect(sites?.getCell('A2').value).toBe('aix.xlsx');
    expect(sites?.getCell('F3').value).toBe('oui');
    expect(sites?.getCell('F5').value).toBe('inutilisable');
    const indicators = workbook.getWorksheet('Indicateurs');
    expect(indicators?.getCell('F2').value).toBeCloseTo(0.98683, 5);
    expect(indicators?.getCell('F2').numFmt).toBe('0.0%');
  });

  it('goes back to the workbook as it was, with nothing sent anywhere', async () => {
    await dialog().getByRole('button', { name: 'Revenir au classeur' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('Classeur : tableau-de-bord-2020-aix.xlsx').waitFor();
    // The sheet and the pane as they were, and the focus back on the button.
    await page.getByRole('grid', { name: /Tableau de bord 2020/ }).waitFor();
    await page.getByRole('button', { name: 'Calculer les moyennes annuelles' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toBe(
      'Ouvrir plusieurs classeurs…',
    );
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(opened.log.foreign).toEqual([]);
    expect(opened.log.pageErrors).toEqual([]);
    // Office.js outside Office tries to frame its telemetry page, which the CSP stops: nothing
    // else may be refused (no script, no connection the consolidation would have made).
    const refused = (await cspViolations(page)).filter(
      (violation) =>
        violation.directive !== 'frame-src' ||
        !/(^|\.)oaspapps\.com$/.test(new URL(violation.blocked).hostname),
    );
    expect(refused).toEqual([]);
  });
});
