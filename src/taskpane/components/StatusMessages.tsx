/** What happened last: an action's failure, the fill's result, a notice, averages out of date. */
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
import { columnLetter } from '../../core/address';
import type { FillOutcome } from '../../gateway/types';
import type { ActionError, Notice } from '../hooks/useDashboard';
import { useStrings } from '../strings';

export interface StatusMessagesProps {
  readonly error: ActionError | null;
  readonly fill: FillOutcome | null;
  readonly notice: Notice | null;
  /** Labels of the indicators whose averages no longer match their months. */
  readonly outdated: readonly string[];
  readonly rechecking: boolean;
  readonly busy: boolean;
  readonly onDismissError: () => void;
  readonly onDismissNotice: () => void;
  readonly onRecompute: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  detail: {
    display: 'block',
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  live: { minHeight: '0' },
});

export function StatusMessages(props: StatusMessagesProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const { error, fill, notice, outdated, rechecking, busy } = props;
  const dismiss = (onClick: () => void) => (
    <Button
      appearance="transparent"
      size="small"
      icon={<Dismiss16Regular />}
      aria-label={strings.dismiss}
      onClick={onClick}
    />
  );
  return (
    <div className={styles.root}>
      {error && (
        <MessageBar key={`error-${error.code}`} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.errors[error.code].title}</MessageBarTitle>
            {error.message && <> {error.message}</>} {strings.errors[error.code].guidance}
            {error.detail && (
              <span className={styles.detail}>
                {strings.details} {error.detail}
              </span>
            )}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(props.onDismissError)}>
            {error.retry && (
              <Button size="small" disabledFocusable={busy} onClick={error.retry}>
                {strings.retry}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {fill && <FillResult fill={fill} />}
      {notice && (
        <MessageBar key={notice} intent="success" layout="multiline">
          <MessageBarBody>
            {notice === 'flags_cleared' ? strings.options.flagsCleared : strings.options.undone}
          </MessageBarBody>
          <MessageBarActions containerAction={dismiss(props.onDismissNotice)} />
        </MessageBar>
      )}
      {outdated.length > 0 && (
        <MessageBar key={outdated.join('|')} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.live.staleTitle}</MessageBarTitle>{' '}
            {strings.live.staleBody(outdated)}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={busy} onClick={props.onRecompute}>
              {strings.live.recompute}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div role="status" className={styles.live}>
        {rechecking && <Spinner size="extra-tiny" label={strings.live.rechecking} />}
      </div>
    </div>
  );
}

function FillResult({ fill }: { fill: FillOutcome }) {
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
