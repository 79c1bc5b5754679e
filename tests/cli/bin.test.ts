/**
 * The command as installed: bin/qualepref.js running the bundle that `npm ci` builds
 * (lib/cli/qualepref.js, webpack.cli.config.js). The other command-line tests run src/cli
 * itself; this one proves the bundle and the way bin/ exits give the same answers, whole,
 * through pipes read slowly.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'qualepref.js');
const BUNDLE = join(ROOT, 'lib', 'cli', 'qualepref.js');
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');
const ENTRY = `require('./src/cli/main').main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;

function fromSource(args: readonly string[]) {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', ENTRY, '--', ...args], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout };
}

/**
 * bin/qualepref.js with its standard output read by a reader that starts late, through a real
 * pipe: what the command writes waits in the pipe, and it must not exit before it has left.
 */
function fromBin(args: readonly string[]): { code: number | null; stdout: Buffer } {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  const run = spawnSync('bash', ['-c', `${quoted} | (sleep 0.3; cat); exit \${PIPESTATUS[0]}`], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout };
}

describe('bin/qualepref.js, on the bundle npm ci builds', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE))
      throw new Error(`${BUNDLE} is missing: npm ci builds it, or run npm run build:cli`);
  });

  it('knows its version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = fromBin(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8').trim()).toBe(version);
  });

  it('gives the whole JSON report and exit code the source gives', () => {
    const args = ['check', SAMPLE, '--json'];
    const bin = fromBin(args);
    const source = fromSource(args);
    expect(bin.code).toBe(1);
    expect(bin.code).toBe(source.code);
    expect(JSON.parse(bin.stdout.toString('utf8'))).toEqual(
      JSON.parse(source.stdout.toString('utf8')),
    );
  });

  it('writes the same consolidation workbook (fflate, loaded on first use)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualepref-consolidate-'));
    try {
      const written = (name: string, run: (args: readonly string[]) => { code: number | null }) => {
        const output = join(dir, name);
        expect(run(['consolidate', SAMPLE, '-o', output]).code).toBe(1);
        return readFileSync(output);
      };
      const bin = written('bin.xlsx', fromBin);
      expect(bin.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bin.equals(written('source.xlsx', fromSource))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same whole workbook to a pipe with -o -', () => {
    const args = ['fill', SAMPLE, '-o', '-'];
    const bin = fromBin(args);
    expect(bin.code).toBe(1);
    expect(bin.stdout.equals(fromSource(args).stdout)).toBe(true);
  });
});

/** What a fresh `node` prints running `script` in the project's folder. */
function nodePrints(script: string): string {
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

/** zlib.crc32, which the cache's header needs, came in Node 20.15: before, there is no cache. */
const withCrc = typeof (crc32 as unknown) === 'function' ? it : it.skip;

describe('bin/load-bundle.js', () => {
  withCrc('finds the code cache the build made, made from this very bundle', () => {
    const script = `const { CACHE, cachedDataFor } = require('./bin/load-bundle.js');
      const source = require('node:fs').readFileSync(${JSON.stringify(BUNDLE)});
      console.log(cachedDataFor(source, CACHE) !== undefined);`;
    expect(nodePrints(script)).toBe('true');
  });

  withCrc('starts from a code cache made by the same Node, without loading child_process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualepref-cache-'));
    try {
      // Made here rather than taken from the build: V8 refuses a cache made under other flags,
      // and the tests may run under other NODE_OPTIONS than npm ci did.
      const cache = JSON.stringify(join(dir, 'qualepref.cache'));
      const bundle = JSON.stringify(BUNDLE);
      nodePrints(`const loaded = require('./bin/load-bundle.js').loadBundle(${bundle}, ${cache});
        require('node:fs').writeFileSync(${cache}, loaded.cacheBytes());`);
      const script = `const loaded = require('./bin/load-bundle.js').loadBundle(${bundle}, ${cache});
        const childProcess = process.moduleLoadList.some((name) => name.includes('child_process'));
        console.log(JSON.stringify([loaded.cacheAccepted, typeof loaded.exports.main, childProcess]));`;
      expect(JSON.parse(nodePrints(script))).toEqual([true, 'function', false]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  withCrc('refuses a cache whose header covers the bundle alone, not the text V8 compiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualepref-cache-'));
    try {
      const cache = join(dir, 'qualepref.cache');
      const source = readFileSync(BUNDLE);
      const header = Buffer.alloc(8);
      header.writeUInt32LE(source.length, 0);
      header.writeUInt32LE(crc32(source), 4);
      const v8Data = readFileSync(join(ROOT, 'lib', 'cli', 'qualepref.cache')).subarray(8);
      writeFileSync(cache, Buffer.concat([header, v8Data]));
      const script = `const { cachedDataFor } = require('./bin/load-bundle.js');
        const source = require('node:fs').readFileSync(${JSON.stringify(BUNDLE)});
        console.log(cachedDataFor(source, ${JSON.stringify(cache)}) === undefined);`;
      expect(nodePrints(script)).toBe('true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives commander the real child_process once it uses it', () => {
    const script = `const childProcess = require('./bin/load-bundle.js').bundleRequire(${JSON.stringify(BUNDLE)})('node:child_process');
      console.log(childProcess.spawnSync === require('node:child_process').spawnSync);`;
    expect(nodePrints(script)).toBe('true');
  });

  it('compiles a bundle the cache was not made from, of the same length, without the cache', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qualepref-bundle-'));
    try {
      const source = readFileSync(BUNDLE, 'utf8');
      // One character of a comment changed: V8 alone, which checks only the length, would take
      // the cache.
      const changed = source.replace('// webpackBootstrap', '// WebpackBootstrap');
      expect(changed).not.toBe(source);
      writeFileSync(join(dir, 'qualepref.js'), changed);
      copyFileSync(join(ROOT, 'lib', 'cli', 'qualepref.cache'), join(dir, 'qualepref.cache'));
      const paths = [join(dir, 'qualepref.js'), join(dir, 'qualepref.cache')].map((p) =>
        JSON.stringify(p),
      );
      const script = `const loaded = require('./bin/load-bundle.js').loadBundle(${paths.join(', ')});
        console.log(JSON.stringify([loaded.cacheAccepted, typeof loaded.exports.main]));`;
      expect(JSON.parse(nodePrints(script))).toEqual([false, 'function']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
