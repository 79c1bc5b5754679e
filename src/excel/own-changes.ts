/**
 * Tells the dashboard's change events caused by this runtime's own writes from the others, so
 * that a fill does not make the task pane think the averages are out of date, while a fill from
 * the ribbon does make it check again. An event is ours when its cells all lie in the blocks this
 * runtime has just written, on that sheet, shortly after. With ExcelApi 1.14 Excel also says
 * who wrote (triggerSource): "ThisLocalAddin" covers both runtimes of the add-in (the task pane
 * and the ribbon's command), so it only rules out the agent's edits; the blocks tell the runtimes
 * apart.
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
    if (
      triggerSourceKnown &&
      args.triggerSource !== undefined &&
      args.triggerSource !== 'ThisLocalAddin'
    )
      return false;
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
