/**
 * The reports of the golden dashboards, byte for byte: the JSON report, the readable report and
 * the report sheet (with the flags' notes), in French and English. Regenerate the files with
 * GOLDEN_UPDATE=1 only for a change that is meant to change what the product writes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { textReport } from '../../src/cli/text-report';
import { analyse } from '../../src/core/analyse';
import { planFill } from '../../src/core/plan';
import { toJsonReport } from '../../src/core/report-json';
import type { Lang } from '../../src/core/types';
import { fillWords } from '../../src/i18n/fill-words';
import { messagesIn } from '../../src/i18n/findings';
import type { GoldenCase } from '../fixtures/golden/cases';
import { GOLDEN_CASES } from '../fixtures/golden/cases';

const DIR = join(__dirname, '../fixtures/golden/files');
const UPDATE = process.env.GOLDEN_UPDATE === '1';
const TODAY = { year: 2026, month: 11 };

function outputs(golden: GoldenCase, lang: Lang): Record<string, string> {
  const analysis = analyse(golden.grid, golden.dashboard, { asOf: golden.asOf, today: TODAY });
  const plan = planFill(golden.grid, analysis, fillWords(lang));
  const file = `${golden.name}.xlsx`;
  const sheet = {
    report: plan.report,
    flags: plan.flags,
    writes: plan.writes,
    after: plan.after.summary,
  };
  return {
    [`${golden.name}.${lang}.json`]: `${JSON.stringify(toJsonReport(analysis, file, messagesIn(lang)), null, 2)}\n`,
    [`${golden.name}.${lang}.txt`]: textReport(analysis, file, lang),
    [`${golden.name}.${lang}.sheet.json`]: `${JSON.stringify(sheet, null, 2)}\n`,
  };
}

describe.each(GOLDEN_CASES.map((golden) => [golden.name, golden] as const))(
  'golden reports of %s',
  (_name, golden) => {
    it.each(['fr', 'en'] as const)('are unchanged in %s', (lang) => {
      for (const [name, text] of Object.entries(outputs(golden, lang))) {
        const path = join(DIR, name);
        if (UPDATE) {
          mkdirSync(DIR, { recursive: true });
          writeFileSync(path, text);
        }
        expect(existsSync(path)).toBe(true);
        expect(text).toBe(readFileSync(path, 'utf8'));
      }
    });
  },
);
