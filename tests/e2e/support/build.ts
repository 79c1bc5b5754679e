/**
 * The add-in built for the end-to-end tests, once: in its own folder (test-results/e2e-dist),
 * so that it never races the build test or the developer's own dist/, and again only when a
 * source file is newer than the last build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');
export const E2E_DIST = join(PROJECT_ROOT, 'test-results', 'e2e-dist');

/** What the bundle is made from. */
const INPUTS = [
  'src',
  'samples',
  'assets',
  'webpack.config.js',
  'tsconfig.json',
  'package-lock.json',
];
const STAMP = join(E2E_DIST, '.built-from');

function newestTime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, entry)));
  return newest;
}

function isFresh(sources: number): boolean {
  if (!existsSync(join(E2E_DIST, 'taskpane.html')) || !existsSync(STAMP)) return false;
  return Number(readFileSync(STAMP, 'utf8')) >= sources;
}

/** Builds the add-in in production mode unless an up-to-date build is there; its folder. */
export function ensureBuild(): string {
  const sources = Math.max(...INPUTS.map((input) => newestTime(join(PROJECT_ROOT, input))));
  if (isFresh(sources)) return E2E_DIST;
  const webpack = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', E2E_DIST],
    { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (webpack.status !== 0) {
    const output = `${webpack.stdout}\n${webpack.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`The webpack build failed:\n${output}`);
  }
  mkdirSync(E2E_DIST, { recursive: true });
  writeFileSync(STAMP, String(sources));
  return E2E_DIST;
}
