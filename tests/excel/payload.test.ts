/** The payload budget: sizes measured as sent, calls packed into as few syncs as fit. */
import { CALL_BUDGET, bandsOf } from '../../src/excel/batches';
import {
  CALL_BYTES,
  PAYLOAD_BUDGET,
  jsonBytes,
  packCalls,
  rowsWithin,
  utf8Bytes,
} from '../../src/excel/payload';
import { selectionOf } from '../../src/excel/selection';
import { fingerprint, stillWritten } from '../../src/excel/undo-write';

describe('payload sizes', () => {
  it('counts UTF-8 bytes: accents two, typographic spaces three, emoji four', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('\u202f')).toBe(3);
    expect(utf8Bytes('😀')).toBe(4);
    expect(jsonBytes([['é']])).toBe(8);
  });

  it('fits rows to a budget, at least one', () => {
    expect(rowsWithin(1000, 10, 10)).toBe(10);
    expect(rowsWithin(10, 100, 100)).toBe(1);
  });

  it('packs calls in order into as few batches as the budget allows', () => {
    const queued: number[] = [];
    const calls = [1, 2, 3, 4, 5].map((n) => ({
      bytes: PAYLOAD_BUDGET / 2 - CALL_BYTES,
      queue: () => queued.push(n),
    }));
    const batches = packCalls(calls);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    batches.flat().forEach((call) => call.queue());
    expect(queued).toEqual([1, 2, 3, 4, 5]);
  });

  it('cuts data too large for one call into bands that fit', () => {
    const rows = Array.from({ length: 1000 }, () => 'x'.repeat(5000));
    const bands = bandsOf(rows, (some) => jsonBytes(some));
    expect(bands.length).toBeGreaterThan(1);
    expect(bands.flat()).toHaveLength(1000);
    expect(bands.every((band) => jsonBytes(band) <= CALL_BUDGET)).toBe(true);
  });
});

describe('the agent’s selection', () => {
  const used = { top: 1, left: 0, bottom: 23, right: 20 };

  it('spans the areas of one sheet and ignores the others', () => {
    expect(
      selectionOf("'Tableau de bord'!A2:T3,'Tableau de bord'!B5:C24,Notes!A1", 'Notes', used),
    ).toEqual({ sheet: 'Tableau de bord', range: { top: 1, left: 0, bottom: 23, right: 19 } });
  });

  it('cuts whole columns and rows to the used range, and refuses them outside it', () => {
    expect(selectionOf('Feuil1!$A:$T', 'Feuil1', used)?.range).toEqual({
      top: 1,
      left: 0,
      bottom: 23,
      right: 19,
    });
    expect(selectionOf('Feuil1!3:5', 'Feuil1', used)?.range).toEqual({
      top: 2,
      left: 0,
      bottom: 4,
      right: 20,
    });
    expect(selectionOf('Feuil1!AA:AB', 'Feuil1', used)).toBeNull();
    expect(selectionOf('Feuil1!AA100', 'Feuil1', used)?.range).toEqual({
      top: 99,
      left: 26,
      bottom: 99,
      right: 26,
    });
  });
});

describe('what undo compares', () => {
  it('takes numbers within a relative 1e-9 as the same, and everything else exactly', () => {
    const written = [0.9868333333333333, 'oui', 6];
    expect(stillWritten([0.986833333333333, 'oui', 6], written)).toBe(true);
    expect(stillWritten([0.98683, 'oui', 6], written)).toBe(false);
    expect(stillWritten([0.9868333333333333, 'non', 6], written)).toBe(false);
    expect(stillWritten([0.9868333333333333, 'oui'], written)).toBe(false);
  });

  it('still reads the fingerprint that records of version 1 kept', () => {
    const written = [0.5, 'oui'];
    expect(stillWritten(written, fingerprint(written))).toBe(true);
    expect(stillWritten([0.4, 'oui'], fingerprint(written))).toBe(false);
  });
});
