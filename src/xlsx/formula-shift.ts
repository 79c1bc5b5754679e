/**
 * A formula moved by some rows and columns, as Excel moves a shared formula from its first cell
 * to the others: relative references move, `$` ones stay. Text in quotes and quoted sheet
 * names are left alone; function names ("LOG10(") and defined names are not references.
 */
import { columnIndex, columnLetter } from '../core/address';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** A cell reference, or a whole-column or whole-row range, at a token boundary. */
const REFERENCE =
  /(^|[^A-Za-z0-9_.$'\]])(?:(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!])|(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_(!]))/g;

function moveRow(absolute: string, row: string, by: number): string {
  if (absolute) return `$${row}`;
  const moved = Number(row) + by;
  return moved < 1 || moved > MAX_ROW ? '#REF!' : String(moved);
}

function moveCol(absolute: string, letters: string, by: number): string {
  if (absolute) return `$${letters.toUpperCase()}`;
  const moved = columnIndex(letters) + by;
  return moved < 0 || moved >= MAX_COL ? '#REF!' : columnLetter(moved);
}

function shiftSegment(segment: string, rows: number, cols: number): string {
  return segment.replace(
    REFERENCE,
    (match, lead: string, ca, c, ra, r, c1a, c1, c2a, c2, r1a, r1, r2a, r2) => {
      if (c !== undefined) {
        if (columnIndex(c) >= MAX_COL) return match;
        return `${lead}${moveCol(ca, c, cols)}${moveRow(ra, r, rows)}`;
      }
      if (c1 !== undefined) return `${lead}${moveCol(c1a, c1, cols)}:${moveCol(c2a, c2, cols)}`;
      return `${lead}${moveRow(r1a, r1, rows)}:${moveRow(r2a, r2, rows)}`;
    },
  );
}

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let at = 0;
  while (at < formula.length) {
    const quote = formula.slice(at).search(/["']/);
    if (quote < 0) {
      out += shiftSegment(formula.slice(at), rows, cols);
      break;
    }
    const start = at + quote;
    out += shiftSegment(formula.slice(at, start), rows, cols);
    const mark = formula[start];
    let end = start + 1;
    // A doubled quote inside is the quote itself.
    while (end < formula.length) {
      if (formula[end] === mark) {
        if (formula[end + 1] === mark) end += 2;
        else break;
      } else end++;
    }
    out += formula.slice(start, end + 1);
    at = end + 1;
  }
  return out;
}
