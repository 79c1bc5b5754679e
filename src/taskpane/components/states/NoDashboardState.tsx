/** No dashboard recognised: why, and how to point the add-in at it. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { DocumentSearch24Regular } from '@fluentui/react-icons';
import type { PaneError } from '../../model/pane-error';
import { useStrings } from '../../strings';
import { useSharedStyles } from '../../styles';
import type { SheetControlsProps } from '../SheetControls';
import { SheetControls } from '../SheetControls';

export interface NoDashboardStateProps {
  readonly error: PaneError;
  readonly sheets: readonly string[];
  readonly busy: boolean;
  readonly onChooseSheet: (sheet: string) => void;
  readonly selection: SheetControlsProps['selection'];
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalL,
  },
  icon: { color: tokens.colorBrandForeground1 },
  steps: { margin: '0', paddingInlineStart: tokens.spacingHorizontalXL },
});

export function NoDashboardState(props: NoDashboardStateProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const title =
    props.error.code === 'unknown_sheet'
      ? strings.errors.unknown_sheet.title
      : strings.noDashboard.title;
  const [intro, ...steps] = strings.noDashboard.guidance;
  return (
    <div className={styles.root}>
      <DocumentSearch24Regular className={styles.icon} aria-hidden />
      <h1 className={shared.paneTitle}>{title}</h1>
      {props.error.message && (
        <p className={shared.stateText} role="status">
          {props.error.message}
        </p>
      )}
      <p className={shared.stateText}>{intro}</p>
      <ul className={styles.steps}>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <SheetControls
        sheets={props.sheets}
        current={null}
        disabled={props.busy}
        onChoose={props.onChooseSheet}
        selection={props.selection}
      />
    </div>
  );
}
