/** "Annuler le dernier calcul" and "Effacer les marques": the workbook given back exactly. */
import { FLAG_COLORS } from '../../src/core/plan';
import { createGatewayOn } from '../../src/excel/gateway';
import { RECORD_NAMESPACES } from '../../src/excel/records';
import { seedGrid } from '../fixtures/seed-dashboard';
import { NO_FILL, differences } from './fake/workbook';
import { failure, SEED_SHEET, setup, syncsOf, withCell } from './helpers';

const REPORT = 'Contrôle 2020';
const OWN_GREEN = { color: '#C6EFCE', pattern: 'Solid' as const };

/** The seed with a few of the agent's own fills, including on cells the fill will flag. */
function colouredSeed() {
  const { book, host } = setup();
  const sheet = book.mustSheet(SEED_SHEET);
  sheet.update(5, 13, { fill: OWN_GREEN }); // N6, flagged (suspicious)
  sheet.update(21, 6, { fill: { color: '#FFFF00', pattern: 'Gray50', patternColor: '#000000' } }); // G22
  sheet.update(4, 6, { fill: OWN_GREEN }); // G5, not flagged
  return { book, host };
}

describe('undo the last fill', () => {
  it('gives back every cell exactly (formulas, values, formats, fills) and removes the report', async () => {
    const { book, host } = colouredSeed();
    const before = book.capture();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    expect(await gateway.canUndo()).toBe(true);
    // The record, then the cells' current contents, then the write.
    expect(await syncsOf(host, () => gateway.undoLastFill())).toBe(3);
    expect(differences(before, book.capture())).toEqual([]);
    expect(book.sheet(REPORT)).toBeUndefined();
    expect(book.cell(SEED_SHEET, 'T13')).toMatchObject({
      formula: '=AVERAGE(G13:R13)',
      kind: 'error',
    });
    expect(await gateway.canUndo()).toBe(false);
    expect((await failure(gateway.undoLastFill())).code).toBe('nothing_to_undo');
  });

  it('merges a record two runtimes added twice, keeping undo and the flags own fills', async () => {
    const { book, host } = colouredSeed();
    const before = book.capture();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    // The ribbon's runtime and the pane's both added their record: two parts, one namespace.
    for (const kind of ['undo', 'flags'] as const) {
      const part = book.xmlParts.find((p) => p.namespace === RECORD_NAMESPACES[kind]);
      if (!part) throw new Error(`no ${kind} record`);
      book.addXmlPart(part.xml);
    }
    expect(await createGatewayOn(host).canUndo()).toBe(true);
    await createGatewayOn(host).undoLastFill();
    expect(differences(before, book.capture())).toEqual([]);
    for (const kind of ['undo', 'flags'] as const)
      expect(book.xmlParts.filter((p) => p.namespace === RECORD_NAMESPACES[kind]).length).toBe(0);
  });

  it('keeps text that looks like a number as text', async () => {
    // T5 typed by hand as the text "98,70%" in a General cell; T9 holds "-".
    const grid = withCell(withCell(seedGrid(), 'T5', '98,70%'), 'T9', '-');
    const { book, host } = setup([grid]);
    const before = book.capture();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    expect(book.cell(SEED_SHEET, 'T5').kind).toBe('number');
    await gateway.undoLastFill();
    expect(book.cell(SEED_SHEET, 'T5')).toMatchObject({
      value: '98,70%',
      kind: 'text',
      formula: null,
    });
    expect(book.cell(SEED_SHEET, 'T9')).toMatchObject({ value: '-', kind: 'text' });
    expect(differences(before, book.capture())).toEqual([]);
  });

  it('after two fills, gives back the dashboard as it was before the second', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    await book.edit(SEED_SHEET, 'G22', 4, true);
    const beforeSecond = book.capture(SEED_SHEET);
    await gateway.fill();
    expect(differences(beforeSecond, book.capture(SEED_SHEET))).not.toEqual([]);
    await gateway.undoLastFill();
    expect(differences(beforeSecond, book.capture(SEED_SHEET))).toEqual([]);
    // The first fill's flags are the ones recorded again: clearing them gives the own fills.
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'N6').fill).toMatchObject(OWN_GREEN);
  });

  it('is remembered with the workbook: another session can undo', async () => {
    const { book, host } = colouredSeed();
    const before = book.capture();
    await createGatewayOn(host).fill();
    const reopened = createGatewayOn({ ...host, settings: host.settings.reopened() });
    expect(await reopened.canUndo()).toBe(true);
    await reopened.undoLastFill();
    expect(differences(before, book.capture())).toEqual([]);
  });

  it('refuses, writing nothing, once a cell the fill wrote has been changed', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    await book.edit(SEED_SHEET, 'T6', 0.9, true);
    const edited = book.capture();
    const error = await failure(gateway.undoLastFill());
    expect(error.code).toBe('nothing_to_undo');
    expect(error.message).toMatch(/ne peut plus être annulé/);
    expect(differences(edited, book.capture())).toEqual([]);
  });

  it('writes nothing on a protected sheet', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    const filled = book.capture();
    book.mustSheet(SEED_SHEET).protected = true;
    const writes = book.writes.length;
    expect((await failure(gateway.undoLastFill())).code).toBe('protected_sheet');
    expect(book.writes).toHaveLength(writes);
    expect(differences(filled, book.capture())).toEqual([]);
    expect(await gateway.canUndo()).toBe(true);
  });
});

describe('clear the flags', () => {
  it('gives each flagged cell its own fill back and leaves the averages', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    expect(book.cell(SEED_SHEET, 'N6').fill.color).toBe(FLAG_COLORS.warning);
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'N6').fill).toMatchObject(OWN_GREEN);
    expect(book.cell(SEED_SHEET, 'G22').fill).toMatchObject({
      color: '#FFFF00',
      pattern: 'Gray50',
      patternColor: '#000000',
    });
    expect(book.cell(SEED_SHEET, 'I7').fill).toMatchObject(NO_FILL);
    expect(book.cell(SEED_SHEET, 'G5').fill).toMatchObject(OWN_GREEN);
    expect(book.cell(SEED_SHEET, 'T5').value).toBeCloseTo(0.986833, 5);
    expect(book.xmlParts.filter((part) => part.namespace.endsWith(':flags'))).toEqual([]);
  });

  it('keeps the first own fill across two fills', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    await gateway.fill();
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'N6').fill).toMatchObject(OWN_GREEN);
  });

  it('leaves a cell the agent recoloured after the fill', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    book.mustSheet(SEED_SHEET).update(6, 8, { fill: { color: '#FF0000', pattern: 'Solid' } }); // I7
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'I7').fill).toMatchObject({ color: '#FF0000' });
    expect(book.cell(SEED_SHEET, 'H7').fill).toMatchObject(NO_FILL);
  });

  it('gives back the fills of cells no longer flagged on the next fill', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    // G22 typed in: no longer a missing month.
    await book.edit(SEED_SHEET, 'G22', 0.9, true);
    await gateway.fill();
    expect(book.cell(SEED_SHEET, 'G22').fill).toMatchObject({
      color: '#FFFF00',
      pattern: 'Gray50',
    });
  });

  it('writes nothing when nothing is flagged', async () => {
    const { book, host } = setup();
    await createGatewayOn(host).clearFlags();
    expect(book.writes).toEqual([]);
  });
});

describe('clear the flags under protection', () => {
  it('clears on a protected workbook structure, and refuses on a protected sheet, writing nothing', async () => {
    const { book, host } = colouredSeed();
    const gateway = createGatewayOn(host);
    await gateway.fill();
    book.structureProtected = true;
    await gateway.clearFlags();
    expect(book.cell(SEED_SHEET, 'N6').fill).toMatchObject(OWN_GREEN);
    book.structureProtected = false;
    await gateway.fill();
    book.mustSheet(SEED_SHEET).protected = true;
    const writes = book.writes.length;
    expect((await failure(gateway.clearFlags())).code).toBe('protected_sheet');
    expect(book.writes).toHaveLength(writes);
  });
});
