/**
 * The options: the dashboard's sheet or the selection, the as-of month, removing the marks and
 * undoing the last computation; each confirmation or failure shows under its own control.
 */
import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndo20Regular, Eraser20Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Analysis, YearMonth } from '../../core/types';
import { monthName } from '../../i18n/months';
import type { DashboardActions, DashboardState } from '../hooks/useDashboard';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { FlagLegend } from './FlagLegend';
import { selectionProps } from './SelectionControl';
import { SheetControls } from './SheetControls';
import { ErrorMessage, NoticeMessage, errorFrom } from './StatusMessages';

export interface OptionsPanelProps {
  readonly analysis: Analysis;
  readonly state: DashboardState;
  readonly actions: DashboardActions;
}

const useStyles = makeStyles({
  action: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  button: { alignSelf: 'flex-start' },
});

export function OptionsPanel({ analysis, state, actions }: OptionsPanelProps) {
  const { lang, strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const clearHint = useId();
  const undoHint = useId();
  const text = strings.options;
  const busy = state.busy !== null;
  const year = analysis.dashboard.year ?? analysis.asOf.year;
  const asked = state.request.asOf;

  const describe = (asOf: YearMonth): string =>
    asOf.month === 0 ? text.asOfNone : `${monthName(asOf.month, lang)} ${asOf.year}`;
  const defaultLabel = text.asOfDefault(state.defaultAsOf ? describe(state.defaultAsOf) : '…');
  const clearError = errorFrom(state.error, ['clear']);
  const undoError = errorFrom(state.error, ['undo']);

  return (
    <>
      <SheetControls
        sheets={state.sheets}
        current={analysis.dashboard.sheet}
        disabled={busy}
        onChoose={actions.chooseSheet}
        selection={selectionProps(state, actions)}
        compact
      />
      <Field label={text.asOf} hint={text.asOfHint} size="small">
        <Select
          size="small"
          value={asked ? String(asked.month) : ''}
          onChange={(_, data) =>
            actions.setAsOf(data.value === '' ? null : { year, month: Number(data.value) })
          }
        >
          <option value="">{defaultLabel}</option>
          {Array.from({ length: 12 }, (_, index) => index + 1).map((month) => (
            <option key={month} value={String(month)}>
              {describe({ year, month })}
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
          onClick={actions.clearFlags}
        >
          {text.clearFlags}
        </Button>
        <p id={clearHint} className={shared.caption}>
          {text.clearFlagsHint}
        </p>
        {state.notice === 'flags_cleared' && (
          <NoticeMessage notice={state.notice} onDismiss={actions.dismissNotice} />
        )}
        {clearError && (
          <ErrorMessage error={clearError} busy={busy} onDismiss={actions.dismissError} />
        )}
        <FlagLegend />
      </div>
      <div className={styles.action}>
        <Button
          className={styles.button}
          size="small"
          icon={<ArrowUndo20Regular />}
          disabledFocusable={busy || !state.canUndo}
          aria-describedby={undoHint}
          onClick={actions.undo}
        >
          {text.undo}
        </Button>
        <p id={undoHint} className={shared.caption}>
          {text.undoHint}
        </p>
        {state.notice === 'undone' && (
          <NoticeMessage notice={state.notice} onDismiss={actions.dismissNotice} />
        )}
        {undoError && (
          <ErrorMessage error={undoError} busy={busy} onDismiss={actions.dismissError} />
        )}
      </div>
    </>
  );
}
