/**
 * A row of the table holding only a label (nothing in its months, engagement, N-1, objective or
 * Moyenne) is a section or module title, or an indicator nobody filled this year: its cells are
 * the same. The two mistakes do not cost the same. A title read as an indicator is a false alarm
 * the agent clears by merging the title across the table; an unfilled indicator read as a title
 * hides its missing months and lets the dashboard be sent. So such a row is a title only on
 * evidence: merged over the months (table-rows.ts), or a label that names no measure and reads
 * as a heading. Any other is an indicator, with a guess reported when its label gives no sign
 * either way.
 */
import { cellText } from './cell-text';
import type { Cell } from './grid';
import { isSubtotalHeader } from './month-headers';
import { normalizeText } from './normalize';
import { unitOfLabel } from './unit';

/**
 * - `title`: skipped, it names the section of the rows below;
 * - `indicator`: its label names a measure, so it is an indicator nobody filled;
 * - `unsure`: read as an indicator nobody filled, though it could be a title.
 */
export type LabelOnlyReading = 'title' | 'indicator' | 'unsure';

/**
 * The words an outline or a service area of the référentiel opens a heading with ("Module 1 –",
 * "Axe 2", "Engagements métier", "Accueil téléphonique", "Suivi des réclamations"), after an
 * optional outline number ("1 –", "II.").
 */
const HEADING =
  /^(?:(?:\d+(?:\.\d+)*|[ivx]+)\s*[-–—.):]?\s+)?(?:modules?|axes?|engagements?|themes?|thematiques?|parties?|volets?|rubriques?|chapitres?|sections?|domaines?|missions?|accueils?|relations?|suivis?)\b/;

/**
 * A label-only row's reading from its label cell: an indicator when the label names a measure;
 * else a title when it reads as a heading (it opens with a heading word, is a subtotal line
 * worded like a subtotal column, "Total", "Sous-total", "Cumul", or is in capitals); else unsure.
 */
export function labelOnlyReading(label: Cell): LabelOnlyReading {
  const text = cellText(label);
  // Checked first: "Taux de …" or "Délai …" in capitals or after "Accueil" still names a measure.
  if (unitOfLabel(text) !== null) return 'indicator';
  if (HEADING.test(normalizeText(text)) || isSubtotalHeader(label) || inCapitals(text))
    return 'title';
  return 'unsure';
}

/** Written in capitals: no lower-case letter, and a word, not an acronym (SVI, PN). */
function inCapitals(text: string): boolean {
  return /\p{Lu}{4}/u.test(text) && !/\p{Ll}/u.test(text);
}
