/**
 * The consolidation shown in the preview, as the summary workbook holds it: the sites first
 * (which is ready, which must still correct what, which file is unusable and why), then every
 * indicator with each site's average and atteinte, and a chart across sites.
 */
import {
  Badge,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';

import type { ConsolidatedIndicator, ConsolidatedSite, Consolidation } from '../core/consolidate';
import { siteLabels } from '../core/consolidate-sheets';
import type { Lang } from '../core/types';
import {
  consolidationHeaders,
  consolidationViewText,
  metText,
  notesText,
  presenceText,
  readyText,
  toCorrectText,
  unitText,
} from '../i18n/consolidate';
import { asOfText } from '../i18n/report';
import { list } from '../i18n/text';
import { useSharedStyles } from '../taskpane/styles';
import { SiteChart, averageText } from './SiteChart';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  tableBox: { overflowX: 'auto' },
  // Columns as wide as their content: the reasons and corrections need the room, not the counts.
  sitesTable: { tableLayout: 'auto' },
  indicators: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
    gap: tokens.spacingHorizontalL,
    margin: '0',
    padding: '0',
    listStyleType: 'none',
  },
  indicator: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  indicatorTitle: {
    margin: '0',
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface ConsolidationViewProps {
  readonly consolidation: Consolidation;
  readonly lang: Lang;
}

function ReadyBadge({ site, lang }: { site: ConsolidatedSite; lang: Lang }) {
  const color =
    site.status === 'unusable' ? 'informative' : site.readyToSend ? 'success' : 'danger';
  return (
    <Badge appearance="tint" color={color}>
      {readyText(site, lang)}
    </Badge>
  );
}

function SitesTable({ consolidation, lang }: ConsolidationViewProps) {
  const styles = useStyles();
  const headers = consolidationHeaders(lang).sites;
  return (
    <Table
      size="small"
      className={styles.sitesTable}
      aria-label={consolidationViewText('sitesCaption', lang)}
    >
      <TableHeader>
        <TableRow>
          {headers.map((header) => (
            <TableHeaderCell key={header}>{header}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {consolidation.sites.map((site) => (
          <TableRow key={site.index} data-site={site.index}>
            <TableCell>{site.file}</TableCell>
            <TableCell>{site.site ?? ''}</TableCell>
            <TableCell>{site.sheet ?? ''}</TableCell>
            <TableCell>{site.year ?? ''}</TableCell>
            <TableCell>{site.asOf ? asOfText(site.asOf, lang) : ''}</TableCell>
            <TableCell>
              <ReadyBadge site={site} lang={lang} />
            </TableCell>
            <TableCell>{site.errors ?? ''}</TableCell>
            <TableCell>{site.warnings ?? ''}</TableCell>
            <TableCell>{site.missingMonths ?? ''}</TableCell>
            <TableCell>{toCorrectText(site, lang)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

interface IndicatorProps {
  readonly indicator: ConsolidatedIndicator;
  readonly labels: readonly string[];
  readonly usable: number;
  readonly lang: Lang;
}

function IndicatorCard({ indicator, labels, usable, lang }: IndicatorProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const headers = consolidationHeaders(lang);
  const title = indicator.engagement
    ? `${indicator.engagement} · ${indicator.label}`
    : indicator.label;
  const absent = list(
    indicator.missingAt.map((index) => labels[index]),
    lang,
  );
  return (
    <li className={styles.indicator}>
      <h4 className={styles.indicatorTitle}>{title}</h4>
      <p className={shared.caption}>
        {`${unitText(indicator.unit, lang)} · ${headers.indicators[3]} ${presenceText(indicator.bySite.length, usable)}`}
        {absent && ` · ${headers.indicators[4]} ${absent}`}
      </p>
      <SiteChart indicator={indicator} labels={labels} lang={lang} />
      <Table size="extra-small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{headers.sites[1]}</TableHeaderCell>
            <TableHeaderCell>{headers.average}</TableHeaderCell>
            <TableHeaderCell>{headers.met}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {indicator.bySite.map((result) => (
            <TableRow key={result.site}>
              <TableCell>{labels[result.site]}</TableCell>
              <TableCell>{averageText(result.average, indicator, lang)}</TableCell>
              <TableCell>{metText(result, lang)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </li>
  );
}

export function ConsolidationView({ consolidation, lang }: ConsolidationViewProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const sitesId = useId();
  const indicatorsId = useId();
  const labels = siteLabels(consolidation.sites);
  const notes = notesText(consolidation, lang);
  return (
    <div className={styles.view}>
      <section className={styles.section} aria-labelledby={sitesId}>
        <h3 id={sitesId} className={shared.sectionTitle}>
          {consolidationViewText('sites', lang)}
        </h3>
        <p className={shared.caption}>{consolidationViewText('sitesCaption', lang)}</p>
        <div className={styles.tableBox}>
          <SitesTable consolidation={consolidation} lang={lang} />
        </div>
        {notes.map((note) => (
          <MessageBar key={note} intent="warning" layout="multiline">
            <MessageBarBody>{note}</MessageBarBody>
          </MessageBar>
        ))}
      </section>
      {consolidation.indicators.length > 0 && (
        <section className={styles.section} aria-labelledby={indicatorsId}>
          <h3 id={indicatorsId} className={shared.sectionTitle}>
            {consolidationViewText('indicators', lang)}
          </h3>
          <p className={shared.caption}>{consolidationViewText('indicatorsCaption', lang)}</p>
          <ul className={styles.indicators}>
            {consolidation.indicators.map((indicator, i) => (
              <IndicatorCard
                key={i}
                indicator={indicator}
                labels={labels}
                usable={consolidation.usable}
                lang={lang}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
