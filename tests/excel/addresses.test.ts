import {
  contains,
  rangeOf,
  rangesOf,
  sheetAddress,
  splitSheetAddress,
} from '../../src/excel/addresses';

describe('sheet-qualified addresses', () => {
  it('quotes sheet names, doubling their quotes', () => {
    expect(sheetAddress('Tableau de bord 2020', 'G22')).toBe("'Tableau de bord 2020'!G22");
    expect(sheetAddress("TDB d'Aix", 'A1')).toBe("'TDB d''Aix'!A1");
  });

  it('splits a sheet from its range', () => {
    expect(splitSheetAddress("'TDB d''Aix'!A1:B2")).toEqual({ sheet: "TDB d'Aix", range: 'A1:B2' });
    expect(splitSheetAddress('Feuil1!$C$3')).toEqual({ sheet: 'Feuil1', range: '$C$3' });
    expect(splitSheetAddress('T5:T24')).toEqual({ sheet: null, range: 'T5:T24' });
  });

  it('reads every area of a RangeAreas address, commas in quoted names included', () => {
    expect(rangesOf("'A, B'!A5:A6,'A, B'!B7, 'A, B'!$C$1:$D$2")).toEqual([
      { top: 4, left: 0, bottom: 5, right: 0 },
      { top: 6, left: 1, bottom: 6, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 3 },
    ]);
    expect(rangeOf('Feuil1!B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  it('tells whether a block lies inside another', () => {
    const table = { top: 4, left: 19, bottom: 23, right: 19 };
    expect(contains(table, { top: 5, left: 19, bottom: 5, right: 19 })).toBe(true);
    expect(contains(table, { top: 5, left: 19, bottom: 5, right: 20 })).toBe(false);
  });
});
