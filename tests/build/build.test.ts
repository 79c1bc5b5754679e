/**
 * One production build (webpack, ~30-60 s), then what it must hold: a manifest that validates,
 * pages included, pointing at ADDIN_URL and never at localhost; a task pane whose first script
 * stays under 250 KB gzipped; a ribbon bundle without React; the preview's file engine in a
 * chunk of its own under 60 KB gzipped; ExcelJS nowhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import type { ValidateManifest } from '../manifest/validate';
import { ROOT, loadValidator } from '../manifest/validate';

const ADDIN_URL = 'https://qualepref.interieur.example/complement/';
const BUDGET_GZIP = 250 * 1024;
const FILE_ENGINE_BUDGET_GZIP = 60 * 1024;

type ConfigFactory = (
  env: Record<string, string>,
  argv: { mode: 'production' },
) => Promise<webpack.Configuration>;

async function loadConfig(outDir: string): Promise<webpack.Configuration> {
  // webpack.config.js is a plain CommonJS file: loaded by path, typed here.
  const factory: unknown = await import(path.join(ROOT, 'webpack.config.js'));
  const make = (factory as { default?: unknown }).default ?? factory;
  if (typeof make !== 'function') throw new Error('webpack.config.js exports no function');
  const config = await (make as ConfigFactory)({ outDir }, { mode: 'production' });
  return { ...config, mode: 'production', context: ROOT };
}

function build(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats) reject(new Error('no stats'));
      else if (stats.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve(stats);
    }),
  );
}

/** Every module file in the chunks an entry loads first (modules webpack concatenated included). */
function entryModules(stats: webpack.Stats, entry: string): string[] {
  const { compilation } = stats;
  const entrypoint = compilation.entrypoints.get(entry);
  if (!entrypoint) throw new Error(`no entry ${entry}`);
  const names: string[] = [];
  const collect = (module: webpack.Module) => {
    names.push(module.nameForCondition() ?? module.identifier());
    // A concatenated module holds the modules it joined.
    const inner = (module as { modules?: Iterable<webpack.Module> }).modules;
    for (const child of inner ?? []) collect(child);
  };
  for (const chunk of entrypoint.chunks)
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) collect(module);
  return names;
}

/** The scripts a page loads, in order, other than Office's own from its CDN. */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((match) => match[1])
    .filter((src) => !/^https?:/.test(src));
}

const PACKAGE = (name: string) => new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`);

describe('production build', () => {
  let outDir: string;
  let stats: webpack.Stats;
  let validate: ValidateManifest;
  const savedUrl = process.env.ADDIN_URL;

  beforeAll(async () => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qualepref-dist-'));
    process.env.ADDIN_URL = ADDIN_URL;
    validate = await loadValidator();
    stats = await build(await loadConfig(outDir));
  }, 300_000);

  afterAll(() => {
    if (savedUrl === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = savedUrl;
    fs.rmSync(outDir, { recursive: true, force: true });
  });

  it('writes a manifest that validates, with its pages and icons, at ADDIN_URL only', () => {
    const manifest = path.join(outDir, 'manifest.xml');
    expect(validate(manifest, { production: true, pages: true }).errors).toEqual([]);
    const xml = fs.readFileSync(manifest, 'utf8');
    expect(xml).not.toMatch(/localhost/);
    expect(xml).toContain(`${ADDIN_URL}taskpane.html`);
    expect(xml).toContain('<AppDomain>https://qualepref.interieur.example</AppDomain>');
    for (const page of [
      'taskpane.html',
      'commands.html',
      'notice.html',
      'assets/aide.html',
      'assets/icon-80.png',
    ])
      expect(fs.existsSync(path.join(outDir, page))).toBe(true);
  });

  it('keeps the task pane’s first script under 250 KB gzipped', () => {
    const scripts = pageScripts(fs.readFileSync(path.join(outDir, 'taskpane.html'), 'utf8'));
    expect(scripts.length).toBeGreaterThan(0);
    const size = gzipSync(fs.readFileSync(path.join(outDir, scripts[0]))).length;
    expect(size).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('loads Office.js from Microsoft’s CDN before the page’s own scripts', () => {
    for (const page of ['taskpane.html', 'commands.html', 'notice.html']) {
      const html = fs.readFileSync(path.join(outDir, page), 'utf8');
      const office = html.indexOf('appsforoffice.microsoft.com/lib/1/hosted/office.js');
      expect(office).toBeGreaterThan(0);
      expect(office).toBeLessThan(html.indexOf(pageScripts(html)[0]));
    }
  });

  it('keeps React out of the ribbon commands and ExcelJS out of both first bundles', () => {
    const commands = entryModules(stats, 'commands');
    const taskpane = entryModules(stats, 'taskpane');
    expect(
      commands.some((name) => name.includes(`${path.sep}src${path.sep}excel${path.sep}gateway`)),
    ).toBe(true);
    expect(
      commands.filter((name) => PACKAGE('(react|react-dom|scheduler|@fluentui)').test(name)),
    ).toEqual([]);
    expect(taskpane.some((name) => PACKAGE('react-dom').test(name))).toBe(true);
    for (const modules of [commands, taskpane])
      expect(modules.filter((name) => PACKAGE('exceljs').test(name))).toEqual([]);
  });

  it('puts the preview’s file engine in a chunk of its own under 60 KB gzipped, and ExcelJS nowhere', () => {
    const chunk = [...stats.compilation.chunks].find(
      (candidate) => candidate.name === 'file-engine',
    );
    if (!chunk) throw new Error('no file-engine chunk');
    const files = [...chunk.files].filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    const size = files.reduce(
      (sum, file) => sum + gzipSync(fs.readFileSync(path.join(outDir, file))).length,
      0,
    );
    expect(size).toBeLessThanOrEqual(FILE_ENGINE_BUDGET_GZIP);
    const modules: string[] = [];
    for (const module of stats.compilation.modules) {
      modules.push(module.nameForCondition() ?? module.identifier());
    }
    expect(modules.some((name) => /[\\/]src[\\/]xlsx[\\/]/.test(name))).toBe(true);
    expect(modules.filter((name) => PACKAGE('exceljs').test(name))).toEqual([]);
    for (const entry of ['taskpane', 'commands'])
      expect(
        entryModules(stats, entry).filter((name) => /[\\/]src[\\/]xlsx[\\/]/.test(name)),
      ).toEqual([]);
  });
});
