/** The marks the month charts use, explained once above them, with the same shapes. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { DrawnMark } from '../model/chart';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { MarkGlyph, useMarkStyles } from './MarkGlyph';

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground2 },
});

const MARKS: readonly DrawnMark[] = [
  'met',
  'missed',
  'suspicious',
  'suspended',
  'closed',
  'not_available',
  'missing',
  'wrong',
];

export function ChartLegend() {
  const { strings } = useStrings();
  const styles = useStyles();
  const marks = useMarkStyles();
  const shared = useSharedStyles();
  const text = strings.chart;
  const icon = (width: number, content: ReactNode) => (
    <svg className={marks.svg} width={width} height="12" aria-hidden>
      {content}
    </svg>
  );
  return (
    <div className={shared.section}>
      <ul className={mergeClasses(shared.legendList, styles.root)} aria-label={text.legendTitle}>
        {MARKS.map((mark) => (
          <li key={mark} className={shared.legendItem}>
            {icon(12, <MarkGlyph mark={mark} x={6} y={6} />)}
            {text.marks[mark]}
          </li>
        ))}
        <li className={shared.legendItem}>
          {icon(18, <line className={marks.objective} x1="0" x2="18" y1="6" y2="6" />)}
          {text.objective}
        </li>
        <li className={shared.legendItem}>
          {icon(12, <path className={marks.breakMark} d="M1 9 L11 5 L11 8 L1 12 Z" />)}
          {text.clipped}
        </li>
      </ul>
      <p className={shared.caption}>{text.hint}</p>
    </div>
  );
}
