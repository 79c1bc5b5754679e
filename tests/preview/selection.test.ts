import { parseRangeA1 } from '../../src/core/address';
import type { CellRange } from '../../src/core/grid';
import type { SheetSelection } from '../../src/preview/selection';
import {
  clickSelection,
  moveSelection,
  rangeSelection,
  selectionRange,
} from '../../src/preview/selection';

function range(text: string): CellRange {
  const parsed = parseRangeA1(text);
  if (!parsed) throw new Error(text);
  return parsed;
}

const at = (row: number, col: number) => ({ row, col });
const single = (row: number, col: number): SheetSelection => ({
  anchor: at(row, col),
  active: at(row, col),
});
// A5:A7 is a section merged over three rows; C2:E2 a header merged over three columns.
const MERGES = [range('A5:A7'), range('C2:E2')];
const BOUNDS = { rowCount: 10, colCount: 6 };

describe('selection in the sheet rendering', () => {
  it('selects the clicked cell, or the whole merged area it belongs to', () => {
    expect(clickSelection(single(0, 0), at(3, 3), false, MERGES)).toEqual(single(3, 3));
    const merged = clickSelection(single(0, 0), at(6, 0), false, MERGES);
    expect(merged).toEqual(single(4, 0));
    expect(selectionRange(merged, MERGES)).toEqual(range('A5:A7'));
  });

  it('stretches from the anchor with Shift+click', () => {
    const selection = clickSelection(single(1, 1), at(3, 2), true, MERGES);
    expect(selection.anchor).toEqual(at(1, 1));
    // B2:C4 cuts the header merged over C2:E2, so it grows to take it whole.
    expect(selectionRange(selection, MERGES)).toEqual(range('B2:E4'));
  });

  it('grows until no merged area is cut, even through a chain of merges', () => {
    const chain = [range('B2:C2'), range('C3:D3')];
    const selection = { anchor: at(1, 1), active: at(2, 2) };
    expect(selectionRange(selection, chain)).toEqual(range('B2:D3'));
  });

  it('moves with the arrow keys, a merged area counting as one cell', () => {
    expect(moveSelection(single(4, 0), 1, 0, false, BOUNDS, MERGES)).toEqual(single(7, 0));
    expect(moveSelection(single(7, 0), -1, 0, false, BOUNDS, MERGES)).toEqual(single(4, 0));
    expect(moveSelection(single(1, 2), 0, 1, false, BOUNDS, MERGES)).toEqual(single(1, 5));
    expect(moveSelection(single(1, 1), 0, 1, false, BOUNDS, MERGES)).toEqual(single(1, 2));
  });

  it('stops at the edges of the sheet', () => {
    expect(moveSelection(single(0, 0), -1, 0, false, BOUNDS, [])).toEqual(single(0, 0));
    expect(moveSelection(single(9, 5), 0, 1, false, BOUNDS, [])).toEqual(single(9, 5));
  });

  it('extends with Shift and the arrows, the anchor staying', () => {
    const once = moveSelection(single(2, 2), 1, 0, true, BOUNDS, []);
    const twice = moveSelection(once, 0, 1, true, BOUNDS, []);
    expect(twice).toEqual({ anchor: at(2, 2), active: at(3, 3) });
    expect(selectionRange(twice, [])).toEqual(range('C3:D4'));
  });

  it('selects a range asked for by address, its top-left cell first', () => {
    expect(rangeSelection(range('G22'), MERGES)).toEqual(single(21, 6));
    const block = rangeSelection(range('B3:D4'), MERGES);
    expect(block.anchor).toEqual(at(2, 1));
    expect(selectionRange(block, MERGES)).toEqual(range('B3:D4'));
    expect(rangeSelection(range('A6'), MERGES)).toEqual(single(4, 0));
  });
});
