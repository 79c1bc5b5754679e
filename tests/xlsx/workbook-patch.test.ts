/**
 * The general patch: a copy of a worksheet added beside it, with some cells changed, as the
 * year's rollover needs; the original sheet and every other part stay as stored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rangeA1 } from '../../src/core/address';
import { cellAt } from '../../src/core/grid';
import { openPackage, WorkbookPatch } from '../../src/xlsx';
import { SEED_SHEET } from '../fixtures/seed-dashboard';
import { addSheet } from '../fixtures/variants/build-workbook';
import { cellOf } from '../oracle/exceljs-cells';
import { loadWorkbook, saveWorkbook } from '../oracle/exceljs-io';
import { editPart, partText, unzip } from '../helpers/package-edit';

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx')),
);
const NEXT = 'Tableau de bord 2021';

async function withNotes(): Promise<Uint8Array> {
  const workbook = await loadWorkbook(SAMPLE);
  addSheet(workbook, { name: 'Notes', rows: [['à garder']] });
  // A print area scoped to "Notes", the second sheet, as Excel writes it.
  return editPart(await saveWorkbook(workbook), 'xl/workbook.xml', (xml) =>
    xml.replace(
      '</sheets>',
      `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Notes!$A$1</definedName></definedNames>`,
    ),
  );
}

describe('WorkbookPatch.addSheetCopy', () => {
  it('adds the copy right after its source, cells changed, formats and merges kept', async () => {
    const input = await withNotes();
    const pkg = openPackage(input);
    const patch = new WorkbookPatch(pkg);
    const copy = patch.addSheetCopy(SEED_SHEET, NEXT);
    copy.write(0, 0, { kind: 'text', value: 'ANNEE 2021' }, copy.styleAt(0, 0));
    copy.write(4, 6, null, copy.styleAt(4, 6));
    const output = patch.toBytes();

    const after = openPackage(output);
    expect(after.worksheets().map((sheet) => sheet.name)).toEqual([SEED_SHEET, NEXT, 'Notes']);
    const source = pkg.readGrid(SEED_SHEET);
    const grid = after.readGrid(NEXT);
    expect(cellAt(grid, 0, 0).value).toBe('ANNEE 2021');
    expect(cellAt(grid, 4, 6).kind).toBe('empty');
    expect(cellAt(grid, 4, 7)).toEqual(cellAt(source, 4, 7));
    expect(grid.merges.map(rangeA1)).toEqual(source.merges.map(rangeA1));
    expect(after.readGrid(SEED_SHEET)).toEqual(source);

    const workbook = await loadWorkbook(output);
    const copied = workbook.getWorksheet(NEXT);
    if (!copied) throw new Error('no copy');
    expect(cellOf(copied, 4, 6).numFmt).toBe(cellOf(copied, 4, 7).numFmt);
    expect(copied.getColumn(2).width).toBe(workbook.getWorksheet(SEED_SHEET)?.getColumn(2).width);
    // The print area scoped to "Notes" follows it to the third place.
    expect(partText(unzip(output), 'xl/workbook.xml')).toContain(
      '<definedName name="_xlnm.Print_Area" localSheetId="2">Notes!$A$1</definedName>',
    );

    const before = unzip(input);
    const parts = unzip(output);
    for (const path of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/styles.xml']) {
      expect(Buffer.from(parts[path]).equals(Buffer.from(before[path]))).toBe(true);
    }
  });
});
