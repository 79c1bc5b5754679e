/**
 * Debian's Chromium driven by playwright-core, with office.js served from the
 * @microsoft/office-js package at its CDN address (the page loads as in production) and every
 * other request off this computer refused and recorded.
 */
import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';

import { launchChromium } from '../../../scripts/chromium';
import { PROJECT_ROOT } from './build';

export const OFFICE_JS_HOST = 'appsforoffice.microsoft.com';
const OFFICE_JS_PATH = '/lib/1/hosted/';
const OFFICE_JS_DIST = join(PROJECT_ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export { launchChromium as launchBrowser };

export interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
}

/** What the page did besides showing itself. */
export interface PageLog {
  /** Every http(s) request the page made, in order. */
  readonly requests: string[];
  /** Requests to a host other than this computer and the Office.js CDN: refused. */
  readonly foreign: string[];
  /** Office.js files asked for and not found in the package. */
  readonly missingOfficeFiles: string[];
  readonly dialogs: string[];
  readonly pageErrors: string[];
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly log: PageLog;
}

interface ViolationWindow {
  __cspViolations?: CspViolation[];
}

async function serveOfficeJs(route: Route, url: URL, log: PageLog): Promise<void> {
  const relative = normalize(url.pathname.slice(OFFICE_JS_PATH.length));
  const file = join(OFFICE_JS_DIST, relative);
  if (!url.pathname.startsWith(OFFICE_JS_PATH) || relative.startsWith('..') || !existsSync(file)) {
    log.missingOfficeFiles.push(url.href);
    await route.fulfill({ status: 404, body: '' });
    return;
  }
  await route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
}

/** How the page is shown: a task pane's size, a dark scheme, Windows high contrast. */
export type PageOptions = Pick<
  BrowserContextOptions,
  'viewport' | 'colorScheme' | 'forcedColors' | 'reducedMotion'
>;

export async function openPage(
  browser: Browser,
  url: string,
  locale = 'fr-FR',
  options: PageOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const log: PageLog = {
    requests: [],
    foreign: [],
    missingOfficeFiles: [],
    dialogs: [],
    pageErrors: [],
  };
  context.on('request', (request) => {
    if (/^https?:/.test(request.url())) log.requests.push(request.url());
  });
  await context.route('**/*', async (route) => {
    const target = new URL(route.request().url());
    if (LOCAL_HOSTS.has(target.hostname)) await route.continue();
    else if (target.hostname === OFFICE_JS_HOST) await serveOfficeJs(route, target, log);
    else {
      log.foreign.push(target.href);
      await route.abort('blockedbyclient');
    }
  });
  // Installed through the DevTools protocol, before any script of the page: CSP does not apply.
  await context.addInitScript(() => {
    const store = window as ViolationWindow;
    store.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      store.__cspViolations?.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
      });
    });
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => log.pageErrors.push(error.message));
  await page.goto(url);
  return { context, page, log };
}

export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => (window as ViolationWindow).__cspViolations ?? []);
}
