/** Findings grouped by indicator, the groups with errors first, for the findings list. */
import type { Analysis, Finding, Severity } from '../../core/types';

export interface FindingGroup {
  /** 0-based grid row shared by the group's findings. */
  readonly row: number;
  /** The indicator's label, or null for a row that is not an indicator. */
  readonly label: string | null;
  readonly worst: Severity;
  readonly findings: readonly Finding[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Groups the findings of the given severities by row; worst groups first, then by row. */
export function groupFindings(analysis: Analysis, severities: readonly Severity[]): FindingGroup[] {
  const labels = new Map(analysis.indicators.map((indicator) => [indicator.row, indicator.label]));
  const byRow = new Map<number, Finding[]>();
  for (const finding of analysis.findings) {
    if (!severities.includes(finding.severity)) continue;
    const list = byRow.get(finding.row);
    if (list) list.push(finding);
    else byRow.set(finding.row, [finding]);
  }
  const groups: FindingGroup[] = [...byRow.entries()].map(([row, findings]) => {
    const sorted = [...findings].sort(
      (a, b) => RANK[a.severity] - RANK[b.severity] || a.col - b.col,
    );
    return { row, label: labels.get(row) ?? null, worst: sorted[0].severity, findings: sorted };
  });
  return groups.sort((a, b) => RANK[a.worst] - RANK[b.worst] || a.row - b.row);
}
