/**
 * The seed with an indicator nobody filled, as a real .xlsx file written the way Excel and
 * LibreOffice write it, read through the file gateway: the same reading as from the grid, its
 * months missing, so the file is not ready to send.
 */
import { openPackage } from '../../src/xlsx';
import type { Writer } from '../fixtures/variants/habit-files';
import { habitWorkbook } from '../fixtures/variants/habit-files';
import { variantGrid } from '../fixtures/variants/habits';
import { UNFILLED_LABEL, unfilledIndicator } from '../fixtures/variants/unfilled-indicator';
import { analysisOf, readingOf } from '../helpers/reading';

const fromGrid = readingOf(analysisOf(variantGrid(unfilledIndicator())));

describe('an unfilled indicator in an .xlsx file', () => {
  it.each<Writer>(['excel', 'libreoffice'])('written by %s: its months missing', async (writer) => {
    const bytes = await habitWorkbook(unfilledIndicator(), writer);
    const reading = readingOf(analysisOf(openPackage(bytes).readGrids()[0]));
    expect(reading).toEqual(fromGrid);
    expect(reading.findings).toContain(`MISSING_MONTH | ${UNFILLED_LABEL} | 1`);
    expect(reading.summary.readyToSend).toBe(false);
  });
});
