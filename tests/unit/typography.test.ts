/**
 * French typography in everything the product writes outside the task pane: every message of
 * every code, every problem, the readable report, the report sheet, the command line's help and
 * errors, the Excel, ribbon and preview messages. A narrow no-break space (U+202F) before ; ! ?
 * and %, a no-break space (U+00A0) before : and inside « », one apostrophe (’).
 */
import { textReport } from '../../src/cli/text-report';
import { analyse } from '../../src/core/analyse';
import { FINDING_CODES } from '../../src/core/catalogue';
import type { Cell, Grid } from '../../src/core/grid';
import { planFill } from '../../src/core/plan';
import { problemsOf } from '../../src/core/problems';
import type { Summary } from '../../src/core/types';
import type { HelpKey } from '../../src/i18n/cli';
import { CLI_ERRORS, asOfOption, fillDone, helpText, helpTitle, tally } from '../../src/i18n/cli';
import { commandMessages, excelMessages } from '../../src/i18n/excel';
import { fileProblemText } from '../../src/i18n/files';
import { fillWords } from '../../src/i18n/fill-words';
import { findingMessage, layoutMessage } from '../../src/i18n/findings';
import type { PreviewTextKey } from '../../src/i18n/preview';
import {
  PREVIEW_TEXT,
  currentFileText,
  flagKindText,
  previewText,
  recognitionFailureText,
  sheetViewLabel,
  unexpectedText,
  unknownCellText,
  unknownSheetText,
} from '../../src/i18n/preview';
import { problemText } from '../../src/i18n/problems';
import { asOfText, reportNameTakenText, verdict } from '../../src/i18n/report';
import { formatAmount, list, plural, quote } from '../../src/i18n/text';
import { GOLDEN_CASES } from '../fixtures/golden/cases';
import { LAYOUT_FACTS } from '../fixtures/layout-facts';
import { WORKBOOK_ERROR_CODES, WORKBOOK_ERROR_DETAILS } from '../fixtures/workbook-error-details';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** What is wrong with the typography of a French text; empty when nothing is. */
export function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  const rules: readonly [RegExp, string][] = [
    [/'/, 'straight apostrophe'],
    [/ [:;!?%»]/, 'plain space before : ; ! ? % »'],
    [/« /, 'plain space after «'],
    [/«(?!\u00a0)/, '« without a no-break space after it'],
    [/(?<!\u00a0)»/, '» without a no-break space before it'],
    [/(?<!«)\u00a0[;!?%]/, 'no-break space where a narrow one goes'],
    [/\u202f:/, 'narrow no-break space before :'],
    [/[\p{L}\d)»][:;](?=\s|$)/u, 'no space before : or ;'],
  ];
  for (const [rule, fault] of rules) if (rule.test(text)) faults.push(fault);
  return faults;
}

/** The agent's own texts made typographically right: only what the product adds is tested. */
function neutral(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/« ?/g, `«${NBSP}`)
    .replace(/ ?»/g, `${NBSP}»`)
    .replace(/[ \u00a0]([;!?%])/g, `${NNBSP}$1`)
    .replace(/ :/g, `${NBSP}:`);
}

function neutralGrid(grid: Grid): Grid {
  const cells = grid.cells.map((row) =>
    row.map((cell): Cell => {
      if (typeof cell.value !== 'string') return { ...cell, text: neutral(cell.text) };
      return { ...cell, value: neutral(cell.value), text: neutral(cell.text) };
    }),
  );
  return { ...grid, cells };
}

const TODAY = { year: 2026, month: 11 };
const SUMMARY: Summary = { indicators: 20, errors: 2, warnings: 7, infos: 9, readyToSend: false };
const READY: Summary = { ...SUMMARY, errors: 0, readyToSend: true };

/** Every French text, named by where it comes from. */
function frenchTexts(): [string, string][] {
  const texts: [string, string][] = [];
  const add = (where: string, text: string) => texts.push([where, text]);
  for (const golden of GOLDEN_CASES) {
    const grid = neutralGrid(golden.grid);
    const dashboard = {
      ...golden.dashboard,
      site: golden.dashboard.site && neutral(golden.dashboard.site),
      rows: golden.dashboard.rows.map((r) => ({ ...r, label: neutral(r.label) })),
    };
    const analysis = analyse(grid, dashboard, { asOf: golden.asOf, today: TODAY });
    for (const finding of analysis.findings)
      add(`${golden.name} ${finding.code} ${finding.cell}`, findingMessage(finding, 'fr'));
    for (const problem of problemsOf(analysis))
      add(`${golden.name} problem ${problem.key}`, problemText(problem, 'fr'));
    textReport(analysis, 'tableau.xlsx', 'fr')
      .split('\n')
      .forEach((line, i) => add(`${golden.name} report line ${i + 1}`, line));
    const plan = planFill(grid, analysis, fillWords('fr'));
    plan.report.rows.forEach((row, i) =>
      row.forEach((value, j) => {
        if (typeof value === 'string') add(`${golden.name} sheet ${i + 1}:${j + 1}`, value);
      }),
    );
    for (const flag of plan.flags) add(`${golden.name} note ${flag.row}:${flag.col}`, flag.note);
  }

  const helpKeys: HelpKey[] = [
    'program',
    'check',
    'fill',
    'file',
    'sheet',
    'asOf',
    'json',
    'lang',
    'output',
    'help',
    'helpCommand',
    'examples',
  ];
  for (const key of helpKeys) add(`help ${key}`, helpText(key, 'fr'));
  for (const title of ['Usage:', 'Options:', 'Commands:', 'Arguments:', 'Global Options:'])
    add(`help title ${title}`, helpTitle(title, 'fr'));
  // The layout findings are about rows no golden case holds: their facts, written directly.
  LAYOUT_FACTS.forEach((facts, i) => add(`layout ${facts.code} ${i}`, layoutMessage(facts, 'fr')));

  for (const code of WORKBOOK_ERROR_CODES) {
    for (const detail of WORKBOOK_ERROR_DETAILS[code]) {
      add(`file ${code} ${detail}`, fileProblemText(code, 'tableau.xlsx', 'fr', detail));
      add(`file ${code} ${detail} this`, fileProblemText(code, null, 'fr', detail));
    }
  }

  const e = CLI_ERRORS;
  const f = 'tableau.xlsx';
  const cli: [string, string][] = [
    ['missingFile', e.missingFile(f, 'fr')],
    ['isDirectory', e.isDirectory(f, 'fr')],
    ['unreadable', e.unreadable(f, 'fr')],
    ['emptyWorkbook', e.emptyWorkbook(f, 'fr')],
    ['emptySheet', e.emptySheet('Feuil1', 'fr')],
    ['noDashboard rows', e.noDashboard('no_rows', f, null, 'fr')],
    ['noDashboard months', e.noDashboard('no_month_headers', f, 'Feuil1', 'fr')],
    ['noDashboard label', e.noDashboard('no_label_column', f, null, 'fr')],
    ['unknownSheet', e.unknownSheet('TDB', ['Feuil1', 'Feuil2'], 'fr')],
    ['badAsOf', e.badAsOf('2020-13', 'fr')],
    ['badLang', e.badLang('de', 'fr')],
    ['sameOutput', e.sameOutput(f, 'fr')],
    ['notWritten', e.notWritten(f, 'EACCES', 'fr')],
    ['noCommand', e.noCommand(['check', 'fill'], 'fr')],
    ['unknownCommand', e.unknownCommand('run', ['check', 'fill'], 'fr')],
    ['unknownOption', e.unknownOption('--x', 'fr')],
    ['missingValue', e.missingValue('--sheet', 'fr')],
    ['missingFileArgument', e.missingFileArgument('fr')],
    ['tooManyArguments', e.tooManyArguments('fr')],
    ['unexpected', e.unexpected('boum', 'fr')],
    ['stdinIsTerminal', e.stdinIsTerminal('fr')],
    ['stdoutIsTerminal', e.stdoutIsTerminal('fr')],
    ['outputRequired', e.outputRequired('fr')],
    ['stdoutTaken', e.stdoutTaken('fr')],
    [
      'asOfOutsideYear',
      e.asOfOutsideYear(
        '2019-06',
        { ...GOLDEN_CASES[0].dashboard, year: 2020, otherBlocks: [{ months: [], year: 2019 }] },
        'fr',
      ),
    ],
    ['tally', tally(1, 2, 0, 'fr')],
    [
      'fillDone',
      fillDone(20, 30, 'Contrôle 2020', { header: 'Atteinte objectif 2020', column: 'U' }, 'fr'),
    ],
    ['asOfOption', asOfOption({ year: 2020, month: 9 }, 'fr')],
  ];
  for (const [where, text] of cli) add(`cli ${where}`, text);
  const checked = Object.keys(CLI_ERRORS).length;
  if (
    cli.filter(([where]) => !['tally', 'fillDone', 'asOfOption'].includes(where)).length < checked
  )
    throw new Error('a command-line error is not scanned');

  for (const errors of [0, 1, 2]) add(`verdict ${errors}`, verdict(errors, 'fr'));
  add('asOf', asOfText({ year: 2020, month: 12 }, 'fr'));
  add('asOf none', asOfText({ year: 2021, month: 0 }, 'fr'));
  add('reportNameTaken', reportNameTakenText('Contrôle 2020', 'fr'));

  const excel = excelMessages('fr');
  for (const [key, value] of Object.entries(excel))
    add(`excel ${key}`, typeof value === 'function' ? value('Feuil1') : value);
  const command = commandMessages('fr');
  for (const [key, value] of Object.entries(command)) {
    if (typeof value === 'string') add(`command ${key}`, value);
  }
  add('command done', command.done(SUMMARY, 'Contrôle 2020'));
  add('command done ready', command.done(READY, 'Contrôle 2020'));

  for (const key of Object.keys(PREVIEW_TEXT) as PreviewTextKey[])
    add(`preview ${key}`, previewText(key, 'fr'));
  add('preview file', currentFileText('tableau.xlsx', 'fr'));
  add('preview sheet', sheetViewLabel('Feuil1', 'fr'));
  for (const kind of ['error', 'warning', 'info'] as const)
    add(`preview flag ${kind}`, flagKindText(kind, 'fr'));
  for (const reason of ['empty_sheet', 'no_month_headers', 'no_label_column', 'no_rows'] as const)
    add(`preview recognition ${reason}`, recognitionFailureText(reason, 'fr'));
  add('preview unknownSheet', unknownSheetText('TDB', ['Feuil1'], 'fr'));
  add('preview unknownCell', unknownCellText('ZZ', 'fr'));
  add('preview unexpected', unexpectedText('boum', 'fr'));
  return texts;
}

describe('French typography', () => {
  const texts = frenchTexts();

  it('scans every message of every code and every problem', () => {
    expect(texts.length).toBeGreaterThan(1000);
    const places = texts.map(([where]) => where).join('\n');
    for (const code of FINDING_CODES) expect(places).toContain(` ${code} `);
    for (const kind of ['not_yet_filled', 'objective_missed', 'suspicious_value', 'notes'])
      expect(places).toContain(`problem ${kind}`);
  });

  it('holds in every French text the product writes', () => {
    const faults = texts.flatMap(([where, text]) =>
      typographyFaults(text).map((fault) => `${where}: ${fault}: ${text}`),
    );
    expect(faults).toEqual([]);
  });

  it('recognises each fault it looks for', () => {
    expect(typographyFaults("l'objectif")).toEqual(['straight apostrophe']);
    expect(typographyFaults('Août : rien')).toContain('plain space before : ; ! ? % »');
    expect(typographyFaults('« 90% »')).toContain('plain space after «');
    expect(typographyFaults(`98,1${NBSP}%`)).toEqual(['no-break space where a narrow one goes']);
    expect(typographyFaults('Août: rien')).toEqual(['no space before : or ;']);
    expect(
      typographyFaults(`Août${NBSP}: «${NBSP}90${NNBSP}%${NBSP}»${NNBSP}; l’objectif`),
    ).toEqual([]);
  });
});

describe('the text toolkit', () => {
  it('quotes, lists, counts and writes figures the French way', () => {
    expect(quote('90%', 'fr')).toBe(`«${NBSP}90%${NBSP}»`);
    expect(quote('90%', 'en')).toBe('"90%"');
    expect(list(['mars', 'avril', 'mai'], 'fr')).toBe('mars, avril et mai');
    expect(list(['March', 'April'], 'en')).toBe('March and April');
    expect(plural(0, 'erreur', 'erreurs', 'fr')).toBe('0 erreur');
    expect(plural(0, 'error', 'errors', 'en')).toBe('0 errors');
    expect(plural(2, 'erreur', 'erreurs', 'fr')).toBe('2 erreurs');
    expect(formatAmount(0.981, 'rate', 'fr')).toBe(`98,1${NNBSP}%`);
    expect(formatAmount(2.36, 'days', 'fr')).toBe(`2,36${NBSP}j`);
    expect(formatAmount(0.981, 'rate', 'en')).toBe('98.1%');
  });
});
