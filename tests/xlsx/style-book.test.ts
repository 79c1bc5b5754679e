/**
 * The style book derives cell styles from the workbook's own: it cuts each xf's start tag
 * with every attribute taken whole, so that a `>` inside a value is no end of tag.
 */
import { StyleBook } from '../../src/xlsx/style-book';

const styles = (xf: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x="urn:example"><fonts count="1"><font/></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1">${xf}</cellXfs></styleSheet>`;

describe('a cell style with a > inside an attribute value', () => {
  it('is derived with its attributes whole', () => {
    const book = new StyleBook(styles('<xf numFmtId="0" x:n="a>b" fontId="0"/>'));
    const index = book.withFormat(0, '0.0%');
    expect(index).toBe(1);
    const xml = book.toXml() ?? '';
    expect(xml).toContain(
      `<xf numFmtId="0" x:n="a>b" fontId="0"/><xf numFmtId="164" x:n="a>b" fontId="0" applyNumberFormat="1"/>`,
    );
  });
});
