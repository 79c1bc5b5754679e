import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { RunningServer } from '../e2e/support/server';
import { startServer } from '../e2e/support/server';

// scripts/preview-server.js over a small folder, as `npm run preview` runs it over dist/.
describe('preview server', () => {
  let root: string;
  let server: RunningServer;
  let origin: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'qualepref-preview-'));
    writeFileSync(join(root, 'taskpane.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(root, 'classeur.xlsx'), 'PK');
    server = await startServer(root);
    origin = new URL(server.url).origin;
  });

  afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves on localhost, the page first', async () => {
    expect(server.url).toMatch(/^http:\/\/localhost:\d+\/taskpane\.html$/);
    const home = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/taskpane.html');
  });

  it('sends the security headers with every response', async () => {
    for (const path of ['/taskpane.html', '/absent.js']) {
      const response = await fetch(`${origin}${path}`);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-eval');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('gives each file its type', async () => {
    const page = await fetch(`${origin}/taskpane.html`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const workbook = await fetch(`${origin}/classeur.xlsx`);
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await expect(workbook.text()).resolves.toBe('PK');
  });

  it('serves nothing outside its folder', async () => {
    for (const path of ['/%2e%2e/package.json', '/..%2fpackage.json', '/absent.js']) {
      const response = await fetch(`${origin}${path}`);
      expect([path, response.status]).toEqual([path, 404]);
    }
    const bad = await fetch(`${origin}/%E0%A4%A`);
    expect(bad.status).toBe(400);
  });

  it('only reads', async () => {
    const response = await fetch(`${origin}/taskpane.html`, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
