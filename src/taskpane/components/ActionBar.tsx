/** The pane's two actions: compute and fill (primary), or check without writing. */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Calculator20Regular, TaskListSquareLtr20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Operation } from '../hooks/useDashboard';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

export interface ActionBarProps {
  readonly busy: Operation | null;
  readonly onFill: () => void;
  readonly onCheck: () => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  button: { width: '100%' },
});

/** The spinner says nothing itself: the button's own text tells what is under way. */
function progress() {
  return <Spinner size="extra-tiny" aria-hidden />;
}

export function ActionBar({ busy, onFill, onCheck }: ActionBarProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const fillHint = useId();
  const checkHint = useId();
  const filling = busy === 'fill';
  const checking = busy === 'check';
  return (
    <div className={styles.root}>
      <Button
        className={styles.button}
        appearance="primary"
        icon={filling ? progress() : <Calculator20Regular />}
        // Focusable while disabled, so keyboard focus stays put during the computation.
        disabledFocusable={busy !== null}
        aria-describedby={fillHint}
        onClick={onFill}
      >
        {filling ? strings.actions.filling : strings.actions.fill}
      </Button>
      <Button
        className={styles.button}
        appearance="secondary"
        icon={checking ? progress() : <TaskListSquareLtr20Regular />}
        disabledFocusable={busy !== null}
        aria-describedby={checkHint}
        onClick={onCheck}
      >
        {checking ? strings.actions.checking : strings.actions.check}
      </Button>
      <span id={fillHint} className={shared.visuallyHidden}>
        {strings.actions.fillHint}
      </span>
      <span id={checkHint} className={shared.visuallyHidden}>
        {strings.actions.checkHint}
      </span>
    </div>
  );
}
