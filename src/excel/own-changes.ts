/**
 * Tells the dashboard's change events caused by the add-in's own writes from the agent's edits,
 * so that a fill does not make the task pane think the averages are out of date. With
 * ExcelApi 1.14 Excel says so itself (triggerSource "ThisLocalAddin"); before it, an event whose
 * cells all lie in the blocks the add-in has just written, on that sheet, shortly after, is ours.
 */
import type { CellRange } from '../core/grid';
import { contains, rangeOf, splitSheetAddress } from './addresses';
import type { XChangedArgs } from './excel-api';

/** Change events arrive after the write's sync; a few seconds covers a slow Excel. */
const WINDOW_MS = 10_000;

interface Expected {
  readonly sheet: string;
  readonly blocks: readonly CellRange[];
  readonly at: number;
}

export class OwnChanges {
  private expected: Expected | null = null;

  expect(sheet: string, blocks: readonly CellRange[], at: number): void {
    this.expected = { sheet, blocks, at };
  }

  isOwn(sheet: string, args: XChangedArgs, now: number, triggerSourceKnown: boolean): boolean {
    if (triggerSourceKnown && args.triggerSource !== undefined)
      return args.triggerSource === 'ThisLocalAddin';
    const expected = this.expected;
    if (!expected || expected.sheet !== sheet || now - expected.at > WINDOW_MS) return false;
    const changed = rangeOf(splitSheetAddress(args.address).range);
    if (!changed) return false;
    return everyCellIn(changed, expected.blocks);
  }
}

/** Whether every cell of `range` is in one of `blocks` (checked row by row of each column). */
function everyCellIn(range: CellRange, blocks: readonly CellRange[]): boolean {
  for (let col = range.left; col <= range.right; col += 1) {
    let row = range.top;
    while (row <= range.bottom) {
      const block = blocks.find((b) =>
        contains(b, { top: row, bottom: row, left: col, right: col }),
      );
      if (!block) return false;
      row = block.bottom + 1;
    }
  }
  return true;
}
