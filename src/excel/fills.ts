/**
 * Cell fills as Excel reports them (getCellProperties → format.fill) and as the gateway gives
 * them back. A flag is a solid fill; removing it writes back the fill the cell had before.
 */
import { parseA1 } from '../core/address';
import { FLAG_COLORS } from '../core/plan';

/** A cell's fill: only the properties Excel reported are kept. */
export type OwnFill = Readonly<
  Pick<
    Excel.CellPropertiesFill,
    'color' | 'pattern' | 'patternColor' | 'tintAndShade' | 'patternTintAndShade'
  >
>;

type FillPattern = NonNullable<Excel.CellPropertiesFill['pattern']>;

/** Excel's fill patterns (Excel.FillPattern), as strings: the enum object exists only in Office. */
const FILL_PATTERNS: readonly FillPattern[] = [
  'None',
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
  'LinearGradient',
  'RectangularGradient',
];

export function isFillPattern(value: unknown): value is FillPattern {
  return FILL_PATTERNS.some((pattern) => pattern === value);
}

export const NO_FILL: OwnFill = Object.freeze({ pattern: 'None' });

export function fillOf(properties: Excel.CellProperties | undefined): OwnFill {
  const fill = properties?.format?.fill;
  if (!fill) return NO_FILL;
  const own: { -readonly [K in keyof OwnFill]: OwnFill[K] } = {};
  if (typeof fill.color === 'string') own.color = fill.color;
  if (isFillPattern(fill.pattern)) own.pattern = fill.pattern;
  if (typeof fill.patternColor === 'string') own.patternColor = fill.patternColor;
  if (typeof fill.tintAndShade === 'number') own.tintAndShade = fill.tintAndShade;
  if (typeof fill.patternTintAndShade === 'number')
    own.patternTintAndShade = fill.patternTintAndShade;
  return own;
}

export function isNoFill(fill: OwnFill): boolean {
  return fill.pattern === 'None' || (fill.pattern === undefined && fill.color === undefined);
}

export function flagFill(color: string): OwnFill {
  return { color, pattern: 'Solid' };
}

/** Same visible fill: both empty, or the same pattern and colour (Excel may change the case). */
export function sameFill(a: OwnFill, b: OwnFill): boolean {
  if (isNoFill(a) || isNoFill(b)) return isNoFill(a) && isNoFill(b);
  return (
    (a.pattern ?? 'Solid') === (b.pattern ?? 'Solid') &&
    (a.color ?? '').toUpperCase() === (b.color ?? '').toUpperCase()
  );
}

/**
 * Exactly a flag as the add-in sets it: a solid fill of one of the flag colours, untinted. An
 * agent's own fill that happens to look the same is rare; a lost record is not.
 */
export function isFlagFill(fill: OwnFill): boolean {
  const color = (fill.color ?? '').toUpperCase();
  return (
    fill.pattern === 'Solid' &&
    (fill.tintAndShade ?? 0) === 0 &&
    Object.values(FLAG_COLORS).some((flag) => flag.toUpperCase() === color)
  );
}

/** What setCellProperties needs to give a cell this fill (not used for "no fill"). */
export function settableFill(fill: OwnFill): Excel.SettableCellProperties {
  return { format: { fill: { ...fill } } };
}

/** The fills read from one block of a sheet, looked up by 0-based sheet coordinates. */
export class FillBlock {
  constructor(
    readonly top: number,
    readonly left: number,
    private readonly rows: readonly (readonly Excel.CellProperties[])[],
  ) {}

  /** The cell's fill, or undefined when the cell is outside the block. */
  at(row: number, col: number): OwnFill | undefined {
    const line = this.rows[row - this.top];
    if (!line || col < this.left || col - this.left >= line.length) return undefined;
    return fillOf(line[col - this.left]);
  }
}

/** Every fill the read brought back, by sheet. */
export class FillMap {
  private readonly blocks = new Map<string, FillBlock[]>();

  add(sheet: string, block: FillBlock): void {
    const list = this.blocks.get(sheet) ?? [];
    list.push(block);
    this.blocks.set(sheet, list);
  }

  /** The cell's fill; undefined when no block read covers it. */
  at(sheet: string, cell: string): OwnFill | undefined {
    const place = parseA1(cell);
    if (!place) return undefined;
    for (const block of this.blocks.get(sheet) ?? []) {
      const fill = block.at(place.row, place.col);
      if (fill) return fill;
    }
    return undefined;
  }
}

/** A fill to give a cell. */
export interface FillTarget {
  readonly cell: string;
  readonly fill: OwnFill;
}
