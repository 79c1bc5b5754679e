/**
 * The entries of a zip archive, read from its central directory without inflating anything:
 * each entry keeps its stored bytes so that the writer can copy untouched parts as they are.
 * Inflating is bounded: a part may not grow past the limits (zip bombs), and the whole archive
 * shares one budget.
 */
import type { Codec } from './codec';
import { FFLATE_CODEC } from './codec';
import { WorkbookError } from './workbook-error';

export const LOCAL_SIGNATURE = 0x04034b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const EOCD_SIGNATURE = 0x06054b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const STORED = 0;
export const DEFLATED = 8;
/** General purpose flag bits: the entry is encrypted; sizes follow the data. */
const FLAG_ENCRYPTED = 0x1;
const FLAG_DESCRIPTOR = 0x8;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  /** The central directory record as stored, name, extra field and comment included. */
  readonly central: Uint8Array;
  /** The local header, the data and its descriptor, as stored. */
  readonly local: Uint8Array;
  /** The compressed data. */
  readonly data: Uint8Array;
}

export interface InflateLimits {
  /** The most one part may inflate to. */
  readonly maxPartBytes: number;
  /** The most all the parts read from one archive may inflate to, together. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_LIMITS: InflateLimits = {
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

export class ZipArchive {
  /** By lower-case name: package part names are compared without regard to case. */
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    readonly entries: readonly ZipEntry[],
    readonly limits: InflateLimits,
    readonly codec: Codec = FFLATE_CODEC,
  ) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /**
   * The entry's content, whole. The output buffer is sized by the size the archive declares,
   * within the limits, and never grows: an entry that would inflate past its declared size is
   * cut there (and then fails as damaged), so that memory stays bounded whatever the data.
   */
  read(entry: ZipEntry): Uint8Array {
    if (entry.size > this.limits.maxPartBytes) tooLarge(entry);
    this.count(entry, entry.size);
    if (entry.method === STORED) return entry.data;
    if (entry.size === 0) return new Uint8Array(0);
    let out: Uint8Array;
    try {
      out = this.codec.inflate(entry.data, entry.size);
    } catch (error) {
      throw new WorkbookError('damaged', `${entry.name}: ${String(error)}`);
    }
    if (out.length !== entry.size) {
      throw new WorkbookError(
        'damaged',
        `${entry.name}: ${out.length} bytes, ${entry.size} expected`,
      );
    }
    return out;
  }

  private count(entry: ZipEntry, bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxTotalBytes) tooLarge(entry);
  }
}

function tooLarge(entry: ZipEntry): never {
  throw new WorkbookError('too_large', `${entry.name} inflates past the limit`);
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4
  );
}

const names = new TextDecoder('utf-8');

function truncated(detail: string): never {
  throw new WorkbookError('damaged', detail);
}

/** The length of the data descriptor after an entry's data (its signature is optional). */
function descriptorLength(view: DataView, at: number): number {
  if (at + 4 <= view.byteLength && view.getUint32(at, true) === DESCRIPTOR_SIGNATURE) return 16;
  return 12;
}

function readEntry(bytes: Uint8Array, view: DataView, at: number): ZipEntry {
  if (at + CENTRAL_HEADER_SIZE > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
    truncated('central directory cut');
  }
  const flags = view.getUint16(at + 8, true);
  const method = view.getUint16(at + 10, true);
  const compressedSize = view.getUint32(at + 20, true);
  const size = view.getUint32(at + 24, true);
  const nameLength = view.getUint16(at + 28, true);
  const recordLength =
    CENTRAL_HEADER_SIZE +
    nameLength +
    view.getUint16(at + 30, true) +
    view.getUint16(at + 32, true);
  const localAt = view.getUint32(at + 42, true);
  if (at + recordLength > bytes.length) truncated('central directory cut');
  const name = names.decode(
    bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength),
  );
  if (flags & FLAG_ENCRYPTED) throw new WorkbookError('not_a_workbook', `${name} is encrypted`);
  if (method !== STORED && method !== DEFLATED) {
    throw new WorkbookError('not_a_workbook', `${name}: compression method ${method}`);
  }
  if (
    localAt + LOCAL_HEADER_SIZE > bytes.length ||
    view.getUint32(localAt, true) !== LOCAL_SIGNATURE
  ) {
    truncated(`${name}: local header missing`);
  }
  const dataAt =
    localAt +
    LOCAL_HEADER_SIZE +
    view.getUint16(localAt + 26, true) +
    view.getUint16(localAt + 28, true);
  const dataEnd = dataAt + compressedSize;
  if (dataEnd > bytes.length) truncated(`${name}: data cut`);
  const localEnd = flags & FLAG_DESCRIPTOR ? dataEnd + descriptorLength(view, dataEnd) : dataEnd;
  if (localEnd > bytes.length) truncated(`${name}: descriptor cut`);
  return {
    name,
    method,
    flags,
    crc: view.getUint32(at + 16, true),
    compressedSize,
    size,
    dosTime: view.getUint16(at + 12, true),
    dosDate: view.getUint16(at + 14, true),
    central: bytes.subarray(at, at + recordLength),
    local: bytes.subarray(localAt, localEnd),
    data: bytes.subarray(dataAt, dataEnd),
  };
}

/** Throws a WorkbookError when the bytes are not a zip archive this reader can open. */
export function readZip(
  bytes: Uint8Array,
  limits: InflateLimits = DEFAULT_LIMITS,
  codec: Codec = FFLATE_CODEC,
): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) {
    if (isZip(bytes)) truncated('end of central directory missing');
    throw new WorkbookError('not_a_workbook', 'not a zip archive');
  }
  const count = view.getUint16(eocd + 10, true);
  const directoryAt = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryAt === 0xffffffff) {
    throw new WorkbookError('too_large', 'zip64 archive');
  }
  const entries: ZipEntry[] = [];
  let at = directoryAt;
  for (let i = 0; i < count; i++) {
    const entry = readEntry(bytes, view, at);
    entries.push(entry);
    at += entry.central.length;
  }
  return new ZipArchive(entries, limits, codec);
}
