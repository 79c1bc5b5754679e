/**
 * What the command line's bundle is given for `fflate` (webpack.cli.config.js). fflate builds
 * its Huffman tables as soon as it is loaded, 3 ms of every start, while the command inflates
 * and deflates with Node's zlib (zlib-codec.ts) and needs fflate only to zip a workbook of its
 * own (new-workbook.ts: consolidate). Here it is loaded on the first call.
 */
import type * as Fflate from 'fflate';

let loaded: typeof Fflate | undefined;

function fflate(): typeof Fflate {
  // A require() rather than an import, which would load the module at once. The browser
  // build: the Node one also loads worker_threads, for functions the command never calls.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('fflate/browser') as typeof Fflate;
  return loaded;
}

// Cast: fflate declares inflateSync as overloads, which a single arrow function cannot match.
export const inflateSync = ((data: Uint8Array, options?: Fflate.InflateOptions) =>
  fflate().inflateSync(data, options)) as typeof Fflate.inflateSync;

export const deflateSync: typeof Fflate.deflateSync = (data, options) =>
  fflate().deflateSync(data, options);

export const zipSync: typeof Fflate.zipSync = (data, options) => fflate().zipSync(data, options);

export const strToU8: typeof Fflate.strToU8 = (text, latin1) => fflate().strToU8(text, latin1);
