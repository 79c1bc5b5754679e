import { parseNumberText, percentToFraction } from '../../src/core/numbers';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseNumberText reads what agents type', () => {
  it.each([
    // The seed's own month, N-1 and objective texts.
    ['99,0%', 99, true, false],
    ['100,00%', 100, true, false],
    ['71,10 %', 71.1, true, false],
    ['96.8%', 96.8, true, false],
    ['1,3', 1.3, false, false],
    // Percent forms.
    ['98,5 %', 98.5, true, false],
    [`98,5${NBSP}%`, 98.5, true, false],
    [`98,5${NNBSP}%`, 98.5, true, false],
    ['0%', 0, true, false],
    // Day forms.
    ['2 j', 2, false, true],
    ['2j', 2, false, true],
    ['5 j.', 5, false, true],
    ['2,5 J', 2.5, false, true],
    ['1 jour', 1, false, true],
    ['12 jours', 12, false, true],
    ['3 jours ouvrés', 3, false, true],
    ['3 jours ouvres', 3, false, true],
    ['1 jour ouvré', 1, false, true],
    [`4${NBSP}jours`, 4, false, true],
    // Thousands and decimal marks.
    ['1 234,5', 1234.5, false, false],
    ['1 234', 1234, false, false],
    [`1${NBSP}234`, 1234, false, false],
    [`1${NNBSP}234${NNBSP}567,25`, 1234567.25, false, false],
    ['1.234,5', 1234.5, false, false],
    ['1,234.5', 1234.5, false, false],
    ['1,234,567', 1234567, false, false],
    ['1.234.567', 1234567, false, false],
    ['1.234', 1.234, false, false],
    ['1,234', 1.234, false, false],
    ['0,5', 0.5, false, false],
    [',5', 0.5, false, false],
    ['.5', 0.5, false, false],
    ['007', 7, false, false],
    // Signs.
    ['+3', 3, false, false],
    ['-3', -3, false, false],
    ['\u22123', -3, false, false],
    ['-2,5 %', -2.5, true, false],
    ['-0', 0, false, false],
    // Surrounding spaces.
    ['  42  ', 42, false, false],
    [`${NBSP}42${NBSP}`, 42, false, false],
  ])('%j → %d (percent %s, days %s)', (text, value, percent, days) => {
    expect(parseNumberText(text)).toEqual({ value, percent, days });
  });

  it.each([
    '',
    '   ',
    'abc',
    'N/A',
    '79/mois',
    '< 5j',
    '<10j',
    '1e3',
    '1,2,3',
    '1.2.3',
    '12 34',
    '1 2345',
    '1 234.567,5',
    '1.234,567,8',
    '5.',
    '99,0%%',
    '%99',
    '2 heures',
    '3 jours calendaires',
    '-',
    '+',
    '--3',
    '+-3',
    'COVID',
    '98 % environ',
    'oui',
    '0x10',
    'Infinity',
    'NaN',
  ])('%j is not a number', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });

  it('never returns -0', () => {
    expect(Object.is(parseNumberText('-0,0')?.value, 0)).toBe(true);
  });

  it('returns null for a value that is not a string', () => {
    expect(parseNumberText(null as unknown as string)).toBeNull();
    expect(parseNumberText(42 as unknown as string)).toBeNull();
  });
});

describe('percentToFraction', () => {
  it.each([
    [99, 0.99],
    [14.1, 0.141],
    [1.1, 0.011],
    [0.7, 0.007],
    [98.5, 0.985],
    [0, 0],
    [100, 1],
    [1e-7, 1e-9],
  ])('%d → %d, the same double as the literal', (percent, fraction) => {
    expect(percentToFraction(percent)).toBe(fraction);
  });
});
