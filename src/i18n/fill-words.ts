/** What a fill writes in words, in the agent's language: handed to the engine's planFill. */
import type { DashboardWords, FillWords, Lang } from '../core/types';
import { findingMessage } from './findings';
import { DASHBOARD_WORDS, metHeader } from './report';
import { buildReportSheet } from './report-sheet';

const DASHBOARD: DashboardWords = { ...DASHBOARD_WORDS, metHeader };

const WORDS: Record<Lang, FillWords> = {
  fr: words('fr'),
  en: words('en'),
};

function words(lang: Lang): FillWords {
  return {
    dashboard: DASHBOARD,
    message: (finding) => findingMessage(finding, lang),
    reportSheet: (analysis, findings, summary) =>
      buildReportSheet(analysis, findings, summary, lang),
  };
}

export function fillWords(lang: Lang): FillWords {
  return WORDS[lang];
}
