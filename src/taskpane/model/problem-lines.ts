/**
 * The pane's lines: one per problem as the engine groups findings (core/problems.ts), by
 * severity, each indicator's lines together. The verdict and the sections count these lines,
 * not the findings: sixty months not yet filled are one thing to do, not sixty.
 */
import type { Problem } from '../../core/problems';
import { problemsOf } from '../../core/problems';
import type { Analysis, Indicator, Severity } from '../../core/types';

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Lines about one indicator, or about the whole dashboard (`indicator` null). */
export interface ProblemBlock {
  readonly key: string;
  readonly indicator: Indicator | null;
  /** The 0-based row when the lines are about a row that is not a recognised indicator. */
  readonly row: number | null;
  readonly problems: readonly Problem[];
}

export interface PaneProblems {
  readonly bySeverity: Readonly<Record<Severity, readonly Problem[]>>;
  readonly counts: ProblemCounts;
}

export function paneProblems(analysis: Analysis): PaneProblems {
  const bySeverity: Record<Severity, Problem[]> = { error: [], warning: [], info: [] };
  for (const problem of problemsOf(analysis)) bySeverity[problem.severity].push(problem);
  return {
    bySeverity,
    counts: {
      errors: bySeverity.error.length,
      warnings: bySeverity.warning.length,
      infos: bySeverity.info.length,
    },
  };
}

/**
 * Consecutive problems of the same row in one block, in the given order; the dashboard's own
 * problems (months not yet filled) in a block of their own.
 */
export function problemBlocks(analysis: Analysis, problems: readonly Problem[]): ProblemBlock[] {
  const indicators = new Map(analysis.indicators.map((i) => [i.row, i]));
  const blocks: ProblemBlock[] = [];
  for (const problem of problems) {
    const last = blocks[blocks.length - 1];
    if (last && problem.row !== null && last.row === problem.row) {
      blocks[blocks.length - 1] = { ...last, problems: [...last.problems, problem] };
      continue;
    }
    blocks.push({
      key: problem.key,
      indicator: problem.row === null ? null : (indicators.get(problem.row) ?? null),
      row: problem.row,
      problems: [problem],
    });
  }
  return blocks;
}
