/** The engine's public API: what the adapters (Excel, ExcelJS, task pane, CLI) use. */
export * from './types';
export * from './grid';
export * from './address';
export { normalizeText, compact } from './normalize';
export type { ParsedNumber } from './numbers';
export { parseNumberText, formatNumber, isPercentFormat, percentToFraction } from './numbers';
export type { CellReading, MarkerStatus } from './cell-reader';
export { readCell, markerStatus, MARKERS } from './cell-reader';
export type { ObjectiveReading } from './objective';
export { parseObjective, meetsObjective } from './objective';
export { inferUnit } from './unit';
export type { RecogniseOptions, DashboardLookup } from './recognise';
export { recognise, findDashboard } from './recognise';
export { defaultAsOf, dueMonthCount } from './as-of';
export { asOfOutsideYear } from './year-blocks';
export { analyse, summarise } from './analyse';
export type { CodeEntry, FindingGroup, FindingKind, MonthNoteCode } from './catalogue';
export {
  CATALOGUE,
  FINDING_CODES,
  SEVERITIES,
  severityRank,
  severityOf,
  isMonthNote,
  kindOf,
} from './catalogue';
export { planFill, FLAG_COLORS, AVERAGE_FORMATS } from './plan';
export type { FillSequence, FillSequenceOptions } from './fill-sequence';
export { planDashboardFill } from './fill-sequence';
export type {
  JsonReport,
  JsonColumns,
  JsonIndicator,
  JsonMonth,
  JsonFinding,
  JsonObjective,
} from './report-json';
export { toJsonReport, JSON_REPORT_SCHEMA } from './report-json';
export type { NoteRange, Problem, ProblemKind, ProblemOf } from './problems';
export { eachProblem, problemsOf, problemKeys } from './problems';
