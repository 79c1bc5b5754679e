/**
 * Changing the year from N to N+1 where a dashboard writes it: the sheet's name, header and title
 * texts ("ANNEE 2020", "Atteinte objectif 2020", "Résultats 2019"), month headers typed as texts
 * ("janv.-20", "01/2020") or as dates.
 */
import { sameSheetName } from './sheet-name';

/** Excel refuses sheet names longer than this. */
const MAX_SHEET_NAME = 31;
const FOUR_DIGIT_YEAR = /(?<!\d)(20\d{2})(?!\d)/g;
/** "janv.-20", "janv. 20", "Jan '20": a two-digit year closing a month header. */
const TWO_DIGIT_YEAR = /([-/'’\s])(\d{2})$/;

/**
 * The sheet's name for year N+1: "Tableau de bord 2020" → "Tableau de bord 2021"; a name without
 * year N but with another year changes its last year; a name without any year gets " 2021".
 */
export function nextSheetName(name: string, year: number): string {
  const next = String(year + 1);
  const years = [...name.matchAll(FOUR_DIGIT_YEAR)];
  const own = years.filter((match) => Number(match[1]) === year);
  if (own.length > 0) return name.replace(FOUR_DIGIT_YEAR, (y) => (Number(y) === year ? next : y));
  const last = years[years.length - 1];
  if (last?.index !== undefined)
    return `${name.slice(0, last.index)}${next}${name.slice(last.index + last[1].length)}`;
  const suffix = ` ${next}`;
  return `${name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
}

/** Whether `names` already holds the sheet the rollover would add (Excel ignores case). */
export function sheetTaken(names: readonly string[], sheet: string): boolean {
  return names.some((name) => sameSheetName(name, sheet));
}

/**
 * The text with years N-1 and N moved one year on, in one pass ("Bilan 2019-2020" →
 * "Bilan 2020-2021"); null when it names neither.
 */
export function shiftYearText(text: string, year: number): string | null {
  let changed = false;
  const shifted = text.replace(FOUR_DIGIT_YEAR, (y) => {
    const value = Number(y);
    if (value !== year && value !== year - 1) return y;
    changed = true;
    return String(value + 1);
  });
  return changed ? shifted : null;
}

/** A month header typed as text, moved to year N+1 ("janv.-20" → "janv.-21"); null when unchanged. */
export function shiftMonthHeaderText(text: string, year: number): string | null {
  const long = shiftYearText(text, year);
  if (long !== null) return long;
  const match = TWO_DIGIT_YEAR.exec(text.trim());
  if (!match || Number(match[2]) !== year % 100) return null;
  const trimmed = text.trim();
  const next = String((year + 1) % 100).padStart(2, '0');
  return `${trimmed.slice(0, trimmed.length - 2)}${next}`;
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 system, for serials after February 1900 (Lotus's 29 February aside). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A date serial one year later, same day and month (29 February becomes 28 February); null when
 * the serial is not a date of year N.
 */
export function shiftDateSerial(serial: number, year: number, date1904: boolean): number | null {
  if (!Number.isFinite(serial) || serial < 61) return null;
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  const whole = Math.floor(serial);
  const date = new Date(epoch + whole * DAY_MS);
  if (date.getUTCFullYear() !== year) return null;
  const day = Math.min(date.getUTCDate(), date.getUTCMonth() === 1 ? 28 : 31);
  const next = Date.UTC(year + 1, date.getUTCMonth(), day);
  return Math.round((next - epoch) / DAY_MS) + (serial - whole);
}
