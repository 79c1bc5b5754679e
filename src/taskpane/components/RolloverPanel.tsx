/**
 * "Préparer <N+1>": what the year N+1 sheet will hold (the N-1 columns, what cannot be carried
 * over), a confirmation, then the result and its "Annuler". Talks to the gateway directly: the
 * rest of the pane does not depend on it.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndo20Regular, CalendarArrowRight20Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { RolloverRow } from '../../core/rollover-types';
import type { Analysis } from '../../core/types';
import type { DashboardGateway, RolloverOutcome } from '../../gateway/types';
import { GatewayError } from '../../gateway/types';
import { rolloverGapsHeading, rolloverGapText, rolloverLabels } from '../../i18n/rollover';
import { formatMeasure } from '../model/format';
import { useStrings } from '../strings';

export interface RolloverPanelProps {
  readonly gateway: DashboardGateway;
  readonly analysis: Analysis;
  /** Another operation of the pane is running. */
  readonly disabled: boolean;
}

type View =
  | { readonly kind: 'idle' }
  | { readonly kind: 'preview'; readonly outcome: RolloverOutcome }
  | { readonly kind: 'done'; readonly outcome: RolloverOutcome }
  | { readonly kind: 'undone'; readonly sheet: string };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  text: { margin: '0' },
  button: { alignSelf: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  table: { maxHeight: '320px', overflowY: 'auto' },
  gaps: { margin: '0', paddingLeft: tokens.spacingHorizontalL },
});

function messageOf(error: unknown): string {
  return error instanceof GatewayError ? error.message : String(error);
}

export function RolloverPanel({ gateway, analysis, disabled }: RolloverPanelProps) {
  const { lang } = useStrings();
  const styles = useStyles();
  const captionId = useId();
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const year = analysis.dashboard.year;
  if (year === null) return null;
  const text = rolloverLabels(lang);

  /** Runs a gateway call; the view stays as it is until it answers, and if it fails. */
  const run = async (operation: () => Promise<View>) => {
    setError(null);
    setBusy(true);
    try {
      setView(await operation());
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  };
  const preview = () =>
    run(async () => ({ kind: 'preview', outcome: await gateway.planRollover() }));
  const confirm = () => run(async () => ({ kind: 'done', outcome: await gateway.rollover() }));
  const undo = (sheet: string) =>
    run(async () => {
      await gateway.undoRollover();
      return { kind: 'undone', sheet };
    });

  return (
    <div className={styles.root}>
      {(view.kind === 'idle' || view.kind === 'undone') && (
        <Button
          className={styles.button}
          icon={<CalendarArrowRight20Regular />}
          disabled={disabled || busy}
          onClick={() => void preview()}
        >
          {text.button(year + 1)}
        </Button>
      )}
      {busy && <Spinner size="tiny" label={text.busy} />}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'undone' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.undone(view.sheet)}</MessageBarBody>
        </MessageBar>
      )}
      {view.kind === 'done' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{text.done(view.outcome.plan.newSheet)}</MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              icon={<ArrowUndo20Regular />}
              aria-label={text.undoLabel(view.outcome.plan.newSheet)}
              disabled={disabled || busy}
              onClick={() => void undo(view.outcome.plan.newSheet)}
            >
              {text.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {view.kind === 'preview' && (
        <RolloverPreview
          outcome={view.outcome}
          captionId={captionId}
          busy={busy}
          disabled={disabled}
          onConfirm={() => void confirm()}
          onClose={() => setView({ kind: 'idle' })}
        />
      )}
    </div>
  );
}

interface RolloverPreviewProps {
  readonly outcome: RolloverOutcome;
  readonly captionId: string;
  readonly busy: boolean;
  readonly disabled: boolean;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

function RolloverPreview({
  outcome,
  captionId,
  busy,
  disabled,
  onConfirm,
  onClose,
}: RolloverPreviewProps) {
  const { lang } = useStrings();
  const styles = useStyles();
  const text = rolloverLabels(lang);
  const gapsId = useId();
  const { plan } = outcome;
  const n1 = (row: RolloverRow) => (row.n1 === null ? '-' : formatMeasure(row.n1, row.unit, lang));
  return (
    <>
      <p className={styles.text}>{text.intro(plan.sheet, plan.newSheet)}</p>
      {/* A long table scrolls inside the pane: keyboard users reach it too. */}
      <div className={styles.table} role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table size="extra-small" aria-labelledby={captionId}>
          <caption id={captionId}>{text.tableCaption(plan.to)}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.indicator}</TableHeaderCell>
              <TableHeaderCell>{text.n1}</TableHeaderCell>
              <TableHeaderCell>{text.metN1}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {plan.rows.map((row) => (
              <TableRow key={row.row}>
                <TableCell>{row.label}</TableCell>
                <TableCell>{n1(row)}</TableCell>
                <TableCell>{row.metN1}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {plan.gaps.length > 0 && (
        <p id={gapsId} className={styles.text}>
          {rolloverGapsHeading(plan.gaps.length, lang)}
        </p>
      )}
      {plan.gaps.length > 0 && (
        <ul className={styles.gaps} aria-labelledby={gapsId}>
          {plan.gaps.map((gap, index) => (
            <li key={index}>{rolloverGapText(gap, plan, lang)}</li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || disabled} onClick={onConfirm}>
          {text.confirm(plan.newSheet)}
        </Button>
        <Button disabled={busy} onClick={onClose}>
          {text.close}
        </Button>
      </div>
    </>
  );
}
