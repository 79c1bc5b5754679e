/** Choosing the dashboard's sheet, or pointing at the table through Excel's selection. */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../strings';
import type { SelectionControlProps } from './SelectionControl';
import { SelectionControl } from './SelectionControl';

export interface SheetControlsProps {
  readonly sheets: readonly string[];
  /** The sheet in use, or null when no dashboard was found. */
  readonly current: string | null;
  readonly disabled: boolean;
  readonly onChoose: (sheet: string) => void;
  readonly selection: Omit<SelectionControlProps, 'current' | 'disabled' | 'compact'>;
  /** Keeps the selection hint for screen readers only, where space is short. */
  readonly compact?: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export function SheetControls({
  sheets,
  current,
  disabled,
  onChoose,
  selection,
  compact = false,
}: SheetControlsProps) {
  const { strings } = useStrings();
  const styles = useStyles();
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
      <SelectionControl {...selection} current={current} disabled={disabled} compact={compact} />
    </div>
  );
}
