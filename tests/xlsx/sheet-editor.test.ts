/**
 * The sheet editor reads a cell's `r` and `s` in its start tag with every other attribute
 * taken whole: a value that holds `r='…'`, `s='…'` or `>` is not markup. Excel writes no such
 * value on a cell, but another tool may, and a misread would restyle or move the wrong cell.
 */
import { SheetEditor } from '../../src/xlsx/sheet-editor';
import { attributesOf, withAttribute } from '../../src/xlsx/xml-edit';
import { fastScan } from '../../src/xlsx/worksheet-scan';

const worksheet = (cells: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;

/** The editor on its own search, and on the places the fast reader gives when it reads it. */
function editors(xml: string): SheetEditor[] {
  const places = fastScan('sheet.xml', xml)?.places ?? null;
  const searching = new SheetEditor(xml);
  return places === null ? [searching] : [searching, new SheetEditor(xml, places)];
}

describe('a cell start tag whose other attributes hold lookalikes', () => {
  const tricky = `<c x:note="r='B1' s='7'>" r="A1" s="3"><v>1</v></c><c r="B1" x:note='s="9"'><v>2</v></c>`;
  const xml = worksheet(tricky).replace('<worksheet ', '<worksheet xmlns:x="urn:example" ');

  it('reads each cell’s own reference and style', () => {
    expect(editors(xml)).toHaveLength(2);
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

describe('attribute names in other scripts (XML names need not be ASCII)', () => {
  const cells = `<c r="A1" x:é="x" s="3"><v>1</v></c><c x:é="s='8'" r="B1" s="4"><v>2</v></c>`;
  const xml = worksheet(cells).replace('<worksheet ', '<worksheet xmlns:x="urn:example" ');

  it('reads and restyles each cell in place, never adding a second s', () => {
    for (const editor of editors(xml)) {
      expect([editor.styleAt(0, 0), editor.styleAt(0, 1)]).toEqual([3, 4]);
      editor.restyle(0, 0, 7);
      editor.restyle(0, 1, 9);
      expect(editor.toXml()).toBe(
        xml.replace(
          cells,
          `<c r="A1" x:é="x" s="7"><v>1</v></c><c x:é="s='8'" r="B1" s="9"><v>2</v></c>`,
        ),
      );
    }
  });
});

describe('references in a cell’s r and s, decoded as the scan decodes them', () => {
  const cells = `<c r="&#66;1" s="&#51;"><v>1</v></c>`;
  const xml = worksheet(cells);

  it('reads the cell where the scan puts it, and restyles it there', () => {
    for (const editor of editors(xml)) {
      expect([editor.styleAt(0, 0), editor.styleAt(0, 1)]).toEqual([0, 3]);
      editor.restyle(0, 1, 9);
      expect(editor.toXml()).toBe(xml.replace(cells, `<c r="&#66;1" s="9"><v>1</v></c>`));
    }
  });
});

describe('withAttribute and attributesOf', () => {
  it('set, replace and remove the attribute itself, whatever the others hold', () => {
    const tag = `<dimension é="1" x:note="ref='Z9'" ref="A1:B2"/>`;
    expect(withAttribute(tag, 'ref', 'A1:C3')).toBe(
      `<dimension é="1" x:note="ref='Z9'" ref="A1:C3"/>`,
    );
    expect(withAttribute(tag, 'ref', null)).toBe(`<dimension é="1" x:note="ref='Z9'"/>`);
    expect(withAttribute('<sheetView é="1" tabSelected="1">', 'tabSelected', null)).toBe(
      '<sheetView é="1">',
    );
    expect(withAttribute(`<x a="ref='1'">`, 'ref', '2')).toBe(`<x a="ref='1'" ref="2">`);
    expect(withAttribute('<c r="A1" \n />', 's', '3')).toBe('<c r="A1" s="3"/>');
  });

  it('writes a value as it is, `$` sequences included', () => {
    expect(withAttribute('<sheet name="Old" sheetId="1"/>', 'name', 'A$&B $1')).toBe(
      '<sheet name="A$&amp;B $1" sheetId="1"/>',
    );
    expect(withAttribute('<sheet sheetId="1"/>', 'name', '$`x$$')).toBe(
      '<sheet sheetId="1" name="$`x$$"/>',
    );
  });

  it('reads each attribute once, none from inside another one’s value', () => {
    expect([...attributesOf(`<c é="s='9'" s="3" t='a"b'>`)]).toEqual([
      ['é', "s='9'"],
      ['s', '3'],
      ['t', 'a"b'],
    ]);
  });
});
