/** A flag as the fill writes and shows it, without what its note is written from. */
import type { CellFlag } from '../../src/core/types';

export function plainFlag({ row, col, kind, color, note }: CellFlag): CellFlag {
  return { row, col, kind, color, note };
}
