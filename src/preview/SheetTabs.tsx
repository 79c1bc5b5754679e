/**
 * The workbook's sheets as tabs, as Excel shows them. A plain ARIA tab list (arrow keys move
 * between tabs, one tab in the Tab order): Fluent's TabList adds focusable helper elements
 * hidden from assistive technologies, which accessibility checkers rightly flag.
 */
import type { KeyboardEvent } from 'react';
import { useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: 'none',
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':focus-visible': {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly selected: string | null;
  readonly label: string;
  /** The id of the element the tabs show. */
  readonly controls: string;
  readonly onSelect: (sheet: string) => void;
}

export function SheetTabs({ sheets, selected, label, controls, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  const listRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = sheets.indexOf(selected ?? '');
    const step = { ArrowLeft: -1, ArrowRight: 1, Home: -at, End: sheets.length - 1 - at }[
      event.key
    ];
    if (step === undefined || sheets.length === 0) return;
    event.preventDefault();
    const next = (at + step + sheets.length) % sheets.length;
    onSelect(sheets[next]);
    listRef.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  }

  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      className={styles.list}
      onKeyDown={onKeyDown}
    >
      {sheets.map((sheet) => {
        const isSelected = sheet === selected;
        return (
          <button
            key={sheet}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={isSelected ? controls : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(sheet)}
          >
            {sheet}
          </button>
        );
      })}
    </div>
  );
}
