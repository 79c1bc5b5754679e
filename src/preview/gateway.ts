/**
 * The DashboardGateway of the browser preview: the same engine as in Excel, over the workbook
 * the preview session holds (ExcelJS). Selecting a cell shows it in the sheet rendering; the
 * selection the agent makes there is the one recognition can be pointed at.
 */
import { parseRangeA1 } from '../core/address';
import { analyse } from '../core/analyse';
import type { Grid } from '../core/grid';
import { planDashboardFill } from '../core/fill-sequence';
import { fileProblemText } from '../i18n/files';
import { fillWords } from '../i18n/fill-words';
import { reportNameTakenText } from '../i18n/report';
import { findDashboard, recognise } from '../core/recognise';
import type { Analysis, Dashboard, Lang, YearMonth } from '../core/types';
import type { DashboardGateway, DashboardRequest, SelectionArea } from '../gateway/types';
import { GatewayError } from '../gateway/types';
import {
  previewText,
  recognitionFailureText,
  unexpectedText,
  unknownCellText,
  unknownSheetText,
} from '../i18n/preview';
import { rolloverNothingToUndoText } from '../i18n/rollover';
import { WorkbookError } from '../xlsx/workbook-error';
import { previewRollover } from './rollover';
import type { PreviewSession } from './session';

export interface PreviewGatewayOptions {
  readonly lang: Lang;
  /** Today's month, from which the as-of month defaults. */
  readonly today: () => YearMonth;
}

interface Located {
  readonly grid: Grid;
  readonly dashboard: Dashboard;
}

export function createPreviewGateway(
  session: PreviewSession,
  options: PreviewGatewayOptions,
): DashboardGateway {
  const { lang } = options;

  function unknownSheet(sheet: string): GatewayError {
    return new GatewayError('unknown_sheet', unknownSheetText(sheet, session.sheetNames(), lang));
  }

  /** The dashboard the request points at, else where it was last found, else the first one. */
  function locate(request: DashboardRequest): Located {
    const grids = session.allGrids();
    const place = session.dashboardPlace;
    const within = request.within ?? (request.sheet === undefined ? place?.within : undefined);
    // A block given without its sheet was selected in the sheet on show.
    const sheet = request.sheet ?? (request.within ? session.selectedRange()?.sheet : place?.sheet);
    if (within) {
      const grid = grids.find((candidate) => candidate.sheet === sheet);
      if (!grid) throw unknownSheet(sheet ?? '');
      const recognition = recognise(grid, { within });
      if (!recognition.ok) {
        throw new GatewayError('no_dashboard', recognitionFailureText(recognition.reason, lang));
      }
      session.dashboardPlace = { sheet: grid.sheet, within };
      return { grid, dashboard: recognition.dashboard };
    }
    const remembered = request.sheet === undefined ? place?.sheet : undefined;
    let found = findDashboard(grids, request.sheet ?? remembered);
    if ('error' in found && remembered !== undefined) found = findDashboard(grids);
    if ('error' in found) {
      if (found.error === 'unknown_sheet') throw unknownSheet(request.sheet ?? '');
      throw new GatewayError('no_dashboard', recognitionFailureText(found.error, lang));
    }
    session.dashboardPlace = { sheet: found.grid.sheet };
    return found;
  }

  function analysed({ grid, dashboard }: Located, request: DashboardRequest): Analysis {
    return analyse(grid, dashboard, { asOf: request.asOf, today: options.today() });
  }

  function rolloverOf(request: DashboardRequest) {
    const context = { sheets: session.allSheetNames(), today: options.today(), lang };
    return previewRollover(locate(request), request, context);
  }

  /**
   * Failures that are not already explained become an "unexpected" error with its reason; a
   * workbook the file engine cannot read or write gets its own sentence, whose French never
   * shows the engine's English detail.
   */
  async function explained<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof GatewayError) throw error;
      if (error instanceof WorkbookError)
        throw new GatewayError('unexpected', fileProblemText(error.code, null, lang, error.detail));
      const detail = error instanceof Error ? error.message : String(error);
      throw new GatewayError('unexpected', unexpectedText(detail, lang));
    }
  }

  return {
    kind: 'preview',

    listSheets: () => explained(() => session.read(() => session.sheetNames())),

    check: (request = {}) =>
      explained(async () => {
        const located = await session.read(() => locate(request));
        session.show(located.dashboard.sheet);
        return analysed(located, request);
      }),

    fill: (request = {}) =>
      explained(async () => {
        return session.applyFill(() => {
          const located = locate(request);
          const sequence = planDashboardFill(located.grid, located.dashboard, {
            asOf: request.asOf,
            today: options.today(),
            words: fillWords(lang),
          });
          if (!sequence.ok)
            throw new GatewayError('unexpected', reportNameTakenText(sequence.reportName, lang));
          return { analysis: sequence.analysis, plan: sequence.plan };
        });
      }),

    selectCell: (sheet, cell) =>
      explained(async () => {
        const range = parseRangeA1(cell);
        if (!range) throw new GatewayError('unexpected', unknownCellText(cell, lang));
        if (!session.reveal(sheet, range)) throw unknownSheet(sheet);
      }),

    getSelection: () =>
      explained(async (): Promise<SelectionArea> => {
        const selected = session.selectedRange();
        if (!selected) throw new GatewayError('unexpected', previewText('sampleFailed', lang));
        return selected;
      }),

    clearFlags: () => explained(() => session.clearFlags()),

    canUndo: () => explained(() => session.read(() => session.canUndo())),

    undoLastFill: () =>
      explained(async () => {
        if (!(await session.undo())) {
          throw new GatewayError('nothing_to_undo', previewText('nothingToUndo', lang));
        }
      }),

    planRollover: (request = {}) => explained(() => session.read(() => rolloverOf(request))),

    rollover: (request = {}) => explained(() => session.applyRollover(() => rolloverOf(request))),

    undoRollover: () =>
      explained(async () => {
        if (!(await session.undoRollover()))
          throw new GatewayError('nothing_to_undo', rolloverNothingToUndoText(lang));
      }),

    // The rendering is read-only: the dashboard changes only through this gateway.
    onDashboardChanged: async () => () => undefined,
  };
}
