/**
 * Debian's Chromium as playwright-core drives it here (the icons script, the end-to-end tests):
 * playwright cannot download its own browsers on these machines, and without the
 * background-networking flags Chromium keeps calling hosts that a closed network refuses.
 */
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
