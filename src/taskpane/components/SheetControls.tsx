/** Choosing the dashboard's sheet, or pointing at the table through Excel's selection. */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { TableCursor20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

export interface SheetControlsProps {
  readonly sheets: readonly string[];
  /** The sheet in use, or null when no dashboard was found. */
  readonly current: string | null;
  readonly disabled: boolean;
  readonly onChoose: (sheet: string) => void;
  readonly onUseSelection: () => void;
  /** Keeps the selection hint for screen readers only, where space is short. */
  readonly compact?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  selection: { alignSelf: 'flex-start' },
});

export function SheetControls({
  sheets,
  current,
  disabled,
  onChoose,
  onUseSelection,
  compact = false,
}: SheetControlsProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const hintId = useId();
  const options = current === null || sheets.includes(current) ? sheets : [current, ...sheets];
  return (
    <div className={styles.root}>
      {options.length > 0 && (
        <Field label={strings.header.chooseSheet} size="small">
          <Select
            size="small"
            value={current ?? ''}
            onChange={(_, data) => {
              if (data.value !== '' && data.value !== current) onChoose(data.value);
            }}
          >
            {current === null && <option value="">{strings.header.pickSheet}</option>}
            {options.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Button
        className={styles.selection}
        size="small"
        appearance="subtle"
        icon={<TableCursor20Regular />}
        disabledFocusable={disabled}
        aria-describedby={hintId}
        onClick={onUseSelection}
      >
        {strings.header.useSelection}
      </Button>
      <p id={hintId} className={compact ? shared.visuallyHidden : shared.caption}>
        {strings.header.useSelectionHint}
      </p>
    </div>
  );
}
