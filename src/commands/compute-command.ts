/**
 * "Calculer les moyennes", the ribbon's function command: compute and fill through the gateway,
 * then show the outcome without opening the task pane: the first error's cell is selected, or,
 * when there is none, the report sheet with its verdict. A failure (no dashboard, protected
 * sheet...) is told in a small notice window, since nothing else would show it.
 */
import type { Lang, Summary } from '../core/types';
import type { DashboardGateway } from '../gateway/types';
import { GatewayError } from '../gateway/types';
import { commandMessages } from '../i18n/excel';

export interface CommandDeps {
  readonly gateway: DashboardGateway;
  readonly lang: Lang;
  /** Shows a message to the agent; resolves when it is closed. */
  readonly notify: (message: string) => Promise<void>;
}

export type CommandOutcome =
  | {
      readonly ok: true;
      readonly summary: Summary;
      readonly message: string;
      readonly selected: string;
    }
  | { readonly ok: false; readonly message: string };

export async function computeAverages(deps: CommandDeps): Promise<CommandOutcome> {
  const text = commandMessages(deps.lang);
  try {
    const { analysis, plan } = await deps.gateway.fill();
    const firstError = analysis.findings.find((finding) => finding.severity === 'error');
    const [sheet, cell] = firstError ? [plan.sheet, firstError.cell] : [plan.report.name, 'A1'];
    // The averages are written: failing to move the selection must not report a failure.
    await deps.gateway.selectCell(sheet, cell).catch(() => undefined);
    return {
      ok: true,
      summary: analysis.summary,
      message: text.done(analysis.summary, plan.report.name),
      selected: `${sheet}!${cell}`,
    };
  } catch (error) {
    const reason = error instanceof GatewayError ? error.message : String(error);
    const message = `${text.failed} ${reason}`;
    await deps.notify(message).catch(() => undefined);
    return { ok: false, message };
  }
}
