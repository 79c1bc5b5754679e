/**
 * `qualepref rollover` in a file (design.md §7b), on the file engine's WorkbookPatch: the year
 * N+1 sheet is a copy of the year-N sheet part (layout, formats, merges, widths, validations,
 * conditional formats) placed right after it, with the plan's cells changed and the fill's
 * flags taken off; every other part, the year-N sheet first, is copied as stored. Parts a sheet
 * cannot share with its copy (drawings and charts, notes, tables, controls, linked hyperlinks)
 * stay with the year-N sheet: `dropped` says which, so that the command can say so.
 */
import type { RolloverPlan } from '../core/rollover-types';
import { FlagRecord, restoreOwnStyles } from './flag-record';
import type { XlsxPackage } from './package';
import { WorkbookPatch } from './workbook-patch';

export type DroppedPart = 'drawing' | 'comments' | 'table' | 'control' | 'hyperlink' | 'other';

export interface RolloverFile {
  readonly bytes: Uint8Array;
  /** What the year-N sheet had that its copy does not, in a stable order. */
  readonly dropped: readonly DroppedPart[];
}

/** What the copy loses, by the kind of relationship the year-N sheet has. */
const DROPPED_BY_KIND: Readonly<Record<string, DroppedPart | null>> = {
  drawing: 'drawing',
  image: 'drawing',
  vmlDrawing: 'comments',
  comments: 'comments',
  threadedComment: 'comments',
  table: 'table',
  ctrlProp: 'control',
  oleObject: 'control',
  control: 'control',
  hyperlink: 'hyperlink',
  // The copy keeps the print settings; only Windows' printer binary stays behind.
  printerSettings: null,
};

const ORDER: readonly DroppedPart[] = [
  'drawing',
  'comments',
  'table',
  'control',
  'hyperlink',
  'other',
];

/** Writes the rolled-over copy of a workbook; throws WorkbookError when it cannot be written. */
export function writeRolloverFile(pkg: XlsxPackage, plan: RolloverPlan): RolloverFile {
  const patch = new WorkbookPatch(pkg);
  const source = patch.worksheet(plan.sheet);
  const dropped = new Set<DroppedPart>();
  for (const relationship of pkg.relationshipsOf(source.path)) {
    const part = DROPPED_BY_KIND[relationship.kind];
    if (part !== null) dropped.add(part ?? 'other');
  }

  const sheet = patch.addSheetCopy(plan.sheet, plan.newSheet);
  // The copy took the year-N flags with the cells: a filled workbook's record gives each its
  // own style back, so that the new year does not start coloured (as in Excel, rollover-write).
  restoreOwnStyles(sheet, patch.styles, FlagRecord.of(pkg).cells(plan.sheet));
  for (const area of plan.clears)
    for (let row = area.top; row <= area.bottom; row += 1)
      for (let col = area.left; col <= area.right; col += 1)
        sheet.write(row, col, null, sheet.styleAt(row, col));
  for (const write of plan.writes) {
    const own = sheet.styleAt(write.row, write.col);
    if (typeof write.value === 'number') {
      const style = write.format === null ? own : patch.styles.withFormat(own, write.format);
      sheet.write(write.row, write.col, { kind: 'number', value: write.value }, style);
    } else sheet.write(write.row, write.col, { kind: 'text', value: write.value }, own);
  }
  return { bytes: patch.toBytes(), dropped: ORDER.filter((part) => dropped.has(part)) };
}
