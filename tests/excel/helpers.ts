/** Workbooks for the gateway tests: the seed dashboard and a 2,000-row one built from it. */
import { parseRangeA1 } from '../../src/core/address';
import type { Grid } from '../../src/core/grid';
import { EMPTY_CELL } from '../../src/core/grid';
import { SEED_MERGES, SEED_ROWS, SEED_SHEET, seedGrid } from '../fixtures/seed-dashboard';
import type { CellSpec } from '../helpers/grid';
import { buildGrid, cell } from '../helpers/grid';
import type { FakeHost, FakeHostOptions } from './fake/host';
import { fakeHost } from './fake/host';
import { FakeWorkbook } from './fake/workbook';
import { GatewayError } from '../../src/gateway/types';

export { SEED_SHEET };

const HEADER_ROWS = 4;

/** The seed's headers over `count` indicator rows (the seed's twenty, over and over). */
export function largeDashboard(count: number, sheet = 'Tableau de bord 2020'): Grid {
  const indicators = SEED_ROWS.slice(HEADER_ROWS);
  const rows = [
    ...SEED_ROWS.slice(0, HEADER_ROWS),
    ...Array.from({ length: count }, (_, i) => indicators[i % indicators.length]),
  ];
  const headerMerges = SEED_MERGES.filter((range) => (parseRangeA1(range)?.top ?? 0) < HEADER_ROWS);
  return buildGrid(rows, { sheet, merges: headerMerges });
}

/** The grid moved down and right, with the given columns (after the move) hidden. */
export function shifted(
  grid: Grid,
  rows: number,
  cols: number,
  hiddenColumns: number[] = [],
): Grid {
  const pad = Array.from({ length: cols }, () => EMPTY_CELL);
  return {
    ...grid,
    rowCount: grid.rowCount + rows,
    colCount: grid.colCount + cols,
    cells: [
      ...Array.from({ length: rows }, () => []),
      ...grid.cells.map((row) => [...pad, ...row]),
    ],
    merges: grid.merges.map((m) => ({
      top: m.top + rows,
      bottom: m.bottom + rows,
      left: m.left + cols,
      right: m.right + cols,
    })),
    hiddenColumns,
  };
}

/** The grid with one cell replaced ("T5", a CellSpec). */
export function withCell(grid: Grid, address: string, spec: CellSpec): Grid {
  const place = parseRangeA1(address);
  if (!place) throw new Error(`bad address ${address}`);
  const cells = grid.cells.map((row, r) =>
    r === place.top ? row.map((c, i) => (i === place.left ? cell(spec) : c)) : row,
  );
  return { ...grid, cells };
}

/** A sheet with no dashboard on it. */
export function notesGrid(sheet: string): Grid {
  return buildGrid([['Notes du référent qualité'], ['Réunion CLU à prévoir en 2021']], { sheet });
}

export interface Setup {
  readonly book: FakeWorkbook;
  readonly host: FakeHost;
}

export function setup(
  grids: readonly Grid[] = [seedGrid()],
  options: FakeHostOptions & { active?: string } = {},
): Setup {
  const book = FakeWorkbook.fromGrids(grids, options.active);
  return { book, host: fakeHost(book, options) };
}

/** Counts the syncs of one operation. */
export async function syncsOf(host: FakeHost, operation: () => Promise<unknown>): Promise<number> {
  const before = host.counter.syncs;
  await operation();
  return host.counter.syncs - before;
}

/** The GatewayError a gateway call rejects with; fails the test when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof GatewayError))
    throw new Error(`expected a GatewayError, got ${String(error)}`);
  return error;
}
