/**
 * The engine's boundary, as the lint rule on src/core keeps it: no Office, DOM, Node, clock,
 * adapter or src/i18n import; a file outside src/core may import them.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * ESLint with the project's config, in a Node process of its own (jest cannot load the config
 * module): each sample linted as if it were the given file, its rules broken returned.
 */
function lint(samples: readonly { code: string; file: string }[]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    const samples = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const { code, file } of samples) {
        const [result] = await eslint.lintText(code, { filePath: file });
        out.push(result.messages.map((m) => m.ruleId || m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const input = JSON.stringify(samples.map((s) => ({ ...s, file: join(ROOT, s.file) })));
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], { cwd: ROOT, input }).toString(),
  );
}

const FORBIDDEN: readonly [string, string][] = [
  ["import { readFile } from 'node:fs';\nexport const f = readFile;", 'no-restricted-imports'],
  ["import { join } from 'path';\nexport const f = join;", 'no-restricted-imports'],
  ["import { quote } from '../i18n/text';\nexport const f = quote;", 'no-restricted-imports'],
  ["import type { X } from '../excel/host';\nexport type Y = X;", 'no-restricted-imports'],
  ["import type { Workbook } from 'exceljs';\nexport type W = Workbook;", 'no-restricted-imports'],
  ["import { useState } from 'react';\nexport const f = useState;", 'no-restricted-imports'],
  ['export const w = document.title;', 'no-restricted-globals'],
  ['export const o = Office.context;', 'no-restricted-globals'],
  ['export const t = Date.now();', 'no-restricted-properties'],
  ['export const t = new Date();', 'no-restricted-syntax'],
];

const ALLOWED_IN_CORE =
  "import { a1 } from './address';\nimport type { Finding } from '../types';\n" +
  'export const d = new Date(Date.UTC(1899, 11, 30));\nexport type F = Finding;\nexport const f = a1;';
const ADAPTER =
  "import { join } from 'node:path';\nimport { quote } from '../i18n/text';\nexport const f = [join, quote];";

describe('the engine boundary', () => {
  let results: string[][] = [];
  beforeAll(() => {
    results = lint([
      ...FORBIDDEN.flatMap(([code]) => [
        { code, file: 'src/core/sample.ts' },
        { code, file: 'src/core/checks/sample.ts' },
      ]),
      { code: ALLOWED_IN_CORE, file: 'src/core/checks/sample.ts' },
      { code: ADAPTER, file: 'src/cli/sample.ts' },
    ]);
  }, 60000);

  it.each(FORBIDDEN.map(([code, rule], i) => [code, rule, i] as const))(
    'refuses %j in src/core',
    (_code, rule, i) => {
      expect(results[2 * i]).toContain(rule);
      expect(results[2 * i + 1]).toContain(rule);
    },
  );

  it('lets the engine import itself, and calendar arithmetic use Date', () => {
    expect(results[2 * FORBIDDEN.length]).toEqual([]);
  });

  it('leaves the adapters free to import src/i18n and Node', () => {
    expect(results[2 * FORBIDDEN.length + 1]).toEqual([]);
  });
});
