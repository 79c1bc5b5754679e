/**
 * What an action led to, each told next to the control that was used: an action's failure, the
 * fill's result, a confirmation, averages out of date, a re-check under way.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { columnLetter } from '../../core/address';
import type { FillOutcome } from '../../gateway/types';
import type { ActionError, Notice, Origin } from '../model/pane-state';
import { useStrings } from '../strings';

const useStyles = makeStyles({
  detail: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  live: { minHeight: '0' },
});

/** The error to show next to a control: the one that came from one of `origins`. */
export function errorFrom(
  error: ActionError | null,
  origins: readonly Origin[],
): ActionError | null {
  return error !== null && origins.includes(error.origin) ? error : null;
}

function DismissButton({ onClick }: { onClick: () => void }) {
  const { strings } = useStrings();
  return (
    <Button
      appearance="transparent"
      size="small"
      icon={<Dismiss16Regular />}
      aria-label={strings.dismiss}
      onClick={onClick}
    />
  );
}

export interface ErrorMessageProps {
  readonly error: ActionError;
  readonly busy: boolean;
  readonly onDismiss: () => void;
  /** Said after the guidance ("Le tableau reconnu est conservé."). */
  readonly extra?: ReactNode;
}

export function ErrorMessage({ error, busy, onDismiss, extra }: ErrorMessageProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const text = strings.errors[error.code];
  return (
    <MessageBar key={`error-${error.code}`} intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {error.message && <> {error.message}</>} {text.guidance}
        {extra && <> {extra}</>}
        {error.detail && (
          <span className={styles.detail}>
            {strings.details} {error.detail}
          </span>
        )}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />}>
        {error.retry && (
          <Button size="small" disabledFocusable={busy} onClick={error.retry}>
            {strings.retry}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}

export function NoticeMessage({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { strings } = useStrings();
  return (
    <MessageBar key={notice} intent="success" layout="multiline">
      <MessageBarBody>
        {notice === 'flags_cleared' ? strings.options.flagsCleared : strings.options.undone}
      </MessageBarBody>
      <MessageBarActions containerAction={<DismissButton onClick={onDismiss} />} />
    </MessageBar>
  );
}

export function FillResult({ fill }: { fill: FillOutcome }) {
  const { strings } = useStrings();
  const averages = fill.plan.writes.filter((write) => write.role === 'average').length;
  const added = fill.plan.addedMetColumn;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.fillResult.title}</MessageBarTitle>{' '}
        {strings.fillResult.body(averages, fill.plan.report.name)}
        {added !== null && <> {strings.fillResult.addedColumn(columnLetter(added))}</>}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface StaleMessageProps {
  /** Labels of the indicators whose averages no longer match their months. */
  readonly outdated: readonly string[];
  readonly busy: boolean;
  readonly onRecompute: () => void;
}

export function StaleMessage({ outdated, busy, onRecompute }: StaleMessageProps) {
  const { strings } = useStrings();
  return (
    <MessageBar key={outdated.join('|')} intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.live.staleTitle}</MessageBarTitle>{' '}
        {strings.live.staleBody(outdated)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabledFocusable={busy} onClick={onRecompute}>
          {strings.live.recompute}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Always in the page, so that screen readers hear a re-check start. */
export function RecheckStatus({ rechecking }: { rechecking: boolean }) {
  const { strings } = useStrings();
  const styles = useStyles();
  return (
    <div role="status" className={styles.live}>
      {rechecking && <Spinner size="extra-tiny" label={strings.live.rechecking} />}
    </div>
  );
}
