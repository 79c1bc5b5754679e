/**
 * Where an indicator sits, so that look-alikes can be told apart: two rows may share a label
 * and an engagement ("Délai moyen de réponse", E37), never a row.
 */
import type { Indicator } from '../../core/types';
import type { TaskpaneStrings } from '../../i18n/taskpane';

type Placed = Pick<Indicator, 'row' | 'section'>;

/** "Relations avec les collectivités · ligne 37" (Excel's 1-based row). */
export function indicatorPlace(indicator: Placed, strings: TaskpaneStrings): string {
  const row = strings.indicator.row(indicator.row + 1);
  return indicator.section ? `${indicator.section} · ${row}` : row;
}
