/**
 * A read-only rendering of one sheet, drawn as Excel shows it: column letters, row numbers,
 * merged cells, the cells' fills (the flags among them) and the selection. Cells are selected
 * by click, Shift+click and the arrow keys (with Shift to extend), as in Excel; a cell selected
 * through the gateway is scrolled into view.
 */
import type { KeyboardEvent, MouseEvent } from 'react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

import { a1, columnLetter } from '../core/address';
import type { Lang } from '../core/types';
import { flagKindText, sheetViewLabel } from '../i18n/preview';
import { useSharedStyles } from '../taskpane/styles';
import type { FlagNote } from './session';
import type { SheetSelection } from './selection';
import { clickSelection, moveSelection, selectionRange } from './selection';
import type { LaidCell } from './sheet-layout';
import { columnPixels, layoutSheet } from './sheet-layout';
import type { SheetPicture } from './sheet-picture';
import { cellKey } from './sheet-picture';

const ROW_HEADER_PIXELS = 44;
const HEADER_ROW_PIXELS = 24;

const useStyles = makeStyles({
  scroller: {
    overflow: 'auto',
    flexGrow: 1,
    minHeight: '0',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: '0',
    tableLayout: 'fixed',
    // Shift+click selects cells, as in Excel, not the text under the pointer.
    userSelect: 'none',
    fontFamily: 'Calibri, Carlito, "Segoe UI", "Liberation Sans", Arial, sans-serif',
    fontSize: '13px',
    lineHeight: '18px',
    color: '#1a1a1a',
  },
  header: {
    position: 'sticky',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    textAlign: 'center',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 4px',
    zIndex: 1,
  },
  columnHeader: { top: '0' },
  rowHeader: { left: '0' },
  corner: { top: '0', left: '0', zIndex: 2 },
  cell: {
    position: 'relative',
    backgroundColor: '#ffffff',
    borderRight: '1px solid #e1e1e1',
    borderBottom: '1px solid #e1e1e1',
    padding: '2px 4px',
    verticalAlign: 'bottom',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    cursor: 'cell',
    outlineStyle: 'none',
    // Brought into view clear of the sticky column letters and row numbers.
    scrollMarginTop: `${HEADER_ROW_PIXELS}px`,
    scrollMarginLeft: `${ROW_HEADER_PIXELS}px`,
  },
  // Figures stay on one line, cut at the column's edge rather than broken.
  number: { textAlign: 'right', whiteSpace: 'nowrap', overflow: 'hidden' },
  centered: { textAlign: 'center', whiteSpace: 'nowrap', overflow: 'hidden' },
  selected: { boxShadow: 'inset 0 0 0 9999px rgba(15, 108, 189, 0.12)' },
  active: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
  },
  // Not by colour alone: a flagged cell carries a corner mark, as Excel marks a note.
  flagged: {
    '::after': {
      content: '""',
      position: 'absolute',
      top: '0',
      right: '0',
      borderTop: '7px solid #a4262c',
      borderLeft: '7px solid transparent',
    },
  },
});

export interface SheetViewProps {
  readonly picture: SheetPicture;
  readonly notes: ReadonlyMap<string, FlagNote>;
  readonly selection: SheetSelection;
  /** Changes when the selection was set from outside and must be scrolled into view. */
  readonly reveal: number;
  readonly lang: Lang;
  readonly onSelect: (selection: SheetSelection) => void;
}

const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

interface SheetRowProps {
  readonly row: number;
  readonly cells: readonly LaidCell[];
  readonly fills: ReadonlyMap<string, string>;
  readonly notes: ReadonlyMap<string, FlagNote>;
  /** The selected columns of this row, or null when the selection does not cross it. */
  readonly selectedFrom: number | null;
  readonly selectedTo: number | null;
  /** The active cell's column when it is on this row. */
  readonly activeCol: number | null;
  readonly lang: Lang;
}

/** One row; rows the selection neither enters nor leaves are not drawn again. */
const SheetRow = memo(function SheetRow(props: SheetRowProps) {
  const { row, cells, fills, notes, selectedFrom, selectedTo, activeCol, lang } = props;
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.header, styles.rowHeader)}>
        {row + 1}
      </th>
      {cells.map((cell) => {
        const key = cellKey(cell.row, cell.col);
        const note = notes.get(key);
        const fill = fills.get(key);
        const isActive = cell.col === activeCol;
        const inRange =
          selectedFrom !== null &&
          selectedTo !== null &&
          cell.col >= selectedFrom &&
          cell.col <= selectedTo;
        return (
          <td
            key={key}
            role="gridcell"
            data-cell={a1(cell.row, cell.col)}
            data-row={cell.row}
            data-col={cell.col}
            rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
            colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
            aria-selected={inRange}
            tabIndex={isActive ? 0 : -1}
            title={note?.note}
            className={mergeClasses(
              styles.cell,
              cell.kind === 'number' && styles.number,
              (cell.kind === 'error' || cell.kind === 'boolean') && styles.centered,
              inRange && styles.selected,
              isActive && styles.active,
              note && styles.flagged,
            )}
            style={fill ? { backgroundColor: fill } : undefined}
          >
            {cell.text}
            {note && (
              <span className={shared.visuallyHidden}> ({flagKindText(note.kind, lang)})</span>
            )}
          </td>
        );
      })}
    </tr>
  );
});

export function SheetView({ picture, notes, selection, reveal, lang, onSelect }: SheetViewProps) {
  const styles = useStyles();
  const { grid, fills, widths } = picture;
  const layout = useMemo(() => layoutSheet(grid), [grid]);
  const range = selectionRange(selection, grid.merges);
  const tableRef = useRef<HTMLTableElement>(null);
  const { anchor, active } = selection;
  // Read by the reveal effect, which runs for a new reveal only, not for the agent's own moves.
  const anchorRef = useRef(anchor);
  useEffect(() => {
    anchorRef.current = anchor;
  });

  // A selection made from the pane is brought into view without taking the keyboard focus.
  useEffect(() => {
    if (reveal === 0) return;
    const { row, col } = anchorRef.current;
    const target = tableRef.current?.querySelector(`[data-cell="${a1(row, col)}"]`);
    target?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [reveal]);

  // Arrow keys move the focus with the active cell, as in Excel.
  useEffect(() => {
    const table = tableRef.current;
    if (!table || !table.contains(document.activeElement)) return;
    const target = table.querySelector<HTMLElement>(`[data-cell="${a1(active.row, active.col)}"]`);
    if (target && target !== document.activeElement) target.focus();
  }, [active.row, active.col]);

  const hidden = useMemo(() => new Set(grid.hiddenColumns), [grid]);
  const pixels = layout.columns.map((col) => columnPixels(widths[col] ?? null));
  // A fixed table layout needs the table's width: the columns keep Excel's proportions.
  const tableWidth = pixels.reduce((sum, width) => sum + width, ROW_HEADER_PIXELS);

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const move = MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    const bounds = { rowCount: grid.rowCount, colCount: grid.colCount };
    let next = moveSelection(selection, move[0], move[1], event.shiftKey, bounds, grid.merges);
    // Hidden columns are stepped over, unless nothing visible lies beyond them.
    while (hidden.has(next.active.col)) {
      const further = moveSelection(next, move[0], move[1], event.shiftKey, bounds, grid.merges);
      if (further.active.col === next.active.col) break;
      next = further;
    }
    onSelect(next);
  }

  // One listener for the whole table: the rows stay free of per-cell handlers.
  function onClick(event: MouseEvent<HTMLTableElement>) {
    const target = event.target instanceof Element ? event.target.closest('td[data-cell]') : null;
    if (!(target instanceof HTMLElement)) return;
    const pos = { row: Number(target.dataset.row), col: Number(target.dataset.col) };
    onSelect(clickSelection(selection, pos, event.shiftKey, grid.merges));
  }

  return (
    // The grid itself is reached with Tab (its active cell); the scrolling box needs no stop.
    <div className={styles.scroller}>
      <table
        ref={tableRef}
        role="grid"
        aria-readonly="true"
        aria-multiselectable="true"
        aria-label={sheetViewLabel(grid.sheet, lang)}
        aria-rowcount={grid.rowCount + 1}
        aria-colcount={layout.columns.length + 1}
        className={styles.table}
        style={{ width: `${tableWidth}px` }}
        onKeyDown={onKeyDown}
        onClick={onClick}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_PIXELS}px` }} />
          {layout.columns.map((col, index) => (
            <col key={col} style={{ width: `${pixels[index]}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={mergeClasses(styles.header, styles.corner)} />
            {layout.columns.map((col) => (
              <th
                key={col}
                scope="col"
                className={mergeClasses(styles.header, styles.columnHeader)}
              >
                {columnLetter(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.rows.map((cells, row) => {
            const crossed = row >= range.top && row <= range.bottom;
            return (
              <SheetRow
                key={row}
                row={row}
                cells={cells}
                fills={fills}
                notes={notes}
                selectedFrom={crossed ? range.left : null}
                selectedTo={crossed ? range.right : null}
                activeCol={row === active.row ? active.col : null}
                lang={lang}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
