/**
 * Loads the command's bundle, lib/cli/qualepref.js, with V8's code cache beside it when there
 * is one: lib/cli/qualepref.cache, written by scripts/build-cli.js after a run on the sample.
 * Node then neither parses the bundle nor compiles, one by one, the functions a run calls: a
 * twentieth of a `check` on 2,000 rows, more on small files. This is what Node 22's
 * module.enableCompileCache() does; Node 20 has no such thing.
 *
 * V8 checks that a cache fits its version and flags, but of the source only its length: the
 * cache starts with the length and CRC-32 of the text it was made from (the bundle in Node's
 * wrapper), and a cache made from any other text is not given to V8. A CRC rather than a cryptographic digest: loading
 * node:crypto and hashing the bundle took 4 ms of the 10 the cache saves, and this guards
 * against a cache left from another build, not against someone who can write lib/ (and so the
 * bundle itself).
 * Without a cache, with one V8 refuses, or on a Node without zlib.crc32 (before 20.15), the
 * bundle is compiled as usual.
 */
const { Buffer } = require('node:buffer');
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');
// Loaded by the bundle in any case (src/cli/zlib-codec.ts).
const { crc32 } = require('node:zlib');

const BUNDLE = join(__dirname, '..', 'lib', 'cli', 'qualepref.js');
const CACHE = join(__dirname, '..', 'lib', 'cli', 'qualepref.cache');
const HEADER_LENGTH = 8;
/** Node's CommonJS wrapper, around the bundle in what V8 compiles. */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';

/** What the cache file starts with: the length and CRC-32 of the text V8 compiles. */
function header(source) {
  const bytes = Buffer.alloc(HEADER_LENGTH);
  const length = Buffer.byteLength(WRAPPER_START) + source.length + Buffer.byteLength(WRAPPER_END);
  bytes.writeUInt32LE(length, 0);
  bytes.writeUInt32LE(crc32(WRAPPER_END, crc32(source, crc32(WRAPPER_START))), 4);
  return bytes;
}

/**
 * The V8 data of the cache file if it was made from `source` (the bundle's bytes) in this
 * wrapper, else undefined.
 */
function cachedDataFor(source, cacheFile) {
  if (typeof crc32 !== 'function') return undefined;
  let cache;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (cache.length <= HEADER_LENGTH) return undefined;
  const made = cache.subarray(0, HEADER_LENGTH);
  return made.equals(header(source)) ? cache.subarray(HEADER_LENGTH) : undefined;
}

/**
 * require() for the bundle. Commander requires child_process when loaded, for executable
 * subcommands, which qualepref has none of; Node would load it and its own dependencies on
 * every start (2 ms): it gets a stand-in that loads the module on first use.
 */
function bundleRequire(bundle) {
  const nodeRequire = createRequire(bundle);
  const childProcess = new Proxy(
    {},
    { get: (_target, key) => Reflect.get(nodeRequire('node:child_process'), key) },
  );
  return (id) => (id === 'node:child_process' ? childProcess : nodeRequire(id));
}

/**
 * The bundle's exports, as require() would give them; `cacheAccepted` says whether the code
 * came from the cache, `cacheBytes()` makes a cache file's content from what ran so far (null
 * on a Node without zlib.crc32).
 */
function loadBundle(bundle = BUNDLE, cacheFile = CACHE) {
  const source = readFileSync(bundle);
  const cachedData = cachedDataFor(source, cacheFile);
  // Node's CommonJS wrapper and arguments: the bundle (commonjs2, from webpack) uses exports,
  // require for Node's own modules, module.exports and __dirname, nothing else of a module's.
  const script = new Script(`${WRAPPER_START}${source.toString('utf8')}${WRAPPER_END}`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} };
  script
    .runInThisContext()
    .call(module.exports, module.exports, bundleRequire(bundle), module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cacheAccepted: cachedData !== undefined && !script.cachedDataRejected,
    cacheBytes: () =>
      typeof crc32 === 'function'
        ? Buffer.concat([header(source), script.createCachedData()])
        : null,
  };
}

module.exports = { CACHE, bundleRequire, cachedDataFor, loadBundle };
