/**
 * The payload budget. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded), and the whole batch with
 * it; desktop Excel has no such limit but the same plan works there. Every batch is planned
 * against 4 MB, which leaves room for Excel's own wrapping of the data. Reads are estimated per
 * cell and property before they are queued; writes are measured on the data they send.
 */

/** What every request and every response is planned against. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * The bytes a cell costs in a response, by property, for typical dashboard content (a number
 * written with 17 digits, a short text, a number format, the value type's name). Long texts cost
 * more; the budget's margin to 5 MB absorbs them.
 */
const CELL_BYTES = {
  values: 20,
  text: 12,
  numberFormat: 11,
  formulas: 22,
  valueTypes: 9,
  /** getCellProperties' format.fill object of one cell. */
  fill: 125,
} as const;

/** The estimated response bytes of a cell read with its contents (and, for a fill, its fill). */
export function cellReadBytes(fills: boolean): number {
  const contents =
    CELL_BYTES.values +
    CELL_BYTES.text +
    CELL_BYTES.numberFormat +
    CELL_BYTES.formulas +
    CELL_BYTES.valueTypes;
  return fills ? contents + CELL_BYTES.fill : contents;
}

/** The bytes a call costs in a request besides its data (the sheet, the range and the method). */
export const CALL_BYTES = 400;

/** The UTF-8 size of a text (accents cost two bytes, as they do on the wire). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** The size of data as Office.js sends it (JSON). */
export function jsonBytes(data: unknown): number {
  return utf8Bytes(JSON.stringify(data) ?? '');
}

/** How many rows of `width` cells fit in `budget` bytes at `cellBytes` each (at least one). */
export function rowsWithin(budget: number, width: number, cellBytes: number): number {
  return Math.max(1, Math.floor(budget / (Math.max(1, width) * cellBytes)));
}

/** One call to queue, with what it adds to the request. */
export interface PlannedCall {
  readonly bytes: number;
  readonly queue: () => void;
}

/**
 * Groups calls, in order, into batches whose requests stay within the budget: as few batches as
 * fit, each a sync. A call larger than the budget on its own gets a batch of its own (callers
 * split their data so that this does not happen).
 */
export function packCalls(calls: readonly PlannedCall[], budget = PAYLOAD_BUDGET): PlannedCall[][] {
  const batches: PlannedCall[][] = [];
  let current: PlannedCall[] = [];
  let size = 0;
  for (const call of calls) {
    const bytes = call.bytes + CALL_BYTES;
    if (current.length > 0 && size + bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(call);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Splits items into consecutive slices of at most `size` (at least one item each). */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += step) out.push(items.slice(i, i + step));
  return out;
}
