/**
 * Every habit variant of the seed as a real .xlsx file, written the way Excel and LibreOffice
 * write it, read through the file gateway: the reading is the seed's answer key.
 */
import { openPackage } from '../../src/xlsx';
import { seedGrid } from '../fixtures/seed-dashboard';
import type { Writer } from '../fixtures/variants/habit-files';
import { habitWorkbook } from '../fixtures/variants/habit-files';
import { HABITS } from '../fixtures/variants/habits';
import { analysisOf, readingOf } from '../helpers/reading';

const seedReading = readingOf(analysisOf(seedGrid()));

async function gridOf(habit: string, writer: Writer) {
  return openPackage(await habitWorkbook(HABITS[habit](), writer)).readGrids()[0];
}

const CASES = Object.keys(HABITS).flatMap((habit) =>
  (['excel', 'libreoffice'] as const).map((writer) => [habit, writer] as const),
);

describe('habits in .xlsx files', () => {
  it.each(CASES)('%s written by %s reads as the seed', async (habit, writer) => {
    const analysis = analysisOf(await gridOf(habit, writer));
    const reading = readingOf(analysis);
    expect(reading.indicators).toEqual(seedReading.indicators);
    const guessed = habit === 'twoYearBlocks' ? ['LAYOUT_GUESSED |  | null'] : [];
    expect(reading.findings).toEqual([...seedReading.findings, ...guessed].sort());
    expect(analysis.dashboard.unreadRows).toEqual([]);
  });

  it('the 1904 date system reaches the grid; the hidden row and column too', async () => {
    expect((await gridOf('dates1904', 'excel')).date1904).toBe(true);
    // Absent means the 1900 system (Grid.date1904).
    expect((await gridOf('dates1900', 'libreoffice')).date1904 ?? false).toBe(false);
    const hidden = await gridOf('hiddenHelpers', 'libreoffice');
    expect(hidden.hiddenRows).toEqual([10]);
    expect(hidden.hiddenColumns).toEqual([12]);
  });
});
