/**
 * Generates samples/tableau-de-bord-2020-aix.xlsx: the seed's 2020 dashboard of the
 * Sous-préfecture d'Aix as the agents' workbook holds it (tests/fixtures/seed-dashboard.ts),
 * with the look of a real one (merged headers, borders, wrapped labels). Deterministic: running
 * it again gives the same bytes.  Run: npm run sample
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Borders, Worksheet } from 'exceljs';
import { Workbook } from 'exceljs';
import { cellOf, solidFill } from '../tests/oracle/exceljs-cells';
import { saveWorkbook } from '../tests/oracle/exceljs-io';
import {
  SEED_COLUMN_WIDTHS,
  SEED_MERGES,
  SEED_ROWS,
  SEED_SHEET,
} from '../tests/fixtures/seed-dashboard';
import { addSheet } from '../tests/fixtures/variants/build-workbook';

export const SAMPLE_PATH = join(__dirname, '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');

const SAMPLE_DATE = new Date(Date.UTC(2021, 1, 10, 9, 0, 0));
const HEADER_FILL = '#D9E1F2';
const THIN = { style: 'thin' as const, color: { argb: 'FF8EA9DB' } };
const BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** 0-based, as the Grid counts: row 5 of the sheet, column S. */
const FIRST_DATA_ROW = 4;
const COMMENT_COLUMN = 18;
const LAST_COLUMN = SEED_COLUMN_WIDTHS.length;

/** Presentation only: nothing here changes a value or a number format. */
function dress(sheet: Worksheet): void {
  sheet.getRow(1).height = 24;
  const title = cellOf(sheet, 0, 0);
  title.style = { ...title.style, font: { bold: true, size: 14 } };
  for (let row = 1; row < SEED_ROWS.length; row++) {
    for (let col = 0; col < LAST_COLUMN; col++) {
      const cell = cellOf(sheet, row, col);
      const header = row < FIRST_DATA_ROW;
      const text = col <= 1 || col === COMMENT_COLUMN;
      cell.style = {
        ...cell.style,
        border: BORDERS,
        alignment: {
          vertical: 'middle',
          horizontal: text && !header ? 'left' : 'center',
          wrapText: header || text,
        },
        ...(header ? { font: { bold: true }, fill: solidFill(HEADER_FILL) } : {}),
      };
    }
  }
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 4 }];
}

export async function makeSample(): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "Sous-préfecture d'Aix-en-Provence";
  workbook.lastModifiedBy = "Sous-préfecture d'Aix-en-Provence";
  workbook.created = SAMPLE_DATE;
  workbook.modified = SAMPLE_DATE;
  const sheet = addSheet(workbook, {
    name: SEED_SHEET,
    rows: SEED_ROWS,
    merges: SEED_MERGES,
    widths: SEED_COLUMN_WIDTHS,
  });
  dress(sheet);
  return saveWorkbook(workbook);
}

if (require.main === module) {
  makeSample()
    .then((bytes) => {
      mkdirSync(dirname(SAMPLE_PATH), { recursive: true });
      writeFileSync(SAMPLE_PATH, bytes);
      console.log(`${SAMPLE_PATH} (${bytes.length} octets)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
