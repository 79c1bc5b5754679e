/** The as-of month, removing the marks, undoing the last computation. */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular, Eraser20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { YearMonth } from '../../core/types';
import { monthName } from '../../i18n/months';
import type { Operation } from '../hooks/useDashboard';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

export interface OptionsPanelProps {
  /** The dashboard's year (or the year the engine assumed). */
  readonly year: number;
  /** The month the agent chose, or undefined for the default. */
  readonly asOf: YearMonth | undefined;
  readonly defaultAsOf: YearMonth | null;
  readonly canUndo: boolean;
  readonly busy: Operation | null;
  readonly onAsOf: (asOf: YearMonth | null) => void;
  readonly onClearFlags: () => void;
  readonly onUndo: () => void;
}

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  button: { alignSelf: 'flex-start' },
});

export function OptionsPanel(props: OptionsPanelProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleId = useId();
  const clearHint = useId();
  const undoHint = useId();
  const text = strings.options;
  const busy = props.busy !== null;

  const describe = (asOf: YearMonth): string =>
    asOf.month === 0 ? text.asOfNone : `${monthName(asOf.month, lang)} ${asOf.year}`;
  const defaultLabel = text.asOfDefault(props.defaultAsOf ? describe(props.defaultAsOf) : '…');

  return (
    <section className={shared.section} aria-labelledby={titleId}>
      <h2 id={titleId} className={shared.sectionTitle}>
        {text.title}
      </h2>
      <Field label={text.asOf} hint={text.asOfHint} size="small">
        <Select
          size="small"
          value={props.asOf ? String(props.asOf.month) : ''}
          onChange={(_, data) =>
            props.onAsOf(data.value === '' ? null : { year: props.year, month: Number(data.value) })
          }
        >
          <option value="">{defaultLabel}</option>
          {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
            <option key={month} value={String(month)}>
              {describe({ year: props.year, month })}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.action}>
        <Button
          className={styles.button}
          size="small"
          icon={<Eraser20Regular />}
          disabledFocusable={busy}
          aria-describedby={clearHint}
          onClick={props.onClearFlags}
        >
          {text.clearFlags}
        </Button>
        <p id={clearHint} className={shared.caption}>
          {text.clearFlagsHint}
        </p>
      </div>
      <div className={styles.action}>
        <Button
          className={styles.button}
          size="small"
          icon={<ArrowUndo20Regular />}
          disabledFocusable={busy || !props.canUndo}
          aria-describedby={undoHint}
          onClick={props.onUndo}
        >
          {text.undo}
        </Button>
        <p id={undoHint} className={shared.caption}>
          {text.undoHint}
        </p>
      </div>
    </section>
  );
}
