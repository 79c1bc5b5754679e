/**
 * Writes a zip archive whose untouched entries are copied as stored (local header, compressed
 * data and central record byte for byte, only their offsets moved) and whose new or changed
 * entries are deflated afresh. The same entries give the same bytes.
 */
import type { Codec } from './codec';
import type { ZipEntry } from './zip-read';
import { CENTRAL_SIGNATURE, concat, DEFLATED, EOCD_SIGNATURE, LOCAL_SIGNATURE } from './zip-read';

const VERSION = 20;

/** General purpose flag: the name is UTF-8. */
const FLAG_UTF8 = 0x800;

export type OutEntry =
  | { readonly kind: 'copy'; readonly entry: ZipEntry }
  | {
      readonly kind: 'new';
      readonly name: string;
      readonly content: Uint8Array;
      readonly dosTime: number;
      readonly dosDate: number;
    };

interface Written {
  readonly local: Uint8Array;
  /** The central record, its local header offset still to be set. */
  readonly central: Uint8Array;
}

function newEntry(entry: Extract<OutEntry, { kind: 'new' }>, codec: Codec): Written {
  const name = new TextEncoder().encode(entry.name);
  const data = codec.deflate(entry.content);
  const crc = codec.crc32(entry.content);
  const flags = /^[\x20-\x7e]*$/.test(entry.name) ? 0 : FLAG_UTF8;
  const local = new Uint8Array(30 + name.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, LOCAL_SIGNATURE, true);
  lv.setUint16(4, VERSION, true);
  lv.setUint16(6, flags, true);
  lv.setUint16(8, DEFLATED, true);
  lv.setUint16(10, entry.dosTime, true);
  lv.setUint16(12, entry.dosDate, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, entry.content.length, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  local.set(data, 30 + name.length);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, CENTRAL_SIGNATURE, true);
  cv.setUint16(4, VERSION, true);
  cv.setUint16(6, VERSION, true);
  cv.setUint16(8, flags, true);
  cv.setUint16(10, DEFLATED, true);
  cv.setUint16(12, entry.dosTime, true);
  cv.setUint16(14, entry.dosDate, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, entry.content.length, true);
  cv.setUint16(28, name.length, true);
  central.set(name, 46);
  return { local, central };
}

export function writeZip(entries: readonly OutEntry[], codec: Codec): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const out of entries) {
    const written =
      out.kind === 'copy'
        ? // A copy of the record, never a view: a Node Buffer's slice() shares its memory.
          { local: out.entry.local, central: new Uint8Array(out.entry.central) }
        : newEntry(out, codec);
    new DataView(written.central.buffer, written.central.byteOffset).setUint32(42, offset, true);
    locals.push(written.local);
    centrals.push(written.central);
    offset += written.local.length;
  }
  const directory = concat(centrals);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, EOCD_SIGNATURE, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directory.length, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, directory, end]);
}
