/**
 * Builds the command line (npm ci's "prepare", npm run build:cli): the webpack bundle
 * lib/cli/qualepref.js, then its V8 code cache lib/cli/qualepref.cache (bin/load-bundle.js),
 * made after checking and filling the sample so that it holds the functions a run calls.
 * The cache is made by this process, a plain `node` as the command runs in: V8 refuses a cache
 * made under other flags.
 */
const { spawnSync } = require('node:child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');

function bundle() {
  const webpack = require.resolve('webpack-cli/bin/cli.js');
  const run = spawnSync(process.execPath, [webpack, '--config', 'webpack.cli.config.js'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

/** Everything the command would show is dropped; no run reads standard input. */
const silentIo = {
  stdout: () => {},
  stderr: () => {},
  today: () => ({ year: 2021, month: 1 }),
  stdin: { isTerminal: true, readAll: () => Promise.reject(new Error('no input')) },
  stdoutBytes: { isTerminal: true, write: () => Promise.resolve() },
};

async function codeCache() {
  const { CACHE, loadBundle } = require('../bin/load-bundle.js');
  const loaded = loadBundle();
  const dir = mkdtempSync(join(tmpdir(), 'qualepref-cache-'));
  try {
    const runs = [
      ['check', SAMPLE],
      ['check', SAMPLE, '--json'],
      ['fill', SAMPLE, '-o', join(dir, 'rempli.xlsx')],
    ];
    for (const argv of runs) {
      const code = await loaded.exports.main(argv, silentIo);
      if (code !== 0 && code !== 1) throw new Error(`qualepref ${argv.join(' ')}: exit ${code}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const bytes = loaded.cacheBytes();
  if (bytes !== null) writeFileSync(CACHE, bytes);
}

bundle();
// The cache only saves time: the command works without it, so a failure to make it is told
// and the build goes on (the tests then say what is wrong with the bundle, if anything).
codeCache().catch((error) => {
  console.warn(`No code cache for the command line (it starts a little slower): ${error}`);
});
