/**
 * The shape of each month mark, shared by the charts and their legend. Shapes differ, not only
 * colours, so that they read in grey, for colour-blind readers and in Windows high contrast,
 * where the SVG keeps its shapes and takes the system's colours.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { DrawnMark } from '../model/chart';

const HIGH_CONTRAST = '@media (forced-colors: active)';

export const useMarkStyles = makeStyles({
  /** On the SVG: its colours are chosen here, for high contrast too. */
  svg: { [HIGH_CONTRAST]: { forcedColorAdjust: 'none' } },
  /** The objective's dashed line. */
  objective: {
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: '1.5',
    strokeDasharray: '5 3',
    [HIGH_CONTRAST]: { stroke: 'CanvasText' },
  },
  /** The break mark on the axis where values are drawn off the scale. */
  breakMark: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: '1.5',
    [HIGH_CONTRAST]: { fill: 'Canvas', stroke: 'CanvasText' },
  },
  met: {
    fill: tokens.colorBrandBackground,
    stroke: tokens.colorNeutralBackground1,
    [HIGH_CONTRAST]: { fill: 'CanvasText', stroke: 'Canvas' },
  },
  value: {
    fill: tokens.colorNeutralForeground2,
    stroke: tokens.colorNeutralBackground1,
    [HIGH_CONTRAST]: { fill: 'CanvasText', stroke: 'Canvas' },
  },
  missed: {
    fill: tokens.colorPaletteRedBackground3,
    stroke: tokens.colorNeutralBackground1,
    [HIGH_CONTRAST]: { fill: 'Highlight', stroke: 'Canvas' },
  },
  suspicious: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorPaletteDarkOrangeForeground1,
    strokeWidth: '2',
    [HIGH_CONTRAST]: { fill: 'Canvas', stroke: 'Highlight' },
  },
  gap: {
    fill: 'none',
    stroke: tokens.colorNeutralForeground3,
    strokeWidth: '1.5',
    [HIGH_CONTRAST]: { stroke: 'CanvasText' },
  },
  closed: {
    fill: tokens.colorNeutralForeground3,
    stroke: 'none',
    [HIGH_CONTRAST]: { fill: 'CanvasText' },
  },
  missing: {
    fill: 'none',
    stroke: tokens.colorPaletteRedForeground1,
    strokeWidth: '1.5',
    strokeDasharray: '2 1.5',
    [HIGH_CONTRAST]: { stroke: 'CanvasText' },
  },
  wrong: {
    fill: 'none',
    stroke: tokens.colorPaletteRedForeground1,
    strokeWidth: '2',
    [HIGH_CONTRAST]: { stroke: 'CanvasText' },
  },
});

export interface MarkGlyphProps {
  readonly mark: DrawnMark;
  readonly x: number;
  readonly y: number;
}

/** A diamond centred on (x, y). */
function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`;
}

/** A triangle pointing up, centred on (x, y). */
function triangle(x: number, y: number, r: number): string {
  return `M${x} ${y - r} L${x + r} ${y + r * 0.8} L${x - r} ${y + r * 0.8} Z`;
}

export function MarkGlyph({ mark, x, y }: MarkGlyphProps) {
  const styles = useMarkStyles();
  switch (mark) {
    case 'met':
      return <circle className={styles.met} data-mark={mark} cx={x} cy={y} r={3.5} />;
    case 'value':
      return <circle className={styles.value} data-mark={mark} cx={x} cy={y} r={3.5} />;
    case 'missed':
      return <path className={styles.missed} data-mark={mark} d={diamond(x, y, 5)} />;
    case 'suspicious':
      return <path className={styles.suspicious} data-mark={mark} d={triangle(x, y, 5)} />;
    case 'suspended':
      // A pause sign: follow-up suspended.
      return (
        <path
          className={styles.gap}
          data-mark={mark}
          d={`M${x - 2} ${y - 4} V${y + 4} M${x + 2} ${y - 4} V${y + 4}`}
        />
      );
    case 'closed':
      return (
        <rect
          className={styles.closed}
          data-mark={mark}
          x={x - 3.5}
          y={y - 3.5}
          width={7}
          height={7}
        />
      );
    case 'not_available':
      return <path className={styles.gap} data-mark={mark} d={`M${x - 4} ${y} H${x + 4}`} />;
    case 'missing':
      return <circle className={styles.missing} data-mark={mark} cx={x} cy={y} r={4} />;
    case 'wrong':
      return (
        <path
          className={styles.wrong}
          data-mark={mark}
          d={`M${x - 3.5} ${y - 3.5} L${x + 3.5} ${y + 3.5} M${x + 3.5} ${y - 3.5} L${x - 3.5} ${y + 3.5}`}
        />
      );
  }
}
