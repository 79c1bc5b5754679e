/** Runs the command in-process, its output and its clock captured. */
import { main } from '../../src/cli/main';
import type { YearMonth } from '../../src/core/types';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Late 2026: the seed's 2020 dashboard is a past year, checked up to December. */
export const TODAY: YearMonth = { year: 2026, month: 11 };

export async function runCli(argv: readonly string[], today: YearMonth = TODAY): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: () => today,
  });
  return { code, stdout, stderr };
}
