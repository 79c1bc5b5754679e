import fc from 'fast-check';
import type { CellReading } from '../../src/core/cell-reader';
import { MARKERS, readCell } from '../../src/core/cell-reader';
import type { Cell, CellKind } from '../../src/core/grid';

const KINDS = ['number', 'marker', 'empty', 'error', 'invalid'] as const;

/** Any cell an adapter could hand over, consistent or not. */
const anyCell: fc.Arbitrary<Cell> = fc.record({
  value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
  text: fc.string(),
  format: fc.oneof(fc.constantFrom('General', '0.0%', '0.0 "j"', '@', ''), fc.string()),
  formula: fc.option(fc.string()),
  kind: fc.constantFrom<CellKind>('empty', 'number', 'text', 'boolean', 'error'),
});

/** A text cell made of what agents type: digits, marks, units, markers, spaces. */
const typedText = fc
  .array(
    fc.constantFrom(
      ...'0123456789,.-+% j\u00a0\u202f\u2212',
      ...Object.values(MARKERS).flat(),
      'jours',
      'ouvrés',
      'Fermés',
      'COVID',
    ),
    { maxLength: 8 },
  )
  .map((parts): Cell => {
    const text = parts.join('');
    return { value: text, text, format: 'General', formula: null, kind: 'text' };
  });

function checkReading(reading: CellReading): void {
  expect(KINDS).toContain(reading.kind);
  const keys = Object.keys(reading).sort();
  switch (reading.kind) {
    case 'number':
      expect(keys).toEqual(['fromText', 'kind', 'percent', 'value']);
      expect(Number.isFinite(reading.value)).toBe(true);
      break;
    case 'marker':
      expect(keys).toEqual(['kind', 'status']);
      expect(Object.keys(MARKERS)).toContain(reading.status);
      break;
    case 'error':
      expect(keys).toEqual(['code', 'kind']);
      break;
    default:
      expect(keys).toEqual(['kind']);
  }
}

describe('readCell properties', () => {
  it('returns exactly one well-formed reading for any cell', () => {
    fc.assert(fc.property(anyCell, (cell) => checkReading(readCell(cell))));
  });

  it('returns one well-formed reading for any typed text', () => {
    fc.assert(fc.property(typedText, (cell) => checkReading(readCell(cell))));
  });

  it('reads a number cell as its own value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const reading = readCell({
          value,
          text: '',
          format: 'General',
          formula: null,
          kind: 'number',
        });
        expect(reading).toEqual({ kind: 'number', value, fromText: false, percent: false });
      }),
    );
  });

  it('reads a percentage typed as text as a hundredth of the number written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (thousandths) => {
        const written = thousandths / 1000;
        const text = `${String(written).replace('.', ',')} %`;
        const reading = readCell({
          value: text,
          text,
          format: 'General',
          formula: null,
          kind: 'text',
        });
        expect(reading.kind).toBe('number');
        if (reading.kind === 'number') {
          expect(reading.percent).toBe(true);
          expect(reading.value).toBeCloseTo(written / 100, 12);
        }
      }),
    );
  });
});
