/**
 * The check's findings, grouped by indicator with errors first; informational ones (suspended,
 * closed, not applicable months...) folded away until asked for.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Analysis } from '../../core/types';
import type { FindingGroup } from '../model/finding-groups';
import { groupFindings } from '../model/finding-groups';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';
import { FindingItem } from './FindingItem';

export interface FindingsPanelProps {
  readonly analysis: Analysis;
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
  toggle: { alignSelf: 'flex-start' },
});

export function FindingsPanel({ analysis, onSelect }: FindingsPanelProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const titleId = useId();
  const infosId = useId();
  const [infosOpen, setInfosOpen] = useState(false);
  const main = groupFindings(analysis, ['error', 'warning']);
  const infos = groupFindings(analysis, ['info']);
  const infoCount = infos.reduce((sum, group) => sum + group.findings.length, 0);

  const renderGroups = (groups: readonly FindingGroup[]) => (
    <ul className={mergeClasses(shared.plainList, styles.groups)}>
      {groups.map((group) => (
        <li key={group.row}>
          <h3 className={styles.groupTitle}>{group.label ?? strings.findings.otherRows}</h3>
          <ul className={shared.plainList}>
            {group.findings.map((finding, index) => (
              <li key={`${finding.code}-${finding.cell}-${index}`}>
                <FindingItem finding={finding} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );

  return (
    <section className={shared.section} aria-labelledby={titleId}>
      <h2 id={titleId} className={shared.sectionTitle}>
        {strings.findings.title}
      </h2>
      {main.length === 0 ? (
        <p className={shared.caption}>{strings.findings.none}</p>
      ) : (
        <>
          <p className={shared.caption}>{strings.findings.hint}</p>
          {renderGroups(main)}
        </>
      )}
      {infoCount > 0 && (
        <>
          <Button
            className={styles.toggle}
            appearance="subtle"
            size="small"
            icon={infosOpen ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
            aria-expanded={infosOpen}
            aria-controls={infosId}
            onClick={() => setInfosOpen((open) => !open)}
          >
            {strings.findings.infosToggle(infoCount)}
          </Button>
          {/* No display style while closed: it would override the hidden attribute. */}
          <div id={infosId} className={infosOpen ? shared.section : undefined} hidden={!infosOpen}>
            {infosOpen && (
              <>
                <p className={shared.caption}>{strings.findings.infosHint}</p>
                {renderGroups(infos)}
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}
