/** "Préparer 2021" in the browser preview: the new sheet shown, flags off it, "Annuler". */
import { parseA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { cellAt } from '../../src/core/grid';
import { GatewayError } from '../../src/gateway/types';
import type { PreviewSession } from '../../src/preview/session';
import { loadWorkbook } from '../oracle/exceljs-io';
import { seedSheet } from '../fixtures/variants/files';
import { openPreview, SAMPLE_SHEET, workbookBytes } from './helpers';

const NEXT = 'Tableau de bord 2021';

function gridOf(session: PreviewSession, sheet: string): Grid {
  const grid = session.allGrids().find((candidate) => candidate.sheet === sheet);
  if (!grid) throw new Error(`no sheet ${sheet}`);
  return grid;
}

function at(grid: Grid, address: string) {
  const pos = parseA1(address);
  if (!pos) throw new Error(address);
  return cellAt(grid, pos.row, pos.col);
}

async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GatewayError))
    throw new Error(`expected a GatewayError: ${String(error)}`);
  return error;
}

describe('Préparer 2021 in the preview', () => {
  it('previews without writing, then adds the sheet and shows it', async () => {
    const { session, gateway } = await openPreview();
    const { plan } = await gateway.planRollover();
    expect(plan.newSheet).toBe(NEXT);
    expect(session.getSnapshot().modified).toBe(false);
    await gateway.rollover();
    const snapshot = session.getSnapshot();
    expect(snapshot.modified).toBe(true);
    expect(snapshot.sheets).toEqual([SAMPLE_SHEET, NEXT]);
    expect(snapshot.picture?.grid.sheet).toBe(NEXT);
    const next = gridOf(session, NEXT);
    expect(at(next, 'D5').value).toBeCloseTo(0.98683, 5);
    expect(at(next, 'D7').value).toBe('-');
    expect(at(next, 'G5').kind).toBe('empty');
    expect(at(next, 'G3').value).toBe('ANNEE 2021');
  });

  it('takes the flags of a fill off the new sheet, and downloads a workbook with both years', async () => {
    const { session, gateway } = await openPreview();
    await gateway.fill();
    await gateway.rollover();
    const book = await loadWorkbook(await session.save());
    const pattern = (sheet: string) =>
      (book.getWorksheet(sheet)?.getCell('G22').style.fill as { pattern?: string } | undefined)
        ?.pattern ?? 'none';
    expect(pattern(SAMPLE_SHEET)).toBe('solid');
    expect(pattern(NEXT)).toBe('none');
    expect(book.getWorksheet(NEXT)?.getCell('U2').value).toBe('Atteinte objectif 2021');
  });

  it('refuses a second time, since the 2021 sheet exists', async () => {
    const { gateway } = await openPreview();
    await gateway.rollover();
    const error = await rejection(gateway.rollover({ sheet: SAMPLE_SHEET }));
    expect(error.message).toContain('existe déjà dans ce classeur');
  });

  it('takes the sheet away with "Annuler", once', async () => {
    const { session, gateway } = await openPreview(await workbookBytes(seedSheet()));
    await gateway.rollover();
    await gateway.undoRollover();
    expect(session.getSnapshot().sheets).toEqual([SAMPLE_SHEET]);
    expect(session.getSnapshot().modified).toBe(false);
    expect((await rejection(gateway.undoRollover())).code).toBe('nothing_to_undo');
  });
});
