/**
 * The sheet editor reads a cell's `r` and `s` in its start tag with every other attribute
 * taken whole: a value that holds `r='…'`, `s='…'` or `>` is not markup. Excel writes no such
 * value on a cell, but another tool may, and a misread would restyle or move the wrong cell.
 */
import { SheetEditor } from '../../src/xlsx/sheet-editor';
import { fastScan } from '../../src/xlsx/worksheet-scan';

const worksheet = (cells: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

/** The editor on its own search, and on the places the fast reader gives. */
function editors(xml: string): SheetEditor[] {
  const places = fastScan('sheet.xml', xml)?.places ?? null;
  expect(places).not.toBeNull();
  return [new SheetEditor(xml), new SheetEditor(xml, places)];
}

describe('a cell start tag whose other attributes hold lookalikes', () => {
  const tricky = `<c x:note="r='B1' s='7'>" r="A1" s="3"><v>1</v></c><c r="B1" x:note='s="9"'><v>2</v></c>`;
  const xml = worksheet(tricky).replace('<worksheet ', '<worksheet xmlns:x="urn:example" ');

  it('reads each cell’s own reference and style', () => {
    for (const editor of editors(xml)) {
      expect(editor.styleAt(0, 0)).toBe(3);
      expect(editor.styleAt(0, 1)).toBe(0);
      expect(editor.hasOwnStyle(0, 1)).toBe(false);
    }
  });

  it('restyles the attribute itself, where it stands or added after the others', () => {
    for (const editor of editors(xml)) {
      editor.restyle(0, 0, 5);
      editor.restyle(0, 1, 6);
      expect(editor.toXml()).toBe(
        xml.replace(
          tricky,
          `<c x:note="r='B1' s='7'>" r="A1" s="5"><v>1</v></c><c r="B1" x:note='s="9"' s="6"><v>2</v></c>`,
        ),
      );
    }
  });

  it('takes a style back off, leaving the other attributes as they were', () => {
    for (const editor of editors(xml)) {
      editor.restyle(0, 0, 0);
      expect(editor.toXml()).toBe(
        xml.replace(`<c x:note="r='B1' s='7'>" r="A1" s="3">`, `<c x:note="r='B1' s='7'>" r="A1">`),
      );
    }
  });
});
