import fc from 'fast-check';
import { formatNumber, parseNumberText } from '../../src/core/numbers';

const SPACES = ['', ' ', '\u00a0', '\u202f'];

/** Finite numbers 0..1e6 with up to three decimals, as agents type them. */
const amount = fc
  .tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 999 }), fc.nat(3))
  .map(([integer, thousandths, decimals]) => {
    const scale = 10 ** decimals;
    const fraction = Math.floor((thousandths / 1000) * scale);
    return { integer, fraction, decimals, value: integer + fraction / scale };
  })
  .filter(({ value }) => value <= 1_000_000);

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

function write(
  { integer, fraction, decimals }: { integer: number; fraction: number; decimals: number },
  point: string,
  thousands: string,
): string {
  const integerText = groupThousands(String(integer), thousands);
  if (decimals === 0) return integerText;
  return `${integerText}${point}${String(fraction).padStart(decimals, '0')}`;
}

describe('parseNumberText properties', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseNumberText(text);
        expect(result === null || Number.isFinite(result.value)).toBe(true);
      }),
    );
  });

  it('never throws on strings made of number characters', () => {
    const chars = fc.constantFrom(...'0123456789.,-+% j\u00a0\u202f\u2212eE');
    fc.assert(
      fc.property(
        fc.array(chars).map((a) => a.join('')),
        (text) => {
          const result = parseNumberText(text);
          expect(result === null || Number.isFinite(result.value)).toBe(true);
        },
      ),
    );
  });

  it('reads back the French writing (comma, spaced thousands, optional %)', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom(...SPACES),
        fc.constantFrom('', '%', ' %', '\u00a0%', '\u202f%'),
        (n, thousands, percent) => {
          const parsed = parseNumberText(write(n, ',', thousands) + percent);
          expect(parsed).not.toBeNull();
          expect(parsed?.value).toBeCloseTo(n.value, 9);
          expect(parsed?.percent).toBe(percent !== '');
        },
      ),
    );
  });

  it('reads back the English writing (point, comma thousands)', () => {
    fc.assert(
      fc.property(
        amount,
        fc.constantFrom('', ','),
        fc.constantFrom('', '%'),
        (n, thousands, percent) => {
          // "1,234" alone reads as 1.234 (a lone comma is a decimal mark): English thousands
          // are only unambiguous next to a decimal point or with two or more groups.
          fc.pre(thousands === '' || n.decimals > 0 || n.integer >= 1_000_000 || n.integer < 1000);
          const parsed = parseNumberText(write(n, '.', thousands) + percent);
          expect(parsed).not.toBeNull();
          expect(Math.abs((parsed?.value ?? NaN) - n.value)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, n.value),
          );
        },
      ),
    );
  });

  it('round-trips formatNumber "0.00" in both languages', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom('fr' as const, 'en' as const),
        fc.constantFrom('0.00', '#,##0.00', '0.00%'),
        (value, lang, format) => {
          const text = formatNumber(value, format, lang);
          const parsed = parseNumberText(text);
          expect(parsed).not.toBeNull();
          const shown = format.endsWith('%') ? value * 100 : value;
          expect(Math.abs((parsed?.value ?? NaN) - shown)).toBeLessThanOrEqual(
            0.005 + 1e-9 * Math.abs(shown),
          );
        },
      ),
    );
  });
});
