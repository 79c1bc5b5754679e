import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonReport } from '../../src/core/report-json';
import { removeDir, seedSheet, tempDir, writeWorkbookFile } from '../fixtures/variants/files';
import { runCli } from './run-cli';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'tableau-de-bord-2020-aix.xlsx');
const MONTH_LETTERS = ['G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R'];

let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await tempDir();
  sample = join(dir, 'tableau-de-bord-2020-aix.xlsx');
  await copyFile(SAMPLE, sample);
});

afterAll(() => removeDir(dir));

async function jsonReport(args: readonly string[]): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli(['check', ...args, '--json']);
  expect(run.stderr).toBe('');
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

describe('qualepref check on the sample', () => {
  it('prints a readable report in French and exits 1 for the one error', async () => {
    const run = await runCli(['check', sample]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.slice(1, 7)).toEqual([
      'Fichier\u00a0: tableau-de-bord-2020-aix.xlsx',
      'Feuille\u00a0: Tableau de bord 2020',
      "Site\u00a0: Sous-préfecture d'Aix",
      'Année\u00a0: 2020',
      'Mois arrêté au\u00a0: décembre 2020',
      'Indicateurs\u00a0: 20',
    ]);
    // The indicator with the error comes first, its error first.
    expect(lines[8]).toBe(
      "Ligne 22\u00a0: Nombres d'usagers reçus pour demande d'infos · pas de données",
    );
    expect(lines[9]).toMatch(/^ {2}erreur +G22 +Janvier/);
    expect(run.stdout).toMatch(
      /ligne 6\u00a0: taux d'appels aboutis svi \(e10\) · moyenne 89,11\u202f%, objectif «\u00a090%\u00a0» non atteint\n {2}avertissement +N6 /i,
    );
    // Every indicator has its heading with its average and atteinte, findings or not.
    expect(lines.filter((line) => line.startsWith('Ligne '))).toHaveLength(20);
    expect(run.stdout).toContain(
      'Ligne 10\u00a0: Délai moyen de réponse aux courriels en jours ouvrés (E18) · moyenne 2,36\u00a0j, objectif «\u00a0<5j\u00a0» atteint',
    );
    expect(run.stdout).toContain(
      "Ligne 21\u00a0: Nombre d'usagers reçus au PN (E15) · moyenne 38,25, sans objectif",
    );
    expect(run.stdout).toContain(
      'information    F21   Février\u00a0: -\u202f; mars-juin\u00a0: COVID\u202f; juill.-sept.\u00a0: Fermés\u202f; pas d’objectif annuel.',
    );
    expect(lines[lines.length - 2]).toMatch(
      /^Bilan\u00a0: 1 erreur, \d+ avertissements, \d+ informations$/,
    );
    expect(lines[lines.length - 1]).toMatch(/^1 erreur à corriger/);
  });

  it('prints only the JSON report with --json, with the schema of design.md §7', async () => {
    const { code, report } = await jsonReport([sample]);
    expect(code).toBe(1);
    expect(Object.keys(report).sort()).toEqual(
      [
        'schema',
        'file',
        'sheet',
        'site',
        'year',
        'asOf',
        'columns',
        'indicators',
        'findings',
        'summary',
      ].sort(),
    );
    expect(report).toMatchObject({
      schema: 'qualepref-report/1',
      file: 'tableau-de-bord-2020-aix.xlsx',
      sheet: 'Tableau de bord 2020',
      site: "Sous-préfecture d'Aix",
      year: 2020,
      asOf: '2020-12',
      columns: {
        label: 'B',
        engagement: 'C',
        n1: 'D',
        metN1: 'E',
        objective: 'F',
        months: MONTH_LETTERS,
        comment: 'S',
        average: 'T',
        met: null,
      },
      summary: { indicators: 20, errors: 1, readyToSend: false },
    });
    expect(report.indicators).toHaveLength(20);
  });

  it('gives the values of the answer key', async () => {
    const { report } = await jsonReport([sample]);
    const byRow = new Map(report.indicators.map((indicator) => [indicator.row, indicator]));
    expect(byRow.get(5)).toMatchObject({
      section: 'accueil téléphonique',
      label: "Taux d'appels aboutis",
      engagement: 'E10',
      unit: 'rate',
      objective: { text: '90%', op: '>=', value: 0.9 },
      monthsCounted: 12,
      met: true,
      metReason: null,
    });
    expect(byRow.get(5)?.months[0]).toMatchObject({
      month: 1,
      cell: 'G5',
      status: 'value',
      value: 0.99,
    });
    expect(byRow.get(5)?.average).toBeCloseTo(0.98683, 5);
    expect(byRow.get(6)?.average).toBeCloseTo(0.89108, 5);
    expect(byRow.get(6)?.met).toBe(false);
    expect(byRow.get(10)).toMatchObject({ unit: 'days', met: true });
    expect(byRow.get(10)?.average).toBeCloseTo(2.36, 9);
    expect(byRow.get(21)).toMatchObject({ unit: 'count', met: null, metReason: 'no_objective' });
    expect(byRow.get(21)?.average).toBeCloseTo(38.25, 9);
    expect(byRow.get(22)).toMatchObject({ average: null, met: null });

    const found = (code: string) =>
      report.findings.filter((f) => f.code === code).map((f) => f.cell);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'MISSING_MONTH', cell: 'G22', row: 22, month: 1 }),
    ]);
    expect(found('SUSPICIOUS_VALUE')).toEqual(['N6']);
    expect(found('OBJECTIVE_MISSED')).toEqual(['T6']);
    expect(found('UNIT_MISMATCH')).toContain('T12');
    expect(found('AVERAGE_OUTDATED').sort()).toEqual(['T13', 'T14', 'T15', 'T22', 'T5']);
    expect(found('MISSING_JUSTIFICATION')).toEqual(expect.arrayContaining(['S6', 'S9', 'S10']));
    expect(found('MISSING_JUSTIFICATION')).not.toContain('S16');
  });

  it('speaks English with --lang en, in the report and in the JSON messages', async () => {
    const run = await runCli(['check', sample, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Site: Sous-préfecture d'Aix");
    expect(run.stdout).toContain('Row 22: ');
    expect(run.stdout).toContain(
      'Row 5: Taux d\'appels aboutis (E10) · average 98.68%, objective "90%" met',
    );
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^1 error to fix/);
    const before = await runCli(['--lang', 'en', 'check', sample]);
    expect(before.stdout).toBe(run.stdout);

    const french = (await jsonReport([sample])).report.findings[0].message;
    const english = (await jsonReport([sample, '--lang', 'en'])).report.findings[0].message;
    expect(english).not.toBe(french);
  });

  it('checks the months up to --as-of only', async () => {
    // January filled, December left empty: missing in a full-year check, not yet due in June.
    const path = await writeWorkbookFile(dir, 'juin.xlsx', [seedSheet({ G22: 12, R5: null })]);
    const december = await jsonReport([path]);
    expect(december.code).toBe(1);
    expect(
      december.report.findings.filter((f) => f.severity === 'error').map((f) => f.cell),
    ).toEqual(['R5']);

    const june = await jsonReport([path, '--as-of', '2020-06']);
    expect(june.code).toBe(0);
    expect(june.report.asOf).toBe('2020-06');
    expect(june.report.indicators[0].months[11]).toMatchObject({ cell: 'R5', status: 'future' });
    expect(june.report.summary).toMatchObject({ errors: 0, readyToSend: true });
  });

  it('uses the sheet named by --sheet, and the first dashboard sheet without it', async () => {
    const path = await writeWorkbookFile(dir, 'deux-feuilles.xlsx', [
      { name: 'Notes', rows: [['Réunion du comité qualité'], ['Ordre du jour']] },
      seedSheet({ G22: 12 }),
    ]);
    const first = await jsonReport([path]);
    expect([first.code, first.report.sheet]).toEqual([0, 'Tableau de bord 2020']);
    const named = await jsonReport([path, '--sheet', 'Tableau de bord 2020']);
    expect([named.code, named.report.sheet]).toEqual([0, 'Tableau de bord 2020']);

    const notes = await runCli(['check', path, '--sheet', 'Notes']);
    expect(notes.code).toBe(2);
    expect(notes.stderr).toBe(
      'Aucun tableau de bord trouvé dans la feuille «\u00a0Notes\u00a0»\u00a0: aucune ligne d’en-tête ne porte les douze mois, de janvier à décembre (Janv, Févr… Déc).\n',
    );
  });
});
