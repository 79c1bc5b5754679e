/** The findings of some severities, grouped by indicator with the worst first. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Analysis, Severity } from '../../core/types';
import { groupFindings } from '../model/finding-groups';
import { indicatorPlace } from '../model/indicator-name';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { FindingItem } from './FindingItem';

export interface ProblemListProps {
  readonly analysis: Analysis;
  readonly severities: readonly Severity[];
  readonly onSelect: (cell: string) => void;
}

const useStyles = makeStyles({
  groups: { rowGap: tokens.spacingVerticalS },
  groupTitle: {
    margin: `0 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  place: {
    display: 'block',
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export function ProblemList({ analysis, severities, onSelect }: ProblemListProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const groups = groupFindings(analysis, severities);
  const indicators = new Map(analysis.indicators.map((i) => [i.row, i]));
  return (
    <>
      <p className={shared.caption}>{strings.findings.hint}</p>
      <ul className={mergeClasses(shared.plainList, styles.groups)}>
        {groups.map((group) => {
          const indicator = indicators.get(group.row);
          return (
            <li key={group.row}>
              <h3 className={styles.groupTitle}>
                {group.label ?? strings.findings.otherRows}
                <span className={styles.place}>
                  {indicatorPlace(indicator ?? { row: group.row, section: null }, strings)}
                </span>
              </h3>
              <ul className={shared.plainList}>
                {group.findings.map((finding, index) => (
                  <li key={`${finding.code}-${finding.cell}-${index}`}>
                    <FindingItem finding={finding} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}
