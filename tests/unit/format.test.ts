import { formatNumber, isPercentFormat } from '../../src/core/numbers';

const NNBSP = '\u202f';

describe('formatNumber in French', () => {
  it.each([
    // The seed's displays.
    [0.99, '0.0%', '99,0%'],
    [0.9, '0%', '90%'],
    [1, '0.00%', '100,00%'],
    [0.711, '0.00 %', '71,10 %'],
    [0.8911, '0.00%', '89,11%'],
    [6, '0%', '600%'],
    [2.4, '0.0 "j"', '2,4 j'],
    [38.25, '0.0', '38,3'],
    [1.3, 'General', '1,3'],
    // General.
    [0, 'General', '0'],
    [734, 'General', '734'],
    [0.1 + 0.2, 'General', '0,3'],
    [1 / 3, 'General', '0,3333333333'],
    [2 / 3, '', '0,6666666667'],
    [-2.5, 'General', '-2,5'],
    [12345678901, 'General', '12345678901'],
    [123456789012, 'General', '1,23457E+11'],
    [1e-10, 'General', '1E-10'],
    // Fixed decimals, rounding half away from zero on the decimal digits.
    [3, '0', '3'],
    [2.5, '0', '3'],
    [1.25, '0.0', '1,3'],
    [1.005, '0.00', '1,01'],
    [99.96, '0.0', '100,0'],
    [0.5, '#.##', ',5'],
    [0.5, '00.0', '00,5'],
    // Thousands.
    [1234.5, '#,##0', `1${NNBSP}235`],
    [1234567.891, '#,##0.00', `1${NNBSP}234${NNBSP}567,89`],
    [1234.5, '# ##0.00', `1${NNBSP}234,50`],
    [999, '#,##0', '999'],
    [1500000, '#,##0,', `1${NNBSP}500`],
    // Sections, brackets, escapes, literals.
    [-3.456, '0.00;[Red]-0.00', '-3,46'],
    [3.456, '0.00;(0.00)', '3,46'],
    [-0.25, '0%;-0%', '-25%'],
    [0.5, '[$-40C]0.0%', '50,0%'],
    [2, '0\\ \\j', '2 j'],
    [12.5, '0.0" jours"', '12,5 jours'],
    [12, '"≈ "0', '≈ 12'],
    [1234.5, '#,##0.00_-', `1${NNBSP}234,50 `],
    [7, 'General" j"', '7 j'],
    // Not supported: General instead.
    [0.5, '@', '0,5'],
    [44000, 'dd/mm/yyyy', '44000'],
    [1234, '0.00E+00', '1234'],
    [0.5, '# ?/?', '0,5'],
    [12, 'not a format', '12'],
  ])('%d in %j → %j', (value, format, expected) => {
    expect(formatNumber(value, format, 'fr')).toBe(expected);
  });
});

describe('formatNumber in English', () => {
  it.each([
    [0.99, '0.0%', '99.0%'],
    [2.4, '0.0 "j"', '2.4 j'],
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '# ##0', '1,235'],
    [1 / 3, 'General', '0.3333333333'],
    [123456789012, 'General', '1.23457E+11'],
    [-1.5, '0.00', '-1.50'],
  ])('%d in %j → %j', (value, format, expected) => {
    expect(formatNumber(value, format, 'en')).toBe(expected);
  });
});

describe('formatNumber never throws', () => {
  it.each([
    [Number.NaN, '0.0'],
    [Number.POSITIVE_INFINITY, 'General'],
  ])('%d gives #NUM!', (value, format) => {
    expect(formatNumber(value, format, 'fr')).toBe('#NUM!');
  });

  it.each(['"', '[', '\\', '_', '*', ';', '0.0.0', '0"', '[Red'])('format %j', (format) => {
    expect(typeof formatNumber(1.5, format, 'fr')).toBe('string');
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0%', true],
    ['0.0%', true],
    ['0.00 %', true],
    ['#,##0.0%;-#,##0.0%', true],
    ['[Red]0%', true],
    ['General', false],
    ['', false],
    ['0.0', false],
    ['0.0 "j"', false],
    ['0.0 "%"', false],
    ['0.0\\%', false],
    ['[$%-40C]0.0', false],
    ['@', false],
  ])('%j → %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});
