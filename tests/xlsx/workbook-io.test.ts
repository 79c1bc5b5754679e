import { Workbook } from 'exceljs';
import { loadWorkbook, saveWorkbook, WorkbookError } from '../../src/xlsx';
import { FIXED_WORKBOOK_DATE } from '../../src/xlsx/workbook-io';
import { stampZipEntries } from '../../src/xlsx/zip-dates';
import { workbookBytes } from '../fixtures/variants/files';

const ONE_SHEET = [{ name: 'Feuil1', rows: [['Janv', 0.99]] }];

/** The DOS date and time words of every local header and central directory entry. */
function entryStamps(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const stamps: string[] = [];
  for (let at = 0; at + 4 <= bytes.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50)
      stamps.push(`${view.getUint16(at + 10, true)}/${view.getUint16(at + 12, true)}`);
    if (signature === 0x02014b50)
      stamps.push(`${view.getUint16(at + 12, true)}/${view.getUint16(at + 14, true)}`);
  }
  return stamps;
}

async function failure(data: Uint8Array): Promise<WorkbookError> {
  try {
    await loadWorkbook(data);
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('the data loaded');
}

describe('loadWorkbook', () => {
  it('opens .xlsx bytes given as a Uint8Array or an ArrayBuffer', async () => {
    const bytes = await workbookBytes(ONE_SHEET);
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    for (const data of [bytes, copy]) {
      const workbook = await loadWorkbook(data as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Feuil1']);
    }
  });

  it('says "not a workbook" for a text file, an empty file and a zip without sheets', async () => {
    const empty = await new Workbook().xlsx.writeBuffer();
    const cases = [
      new TextEncoder().encode('Janv;Fevr;Mars\n99,0%;98,8%;98,6%\n'),
      new Uint8Array(0),
      new Uint8Array(empty),
    ];
    for (const data of cases) expect((await failure(data)).code).toBe('not_a_workbook');
  });

  it('tells an Excel 97-2003 or password-protected file apart', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await failure(ole)).code).toBe('legacy_or_encrypted');
  });
});

describe('saveWorkbook', () => {
  afterEach(() => jest.useRealTimers());

  it('gives the same bytes for the same workbook, whatever the time of saving', async () => {
    const bytes = await workbookBytes(ONE_SHEET);
    // Only the clock is faked: JSZip's asynchronous work still needs real timers.
    jest.useFakeTimers({
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'queueMicrotask',
        'clearImmediate',
        'clearTimeout',
        'clearInterval',
      ],
    });
    jest.setSystemTime(new Date(Date.UTC(2024, 2, 3, 10, 11, 12)));
    const first = await saveWorkbook(await loadWorkbook(bytes));
    jest.setSystemTime(new Date(Date.UTC(2031, 7, 9, 17, 5, 41)));
    const second = await saveWorkbook(await loadWorkbook(bytes));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps the workbook dates, and gives a constant to a workbook without any', async () => {
    const dated = new Workbook();
    dated.created = new Date(Date.UTC(2019, 11, 2));
    dated.modified = new Date(Date.UTC(2020, 11, 31, 16, 30));
    dated.addWorksheet('A');
    const reloaded = await loadWorkbook(await saveWorkbook(dated));
    expect([reloaded.created, reloaded.modified]).toEqual([dated.created, dated.modified]);

    const undated = new Workbook();
    undated.addWorksheet('A');
    (undated as { created?: Date }).created = undefined;
    (undated as { modified?: Date }).modified = undefined;
    const fixed = await loadWorkbook(await saveWorkbook(undated));
    expect([fixed.created, fixed.modified]).toEqual([FIXED_WORKBOOK_DATE, FIXED_WORKBOOK_DATE]);
  });
});

describe('stampZipEntries', () => {
  it('dates every entry of the archive, local header and directory alike', async () => {
    const bytes = await workbookBytes(ONE_SHEET);
    // 2021-02-10 09:30:20 UTC → date ((41 << 9) | (2 << 5) | 10), time ((9 << 11) | (30 << 5) | 10).
    stampZipEntries(bytes, new Date(Date.UTC(2021, 1, 10, 9, 30, 20)));
    const stamps = entryStamps(bytes);
    expect(stamps.length).toBeGreaterThanOrEqual(16);
    expect(new Set(stamps)).toEqual(
      new Set([`${(9 << 11) | (30 << 5) | 10}/${(41 << 9) | (2 << 5) | 10}`]),
    );
    expect((await loadWorkbook(bytes)).worksheets).toHaveLength(1);
  });

  it('leaves bytes that are not a zip unchanged', () => {
    const text = new TextEncoder().encode('pas une archive');
    expect(stampZipEntries(text.slice(), new Date())).toEqual(text);
  });
});
