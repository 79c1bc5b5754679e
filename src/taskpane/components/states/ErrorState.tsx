/**
 * A failure that leaves nothing else to show: what happened, what to do, and a way to try again
 * when trying again can help. Never a blank pane.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowClockwise20Regular,
  ArrowSync24Regular,
  ErrorCircle24Regular,
  LockClosed24Regular,
  PlugDisconnected24Regular,
} from '@fluentui/react-icons';
import type { GatewayErrorCode } from '../../../gateway/types';
import type { PaneError } from '../../model/pane-error';
import { useStrings } from '../../strings';
import { useSharedStyles } from '../../styles';

export interface ErrorStateProps {
  readonly error: PaneError;
  /** Absent when retrying cannot help. */
  readonly onRetry?: () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalL,
  },
  icon: { color: tokens.colorPaletteRedForeground1 },
});

const ICONS: Partial<Record<GatewayErrorCode, typeof ErrorCircle24Regular>> = {
  protected_sheet: LockClosed24Regular,
  office_unavailable: PlugDisconnected24Regular,
  unsupported_version: ArrowSync24Regular,
};

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const text = strings.errors[error.code];
  const Icon = ICONS[error.code] ?? ErrorCircle24Regular;
  return (
    <div className={styles.root} role="alert">
      <Icon className={styles.icon} aria-hidden />
      <h1 className={shared.paneTitle}>{text.title}</h1>
      {error.message && <p className={shared.stateText}>{error.message}</p>}
      <p className={shared.stateText}>{text.guidance}</p>
      {error.detail && (
        <p className={shared.caption}>
          {strings.details} {error.detail}
        </p>
      )}
      {onRetry && (
        <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={onRetry}>
          {strings.retry}
        </Button>
      )}
    </div>
  );
}
