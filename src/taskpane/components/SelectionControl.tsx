/**
 * "Utiliser la sélection": points recognition at the table the agent selected. With a
 * dashboard already recognised it asks before replacing it; a selection too small to hold one
 * is explained instead of tried; a selection holding no dashboard keeps the one recognised.
 * Every answer shows right under the button.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Dismiss16Regular, TableCursor20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { DashboardActions, DashboardState } from '../hooks/useDashboard';
import type { ActionError, SelectionPrompt } from '../model/pane-state';
import { selectionRange, selectionSize } from '../model/selection-prompt';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { ErrorMessage, errorFrom } from './StatusMessages';

export interface SelectionControlProps {
  readonly prompt: SelectionPrompt | null;
  /** A failure of the last use of the selection. */
  readonly error: ActionError | null;
  /** The sheet of the dashboard recognised, or null when there is none. */
  readonly current: string | null;
  readonly disabled: boolean;
  /** Keeps the hint for screen readers only, where space is short. */
  readonly compact: boolean;
  readonly onUse: () => void;
  readonly onConfirm: () => void;
  readonly onDismiss: () => void;
  readonly onDismissError: () => void;
}

/** The control's state and handlers, from the pane's. */
export function selectionProps(
  state: DashboardState,
  actions: DashboardActions,
): Omit<SelectionControlProps, 'current' | 'disabled' | 'compact'> {
  return {
    prompt: state.selection,
    error: errorFrom(state.error, ['selection']),
    onUse: actions.pointAtSelection,
    onConfirm: actions.confirmSelection,
    onDismiss: actions.dismissSelection,
    onDismissError: actions.dismissError,
  };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  button: { alignSelf: 'flex-start' },
});

export function SelectionControl(props: SelectionControlProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const hintId = useId();
  const text = strings.selection;
  const { prompt } = props;
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        size="small"
        appearance="subtle"
        icon={<TableCursor20Regular />}
        disabledFocusable={props.disabled}
        aria-describedby={hintId}
        onClick={props.onUse}
      >
        {strings.header.useSelection}
      </Button>
      <p id={hintId} className={props.compact ? shared.visuallyHidden : shared.caption}>
        {strings.header.useSelectionHint}
      </p>
      {prompt?.kind === 'confirm' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {text.confirm(
              props.current ?? '',
              selectionRange(prompt.selection),
              prompt.selection.sheet,
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={props.onConfirm}>
              {text.replace}
            </Button>
            <Button size="small" onClick={props.onDismiss}>
              {text.keep}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {prompt?.kind === 'too_small' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {text.tooSmall(
              selectionRange(prompt.selection),
              prompt.selection.sheet,
              selectionSize(prompt.selection).rows,
              selectionSize(prompt.selection).columns,
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                icon={<Dismiss16Regular />}
                aria-label={strings.dismiss}
                onClick={props.onDismiss}
              />
            }
          />
        </MessageBar>
      )}
      {props.error && (
        <ErrorMessage
          error={props.error}
          busy={props.disabled}
          onDismiss={props.onDismissError}
          extra={props.current === null ? undefined : text.kept}
        />
      )}
    </div>
  );
}
