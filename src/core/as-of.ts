/** Which months of the dashboard year should already be filled. */
import type { YearMonth } from './types';

/**
 * The default as-of month (design.md §3): December for a past year, the previous month for the
 * current year (month 0 in January: nothing is due yet), month 0 for a year still to come.
 * When the dashboard's year is unknown it is taken to be the current year, the common case of
 * a dashboard kept month by month, so the previous month is used.
 */
export function defaultAsOf(year: number | null, today: YearMonth): YearMonth {
  if (year === null || year === today.year) return { year: today.year, month: today.month - 1 };
  if (year < today.year) return { year, month: 12 };
  return { year, month: 0 };
}

/**
 * How many months of the dashboard year are due at `asOf` (0 to 12): months 1..n are due.
 * A dashboard without a year is read as a dashboard of the as-of year.
 */
export function dueMonthCount(year: number | null, asOf: YearMonth): number {
  const dashboardYear = year ?? asOf.year;
  if (dashboardYear < asOf.year) return 12;
  if (dashboardYear > asOf.year) return 0;
  return Math.max(0, Math.min(12, asOf.month));
}
