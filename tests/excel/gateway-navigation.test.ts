/** Sheets, selection and going to a finding's cell. */
import { createExcelGateway, createGatewayOn } from '../../src/excel/gateway';
import { GatewayError } from '../../src/gateway/types';
import { seedGrid } from '../fixtures/seed-dashboard';
import { notesGrid, SEED_SHEET, setup, syncsOf } from './helpers';

describe('sheets and selection', () => {
  it('lists the visible sheets in workbook order', async () => {
    const { book, host } = setup([notesGrid('Notes'), seedGrid(), notesGrid('Paramètres')]);
    book.mustSheet('Paramètres').visibility = 'VeryHidden';
    expect(await createGatewayOn(host).listSheets()).toEqual(['Notes', SEED_SHEET]);
  });

  it('selects a finding’s cell, showing its sheet, in one sync', async () => {
    const { book, host } = setup([notesGrid('Notes'), seedGrid()], { active: 'Notes' });
    const gateway = createGatewayOn(host);
    expect(await syncsOf(host, () => gateway.selectCell(SEED_SHEET, 'G22'))).toBe(1);
    expect(book.active).toBe(SEED_SHEET);
    expect(book.selection).toEqual({ sheet: SEED_SHEET, address: 'G22' });
  });

  it('says when the sheet of the cell is gone', async () => {
    const { host } = setup();
    const error: unknown = await createGatewayOn(host)
      .selectCell('TDB 2019', 'G22')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('unknown_sheet');
  });

  it('gives the agent’s selection as a sheet and a block, quoted names included', async () => {
    const { book, host } = setup();
    book.selection = { sheet: SEED_SHEET, address: 'A2:T24' };
    expect(await createGatewayOn(host).getSelection()).toEqual({
      sheet: SEED_SHEET,
      range: { top: 1, left: 0, bottom: 23, right: 19 },
    });
  });
});

describe('outside Excel', () => {
  it('createExcelGateway rejects every call with "office_unavailable"', async () => {
    const gateway = createExcelGateway();
    expect(gateway.kind).toBe('excel');
    const error: unknown = await gateway.check().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('office_unavailable');
  });
});
