/**
 * Files that are not a readable workbook: each one gets its own WorkbookError code (a sentence
 * in src/i18n/files.ts), in bounded time and memory, and never any other exception.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import type { WorkbookErrorCode } from '../../src/xlsx';
import { openPackage, WorkbookError } from '../../src/xlsx';
import { editPart, unzip, zip } from '../helpers/package-edit';

const SAMPLE = new Uint8Array(
  readFileSync(join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx')),
);
const SHEET = 'xl/worksheets/sheet1.xml';

/** Opens the bytes and reads every grid: the whole path a check takes. */
function readAll(bytes: Uint8Array, limits?: { maxPartBytes: number; maxTotalBytes: number }) {
  return openPackage(bytes, { limits }).readGrids();
}

function codeOf(run: () => unknown): WorkbookErrorCode {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookError) return error.code;
    throw error;
  }
  throw new Error('the file was read');
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(stream: string): Uint8Array {
  const name = Array.from(stream).flatMap((c) => [c.charCodeAt(0), 0]);
  const bytes = new Uint8Array(2048);
  bytes.set(OLE, 0);
  bytes.set(name, 1024);
  return bytes;
}

describe('files that are not workbooks', () => {
  it('a text file, an empty file, a zip without a workbook', () => {
    expect(codeOf(() => readAll(strToU8('Janv;Fevr;Mars\n99,0%;98,8%\n')))).toBe('not_a_workbook');
    expect(codeOf(() => readAll(new Uint8Array(0)))).toBe('not_a_workbook');
    expect(codeOf(() => readAll(zip({ 'word/document.xml': strToU8('<w:document/>') })))).toBe(
      'not_a_workbook',
    );
  });

  it('a password-protected workbook and an Excel 97-2003 file, both OLE compound files', () => {
    expect(codeOf(() => readAll(oleFile('EncryptedPackage')))).toBe('encrypted');
    expect(codeOf(() => readAll(oleFile('Workbook')))).toBe('legacy_xls');
  });

  it('an OpenDocument spreadsheet and a binary workbook', () => {
    const ods = zip({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(codeOf(() => readAll(ods))).toBe('ods');
    const xlsb = zip({ 'xl/workbook.bin': new Uint8Array(8) });
    expect(codeOf(() => readAll(xlsb))).toBe('xlsb');
  });

  it('a cut archive', () => {
    for (const length of [10, 100, 1000, SAMPLE.length / 2, SAMPLE.length - 10]) {
      expect(codeOf(() => readAll(SAMPLE.subarray(0, Math.floor(length))))).toBe('damaged');
    }
  });

  it('a part that inflates past the limit (a zip bomb)', () => {
    const parts = unzip(SAMPLE);
    // 24 MB of spaces inside the sheet: a few kilobytes compressed.
    const xml = new TextDecoder().decode(parts[SHEET]);
    const padding = ' '.repeat(24 * 1024 * 1024);
    parts[SHEET] = strToU8(xml.replace('<sheetData>', `<sheetData>${padding}`));
    const bomb = zip(parts);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(codeOf(() => readAll(bomb, { maxPartBytes: 8 * 1024 * 1024, maxTotalBytes: 1e9 }))).toBe(
      'too_large',
    );
    expect(
      codeOf(() => readAll(bomb, { maxPartBytes: 1e9, maxTotalBytes: 16 * 1024 * 1024 })),
    ).toBe('too_large');
  });

  it('XML with a document type declaration or entities', () => {
    const dtd = editPart(SAMPLE, 'xl/workbook.xml', (xml) =>
      xml.replace('?>', '?><!DOCTYPE workbook [<!ENTITY a "aaaaaaaaaa">]>'),
    );
    expect(codeOf(() => readAll(dtd))).toBe('unsafe_xml');
    const entity = editPart(SAMPLE, SHEET, (xml) => xml.replace('<sheetData>', '<sheetData>&a;'));
    expect(codeOf(() => readAll(entity))).toBe('unsafe_xml');
  });
});

describe('fuzzed packages', () => {
  it('never crash: a cut or a flipped byte gives a grid or a WorkbookError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(SAMPLE.length), fc.nat({ max: SAMPLE.length })),
        fc.array(fc.tuple(fc.nat({ max: SAMPLE.length - 1 }), fc.integer({ min: 1, max: 255 })), {
          maxLength: 4,
        }),
        (cut, flips) => {
          const bytes = SAMPLE.slice(0, cut);
          for (const [at, xor] of flips) if (at < bytes.length) bytes[at] ^= xor;
          try {
            readAll(bytes);
          } catch (error) {
            if (!(error instanceof WorkbookError)) throw error;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
