import { compact, normalizeText } from '../../src/core/normalize';

describe('normalizeText', () => {
  it.each([
    ['Résultats N-1', 'resultats n-1'],
    ['  Fermés  ', 'fermes'],
    ['DÉCEMBRE', 'decembre'],
    ['Août', 'aout'],
    ['Œuvre', 'oeuvre'],
    ['cæcum', 'caecum'],
    ['Objectifs\u00a0annuels', 'objectifs annuels'],
    ['98,5\u202f%', '98,5 %'],
    ['Atteinte\tobjectif\n2021', 'atteinte objectif 2021'],
    ['a  \u00a0 b', 'a b'],
    ['Téléprocédures abouties', 'teleprocedures abouties'],
    ['', ''],
    ['   ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps signs and digits that have no accent', () => {
    expect(normalizeText('≥ 85 %')).toBe('≥ 85 %');
    expect(normalizeText('<10j')).toBe('<10j');
  });
});

describe('compact', () => {
  it.each([
    ['N. C.', 'n.c.'],
    ['Sans\u00a0objet', 'sansobjet'],
    [' COVID 19 ', 'covid19'],
  ])('%j → %j', (input, expected) => {
    expect(compact(input)).toBe(expected);
  });
});
