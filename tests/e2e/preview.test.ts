/**
 * The browser preview end to end, in Debian's Chromium: the task pane page opened outside
 * Office, over the production build served by scripts/preview-server.js. One file, one build,
 * one page walked through the agent's steps; screenshots of each step go to test-results/e2e/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

import { a1 } from '../../src/core/address';
import { loadWorkbook } from '../oracle/exceljs-io';
import { axeViolations } from './support/axe';
import { E2E_DIST, PROJECT_ROOT, ensureBuild } from './support/build';
import type { OpenedPage } from './support/browser';
import { OFFICE_JS_HOST, cspViolations, launchBrowser, openPage } from './support/browser';
import type { RunningServer } from './support/server';
import { startServer } from './support/server';
import {
  HOSTILE_COMMENT,
  HOSTILE_LABEL,
  expectedOf,
  thisMonth,
  workbookWithErrors,
  workbookWithMarkup,
} from './support/workbooks';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const SAMPLE = 'tableau-de-bord-2020-aix.xlsx';
const SAMPLE_SHEET = 'Tableau de bord 2020';
/** The webpack build alone takes about a minute on a CI machine. */
const BUILD_TIMEOUT = 240_000;
const STEP_TIMEOUT = 30_000;

jest.setTimeout(2 * STEP_TIMEOUT);

let server: RunningServer;
let browser: Browser;
let opened: OpenedPage;
let page: Page;

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

function sheetGrid(sheet: string) {
  return page.getByRole('grid', { name: `Feuille « ${sheet} », en lecture seule` });
}

function sheetCell(address: string) {
  return page.locator(`[role="gridcell"][data-cell="${address}"]`);
}

function button(name: string | RegExp) {
  return page.getByRole('button', { name });
}

/** The verdict banner's title once a check or a fill has run. */
function verdict(text: string | RegExp) {
  return page.getByText(text, { exact: typeof text === 'string' });
}

function sampleBytes(): Uint8Array {
  return new Uint8Array(readFileSync(join(PROJECT_ROOT, 'samples', SAMPLE)));
}

async function openWorkbook(name: string, bytes: Uint8Array): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(bytes),
  });
  await page.getByText(`Classeur : ${name}`).waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuild();
  server = await startServer(E2E_DIST);
  browser = await launchBrowser();
  opened = await openPage(browser, server.url);
  page = opened.page;
  page.setDefaultTimeout(STEP_TIMEOUT);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('browser preview', () => {
  it('opens outside Office on the sample dashboard, with a preview banner', async () => {
    await expect(page.title()).resolves.toBe('Qual-e-Pref Contrôle — aperçu');
    await page.getByText('Aperçu hors d’Excel').waitFor();
    await sheetGrid(SAMPLE_SHEET).waitFor();
    await page.getByText(`Classeur : ${SAMPLE}`).waitFor();
    await button('Calculer les moyennes annuelles').waitFor();
    // The seed's cells as the agents typed them: the 0,0 % of August, the #DIV/0! averages.
    await expect(sheetCell('N6').textContent()).resolves.toBe('0,0%');
    await expect(sheetCell('T13').textContent()).resolves.toBe('#DIV/0!');
    await shot('01-apercu-ouvert');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('computes the yearly averages: verdict, counts and flags', async () => {
    const expected = await expectedOf(sampleBytes(), thisMonth());
    await button('Calculer les moyennes annuelles').click();
    await verdict('1 erreur à corriger').waitFor();
    // What is left once filled: the averages written are no longer out of date.
    const { warnings } = expected.afterFill;
    await page.getByText(new RegExp(`; ${warnings} autres points à vérifier`)).waitFor();
    // The rendering shows the workbook as filled: averages written, the missing month flagged.
    await expect(sheetCell('T13').textContent()).resolves.toBe('Pas de données');
    await expect(
      sheetCell('G22').evaluate((cell) => getComputedStyle(cell).backgroundColor),
    ).resolves.toBe('rgb(255, 199, 206)');
    await expect(sheetCell('G22').getAttribute('title')).resolves.toContain('Janvier');
    await page.getByRole('tab', { name: 'Contrôle 2020' }).waitFor();
    await shot('02-moyennes-calculees');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('lands on the cell of a finding when it is clicked', async () => {
    await sheetCell('A1').click();
    await expect(sheetCell('G22').getAttribute('aria-selected')).resolves.toBe('false');
    await button(/\bG22\b/)
      .first()
      .click();
    await page.locator('[data-cell="G22"][aria-selected="true"]').waitFor();
    await expect(sheetCell('G22').isVisible()).resolves.toBe(true);
    const inView = await sheetCell('G22').evaluate((cell) => {
      const box = cell.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await expect(page.locator('[role="gridcell"][aria-selected="true"]').count()).resolves.toBe(1);
    await shot('03-point-selectionne');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('downloads the filled workbook, with the Moyenne and atteinte the engine computes', async () => {
    const { plan, analysis } = await expectedOf(sampleBytes(), thisMonth());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      button('Télécharger le classeur').click(),
    ]);
    expect(download.suggestedFilename()).toBe('tableau-de-bord-2020-aix.controle.xlsx');
    const file = join(SHOTS, download.suggestedFilename());
    await download.saveAs(file);

    const workbook = await loadWorkbook(readFileSync(file));
    const sheet = workbook.getWorksheet(SAMPLE_SHEET);
    if (!sheet) throw new Error('dashboard sheet missing from the download');
    expect(plan.writes.length).toBeGreaterThan(40);
    for (const write of plan.writes) {
      const value = sheet.getCell(write.row + 1, write.col + 1).value;
      if (typeof write.value === 'number')
        expect([a1(write.row, write.col), value]).toEqual([
          a1(write.row, write.col),
          expect.closeTo(write.value, 10),
        ]);
      else
        expect([a1(write.row, write.col), value]).toEqual([a1(write.row, write.col), write.value]);
    }
    // The answer key: the SVI call rate's 89,11 % misses its 90 %; no number, no average.
    const met = plan.addedMetColumn;
    expect(met).not.toBeNull();
    expect(sheet.getCell('T6').value).toBeCloseTo(0.8911, 4);
    expect(sheet.getCell(6, (met ?? 0) + 1).value).toBe('non');
    expect(sheet.getCell('T13').value).toBe('Pas de données');
    expect(sheet.getCell(13, (met ?? 0) + 1).value).toBe('non évaluable');
    expect(analysis.summary.errors).toBe(1);
    expect(workbook.getWorksheet('Contrôle 2020')).toBeDefined();
  });

  it('takes the range selected in the rendering as the table to recognise', async () => {
    // Headers and the first ten indicators (rows 5 to 14), by click, Shift+click and the keys.
    await sheetCell('A2').click();
    await sheetCell('T15').click({ modifiers: ['Shift'] });
    await expect(sheetCell('T15').getAttribute('aria-selected')).resolves.toBe('true');
    await sheetCell('T15').press('Shift+ArrowUp');
    await expect(sheetCell('T15').getAttribute('aria-selected')).resolves.toBe('false');
    await expect(sheetCell('T14').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(sheetCell('B14').getAttribute('aria-selected')).resolves.toBe('true');
    await button('Utiliser la sélection').click();
    await page.getByText('10 indicateurs', { exact: true }).waitFor();
    await shot('04-selection-utilisee');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('opens another workbook with errors and, nothing fixed, counts them', async () => {
    const bytes = await workbookWithErrors();
    const expected = await expectedOf(bytes, thisMonth());
    const errors = expected.analysis.summary.errors;
    expect(errors).toBe(4);
    await openWorkbook('tableau-avec-erreurs.xlsx', bytes);
    await sheetGrid('TDB 2020').waitFor();
    await expect(sheetCell('P9').textContent()).resolves.toBe('douze ?');
    await button('Vérifier avant envoi').click();
    await verdict(`${errors} erreurs à corriger`).waitFor();
    for (const cell of ['G5', 'P9', 'Q10', 'G22'])
      await button(new RegExp(`\\b${cell}\\b`))
        .first()
        .waitFor();
    await shot('05-classeur-avec-erreurs');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('refuses a file that is not a workbook, keeping the open one', async () => {
    await page.locator('input[type="file"]').setInputFiles({
      name: 'notes.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from('pas un classeur'),
    });
    await page.getByText('Ce fichier n’est pas un classeur Excel (.xlsx) lisible.').waitFor();
    await page.getByText('Classeur : tableau-avec-erreurs.xlsx').waitFor();
    await shot('06-fichier-refuse');
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('shows cell text written as markup as text, and runs nothing', async () => {
    await openWorkbook('balises.xlsx', await workbookWithMarkup());
    await expect(sheetCell('B22').textContent()).resolves.toBe(HOSTILE_LABEL);
    await expect(sheetCell('S6').textContent()).resolves.toBe(HOSTILE_COMMENT);
    await button('Vérifier avant envoi').click();
    await verdict('1 erreur à corriger').waitFor();
    // The label is the title of its findings' group in the pane: text there too.
    await page.getByRole('heading', { name: HOSTILE_LABEL }).first().waitFor();
    await shot('07-balises-en-texte');
    const injected = await page.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.scripts].filter((script) => script.textContent?.includes('__pwned'))
        .length,
      pwned: (window as { __pwned?: boolean }).__pwned === true,
    }));
    expect(injected).toEqual({ images: 0, scripts: 0, pwned: false });
    expect(opened.log.dialogs).toEqual([]);
  });

  it('enforces its Content-Security-Policy: no inline script, no eval', async () => {
    const response = await page.request.get(server.url);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toContain(`script-src 'self' https://${OFFICE_JS_HOST}`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    // The built page carries the same policy, wherever it is served from (frame-ancestors
    // aside, which only a header can give).
    const html = readFileSync(join(E2E_DIST, 'taskpane.html'), 'utf8');
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(policy.replace("; frame-ancestors 'self'", ''));

    // Code the page itself would run: an inline script element, and a string turned into code
    // (a string timer: code evaluated by the test harness itself is not subject to the CSP).
    const attempts = await page.evaluate(async () => {
      const flags = window as { __inlineRan?: boolean; __evalRan?: boolean };
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.head.append(inline);
      window.setTimeout('window.__evalRan = true', 0);
      await new Promise((done) => window.setTimeout(done, 50));
      return { inline: flags.__inlineRan === true, evaluated: flags.__evalRan === true };
    });
    expect(attempts).toEqual({ inline: false, evaluated: false });
    const violations = await cspViolations(page);
    expect(violations).toEqual(
      expect.arrayContaining([
        { directive: 'script-src-elem', blocked: 'inline' },
        { directive: 'script-src', blocked: 'eval' },
      ]),
    );
  });

  it('asks nothing of any host but this computer and the Office.js address', async () => {
    const { log } = opened;
    expect(log.foreign).toEqual([]);
    expect(log.missingOfficeFiles).toEqual([]);
    const hosts = new Set(log.requests.map((url) => new URL(url).hostname));
    expect([...hosts].sort()).toEqual([OFFICE_JS_HOST, 'localhost'].sort());
    expect(log.requests).toContain(`https://${OFFICE_JS_HOST}/lib/1/hosted/office.js`);
    // Office.js outside Office tries to frame its telemetry page: the CSP stops it unrequested.
    const others = (await cspViolations(page)).filter(
      (violation) => !['script-src-elem', 'script-src'].includes(violation.directive),
    );
    for (const violation of others) {
      expect(violation).toMatchObject({ directive: 'frame-src' });
      expect(new URL(violation.blocked).hostname).toMatch(/(^|\.)oaspapps\.com$/);
    }
    expect(log.pageErrors).toEqual([]);
  });
});

describe('browser preview in English', () => {
  it('speaks the browser’s language', async () => {
    const english = await openPage(browser, server.url, 'en-US');
    try {
      await english.page.getByText('Preview outside Excel').waitFor();
      await english.page.getByRole('button', { name: 'Compute the yearly averages' }).waitFor();
      await english.page
        .getByRole('grid', { name: `Sheet “${SAMPLE_SHEET}”, read-only` })
        .waitFor();
      await english.page.screenshot({ path: join(SHOTS, '08-preview-english.png') });
      await expect(axeViolations(english.page)).resolves.toEqual([]);
    } finally {
      await english.context.close();
    }
  });
});
