/**
 * Which kind of indicator a row is: a rate ("Taux de ...", "90%"), a delay in days
 * ("Délai moyen ...", "<5j") or a count ("Nombre d'usagers ...").
 */
import { readCell } from './cell-reader';
import type { Cell } from './grid';
import { normalizeText } from './normalize';
import { isPercentFormat } from './number-format';
import { parseNumberText } from './numbers';
import type { Unit } from './types';

const DAYS_IN_TEXT = /\d\s*(?:j\b|jours?\b)/;
const RATE_LABEL = /\btaux\b|\bpourcentages?\b|\bpart (?:de|des|d['\u2019])|%/;
const DAYS_LABEL = /\bdelais?\b|en jours(?: ouvres?)?$|\((?:en )?jours(?: ouvres?)?\)$/;
const COUNT_LABEL = /\bnombres?\b|\bnb\b|\bnbre\b/;

/**
 * The objective first (its "%" or "j" says it all), then the label's words, then what most
 * month numbers are written with. Never throws.
 */
export function inferUnit(label: string, objectiveCell: Cell, monthCells: readonly Cell[]): Unit {
  return fromObjective(objectiveCell) ?? unitOfLabel(label) ?? fromMonths(monthCells);
}

function fromObjective(cell: Cell): Unit | null {
  if (cell?.kind === 'number') return isPercentFormat(cell.format) ? 'rate' : null;
  if (cell?.kind !== 'text') return null;
  const text = normalizeText(textOf(cell));
  if (text.includes('%')) return 'rate';
  if (DAYS_IN_TEXT.test(text)) return 'days';
  return null;
}

/** The unit the label's words name (taux, %, délai, en jours, nombre), or null when none. */
export function unitOfLabel(label: string): Unit | null {
  const text = normalizeText(typeof label === 'string' ? label : '');
  if (RATE_LABEL.test(text)) return 'rate';
  if (DAYS_LABEL.test(text)) return 'days';
  if (COUNT_LABEL.test(text)) return 'count';
  return null;
}

function fromMonths(cells: readonly Cell[]): Unit {
  let numbers = 0;
  let rates = 0;
  let days = 0;
  for (const cell of cells ?? []) {
    const reading = readCell(cell);
    if (reading.kind !== 'number') continue;
    numbers += 1;
    if (reading.percent) rates += 1;
    else if (reading.fromText && parseNumberText(textOf(cell))?.days) days += 1;
  }
  if (rates * 2 > numbers) return 'rate';
  if (days * 2 > numbers) return 'days';
  return 'count';
}

function textOf(cell: Cell): string {
  return typeof cell.value === 'string' ? cell.value : cell.text;
}
