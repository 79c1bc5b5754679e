/**
 * A section of the pane under a heading that folds it: the heading is a button telling the
 * section's count ("À corriger (1)"), and the content is not rendered while folded, so that a
 * long section costs neither height nor reading time until asked for.
 */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useStrings } from '../strings';
import { useSharedStyles } from '../styles';

export interface FoldSectionProps {
  readonly title: string;
  /** Shown after the title; null for a section that counts nothing (options). */
  readonly count: number | null;
  readonly defaultOpen: boolean;
  readonly children: ReactNode;
}

const useStyles = makeStyles({
  heading: { margin: '0' },
  toggle: {
    width: '100%',
    justifyContent: 'flex-start',
    paddingInline: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  body: { paddingBlockStart: tokens.spacingVerticalXS },
});

export function FoldSection({ title, count, defaultOpen, children }: FoldSectionProps) {
  const { strings } = useStrings();
  const styles = useStyles();
  const shared = useSharedStyles();
  const [open, setOpen] = useState(defaultOpen);
  const headingId = useId();
  const bodyId = useId();
  const name = count === null ? title : strings.sections.withCount(title, count);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        <Button
          className={styles.toggle}
          appearance="subtle"
          icon={open ? <ChevronDown20Regular /> : <ChevronRight20Regular />}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((value) => !value)}
        >
          {name}
        </Button>
      </h2>
      {/* No display style while folded: it would override the hidden attribute. */}
      <div
        id={bodyId}
        className={open ? mergeClasses(shared.section, styles.body) : undefined}
        hidden={!open}
      >
        {open && children}
      </div>
    </section>
  );
}
