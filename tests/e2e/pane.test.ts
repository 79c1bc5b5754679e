/**
 * The task pane end to end at Excel's task-pane size, in Debian's Chromium: the preview page on
 * the sample dashboard at 350x800, where the pane takes the page's whole width as in Excel.
 * The pane's own box is measured: its first 800 pixels are what Excel shows on opening. Then
 * the same pane in a dark scheme and in Windows high contrast (forced colours).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

import { axeViolations } from './support/axe';
import { E2E_DIST, PROJECT_ROOT, ensureBuild } from './support/build';
import type { OpenedPage, PageOptions } from './support/browser';
import { launchBrowser, openPage } from './support/browser';
import type { RunningServer } from './support/server';
import { startServer } from './support/server';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const WIDTH = 350;
const HEIGHT = 800;
/** The webpack build alone takes about a minute on a CI machine. */
const BUILD_TIMEOUT = 240_000;
const STEP_TIMEOUT = 30_000;

jest.setTimeout(3 * STEP_TIMEOUT);

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ensureBuild();
  server = await startServer(E2E_DIST);
  browser = await launchBrowser();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The preview at a task pane's size, once the pane has read the sample dashboard. */
async function openPane(options: PageOptions = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, server.url, 'fr-FR', {
    viewport: { width: WIDTH, height: HEIGHT },
    ...options,
  });
  opened.page.setDefaultTimeout(STEP_TIMEOUT);
  await pane(opened.page).getByRole('heading', { level: 1 }).waitFor();
  await verdictOf(opened.page).waitFor();
  return opened;
}

function pane(page: Page): Locator {
  return page.locator('main');
}

function verdictOf(page: Page): Locator {
  return pane(page).getByRole('group', { name: /erreur à corriger|Prêt à envoyer/ });
}

function primary(page: Page): Locator {
  return pane(page).getByRole('button', { name: 'Calculer les moyennes annuelles' });
}

/** The box of `locator` relative to the pane's top, as Excel would show it. */
async function fromPaneTop(page: Page, locator: Locator) {
  const top = (await pane(page).boundingBox())?.y ?? 0;
  const box = await locator.boundingBox();
  if (!box) throw new Error('not shown');
  return { top: box.y - top, bottom: box.y + box.height - top };
}

describe('the pane at 350x800', () => {
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    opened = await openPane();
    page = opened.page;
  }, BUILD_TIMEOUT);

  afterAll(async () => {
    await opened?.context.close();
  });

  it('shows the verdict in the first viewport on opening, without a click', async () => {
    const verdict = verdictOf(page);
    await expect(verdict.textContent()).resolves.toMatch(
      /^1 erreur à corriger · \d+ points à vérifier/,
    );
    await expect(verdict.textContent()).resolves.toContain('Arrêté à fin décembre 2020');
    const place = await fromPaneTop(page, verdict);
    expect(place.bottom).toBeLessThanOrEqual(HEIGHT);
    // Right under the primary action.
    const button = await fromPaneTop(page, primary(page));
    expect(place.top).toBeGreaterThan(button.bottom);
    expect(place.top - button.bottom).toBeLessThan(24);
    await pane(page).evaluate((main) => main.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SHOTS, 'volet-350-ouverture.png') });
  });

  it('is no taller than two viewports with its sections folded', async () => {
    const folded = await pane(page)
      .getByRole('heading', { level: 2 })
      .evaluateAll((headings) =>
        headings.map((h) => h.querySelector('button')?.getAttribute('aria-expanded')),
      );
    expect(folded).toContain('false');
    const box = await pane(page).boundingBox();
    expect(box?.height).toBeLessThanOrEqual(2 * HEIGHT);
  });

  it('has no axe violation', async () => {
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  it('puts the primary action first in keyboard order', async () => {
    // Clicking the pane's title sets where the next Tab starts, as a click in the pane does.
    await pane(page).getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
      'Calculer les moyennes annuelles',
    );
    const firstFocusable = await pane(page).evaluate((main) => {
      const focusable = main.querySelector<HTMLElement>(
        'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
      );
      return focusable?.textContent?.trim();
    });
    expect(firstFocusable).toBe('Calculer les moyennes annuelles');
  });

  it('unfolds the indicators: month labels of at least 10 px, values on hover and focus', async () => {
    await pane(page)
      .getByRole('button', { name: /^Indicateurs \(\d+\)$/ })
      .click();
    const svi = pane(page)
      .locator('article')
      .filter({ hasText: "Taux d'appels aboutis SVI" })
      .first();
    const chart = svi.getByRole('img');
    await chart.waitFor();
    const sizes = await chart.evaluate((svg) =>
      [...svg.querySelectorAll<SVGTextElement>('text')].map((text) => {
        const scale = text.getScreenCTM()?.a ?? 0;
        return Number(text.getAttribute('font-size')) * scale;
      }),
    );
    expect(sizes.length).toBeGreaterThan(12);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);

    const readout = svi.locator('[aria-live="polite"]');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    // August's slot: the plot starts at 42 of 300 units, twelve slots of 21.2.
    const x = box.x + ((42 + 21.2 * 7.5) / 300) * box.width;
    await page.mouse.move(x, box.y + box.height / 3);
    await expect(readout.textContent()).resolves.toMatch(/^août\s:\s0,0\s%\s·\svaleur suspecte/);

    await chart.focus();
    await page.keyboard.press('End');
    await expect(readout.textContent()).resolves.toMatch(/^décembre\s:\s98,5\s%/);
    await page.screenshot({ path: join(SHOTS, 'volet-350-indicateurs.png') });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});

describe('the pane’s themes', () => {
  it('follows a dark scheme, with no axe violation', async () => {
    const { context, page } = await openPane({ colorScheme: 'dark' });
    try {
      const background = await pane(page).evaluate((main) => {
        const provider = main.closest('.fui-FluentProvider') ?? main;
        return getComputedStyle(provider).backgroundColor;
      });
      expect(background).toBe('rgb(41, 41, 41)');
      await pane(page)
        .getByRole('button', { name: /^Indicateurs \(\d+\)$/ })
        .click();
      await pane(page).getByRole('img').first().waitFor();
      await page.screenshot({ path: join(SHOTS, 'volet-350-sombre.png') });
      await expect(axeViolations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the charts and the flags’ legend readable in forced colours', async () => {
    const { context, page } = await openPane({ forcedColors: 'active' });
    try {
      await pane(page)
        .getByRole('button', { name: /^Indicateurs \(\d+\)$/ })
        .click();
      const chart = pane(page).getByRole('img').first();
      await chart.waitFor();
      // The system's colours, on marks told apart by their shapes.
      const colours = await chart.evaluate((svg) => {
        const canvasText = (() => {
          const probe = document.createElement('span');
          probe.style.color = 'CanvasText';
          document.body.append(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        })();
        const point = svg.querySelector('[data-mark="met"]');
        const label = svg.querySelector('[data-part="month-label"]');
        return {
          canvasText,
          point: point ? getComputedStyle(point).fill : null,
          label: label ? getComputedStyle(label).fill : null,
          adjust: getComputedStyle(svg).getPropertyValue('forced-color-adjust'),
        };
      });
      expect(colours.adjust).toBe('none');
      expect(colours.point).toBe(colours.canvasText);
      expect(colours.label).toBe(colours.canvasText);

      await pane(page).getByRole('button', { name: 'Options' }).click();
      const swatches = await pane(page)
        .locator('[data-flag] span')
        .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
      // The workbook's own fills, as the agent sees them in Excel.
      expect(swatches).toEqual(['rgb(255, 199, 206)', 'rgb(255, 235, 156)', 'rgb(221, 235, 247)']);
      await page.screenshot({ path: join(SHOTS, 'volet-350-contraste.png') });
      await expect(axeViolations(page)).resolves.toEqual([]);
    } finally {
      await context.close();
    }
  });
});
