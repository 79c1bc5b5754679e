/**
 * How parts are inflated and deflated: fflate by default (the browser and Node alike); the
 * command line hands in Node's native zlib, several times faster on large parts. Either way the
 * output is bounded by the size the archive declares.
 */
import { deflateSync, inflateSync } from 'fflate';

export interface Codec {
  /** Raw DEFLATE data inflated into at most `size` bytes (more is cut, never allocated). */
  readonly inflate: (data: Uint8Array, size: number) => Uint8Array;
  /** Raw DEFLATE compression; the same input always gives the same output. */
  readonly deflate: (data: Uint8Array) => Uint8Array;
  /** The zip checksum of some bytes. */
  readonly crc32: (data: Uint8Array) => number;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

export const FFLATE_CODEC: Codec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  // Fast deflation: a large dashboard's report sheet runs to megabytes.
  deflate: (data) => deflateSync(data, { level: 1 }),
  crc32,
};
