/**
 * `qualepref consolidate` on real files: the seed and the other sites written as workbooks, a
 * file that is not a workbook, a workbook without a dashboard, a missing file. The written
 * summary is read back with ExcelJS and checked cell by cell; so is the JSON.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worksheet } from 'exceljs';
import { Workbook } from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { JsonConsolidation } from '../../src/core/consolidate-json';
import { defaultSummaryPath, fileNames } from '../../src/cli/consolidate-command';
import { AIX, ARLES, CONTACTS, ISTRES, PREFECTURE_2021 } from '../fixtures/consolidation-sites';
import { removeDir, tempDir, writeWorkbookFile } from '../fixtures/variants/files';
import { runCli } from './run-cli';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** The file engine's own sentence for a file that is no workbook. */
const NOT_A_WORKBOOK = `Ce fichier n’est pas un classeur Excel .xlsx${NBSP}: ouvrez-le dans Excel et enregistrez-le au format .xlsx.`;

let dir: string;
let aix: string;
let arles: string;
let istres: string;
let prefecture: string;
let contacts: string;
let notes: string;
let absent: string;

beforeAll(async () => {
  dir = await tempDir();
  aix = await writeWorkbookFile(dir, 'aix.xlsx', [AIX]);
  arles = await writeWorkbookFile(dir, 'arles.xlsx', [ARLES]);
  // A cover sheet before the dashboard: the first sheet holding one is used.
  istres = await writeWorkbookFile(dir, 'istres.xlsx', [CONTACTS, ISTRES]);
  prefecture = await writeWorkbookFile(dir, 'prefecture-2021.xlsx', [PREFECTURE_2021]);
  contacts = await writeWorkbookFile(dir, 'contacts.xlsx', [CONTACTS]);
  notes = join(dir, 'notes.xlsx');
  await writeFile(notes, 'pas un classeur');
  absent = join(dir, 'absent.xlsx');
});

afterAll(() => removeDir(dir));

async function sheetsOf(path: string): Promise<{ sites: Worksheet; indicators: Worksheet }> {
  const workbook = new Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sites', 'Indicateurs']);
  const sites = workbook.getWorksheet('Sites');
  const indicators = workbook.getWorksheet('Indicateurs');
  if (!sites || !indicators) throw new Error('sheets missing');
  return { sites, indicators };
}

/** A row's values from column A, empty cells as null, trailing empty cells left out. */
function rowValues(sheet: Worksheet, row: number): unknown[] {
  const values: unknown[] = [];
  sheet.getRow(row).eachCell({ includeEmpty: true }, (cell, col) => {
    values[col - 1] = cell.value;
  });
  return Array.from(values, (value) => value ?? null);
}

describe('consolidate: four sites, one unusable file', () => {
  const output = () => join(dir, 'synthese.xlsx');
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    run = await runCli(['consolidate', aix, arles, istres, notes, '-o', output()]);
  });

  it('exits 1 (errors at two sites, an unusable file) and prints each site', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(
      `✗ Sous-préfecture d'Aix (aix.xlsx)${NBSP}: 1 erreur, 16 avertissements — à corriger${NBSP}: mois non rempli (1)${NBSP}: G22`,
    );
    expect(lines[1]).toBe(
      `✓ Sous-préfecture d'Arles (arles.xlsx)${NBSP}: prêt à envoyer (0 erreur, 1 avertissement)`,
    );
    expect(lines[2]).toBe(
      `✗ Sous-préfecture d'Istres (istres.xlsx)${NBSP}: 2 erreurs, 26 avertissements — à corriger${NBSP}: mois non rempli (1)${NBSP}: C3${NNBSP}; saisie non reconnue (1)${NBSP}: D4`,
    );
    expect(lines[3]).toBe(`✗ notes.xlsx${NBSP}: ${NOT_A_WORKBOOK}`);
    expect(lines.slice(5)).toEqual([
      `Sites prêts à envoyer${NBSP}: 1 sur 4.`,
      `Indicateurs${NBSP}: 2 communs à tous les sites, 20 présents dans une partie des sites seulement.`,
      `Synthèse écrite dans ${output()}`,
      '',
    ]);
  });

  it('writes the Sites sheet: one row per file, cell by cell', async () => {
    const { sites } = await sheetsOf(output());
    expect(rowValues(sites, 1)).toEqual([
      'Fichier',
      'Site',
      'Feuille',
      'Année',
      'Mois arrêté au',
      'Prêt à envoyer',
      'Erreurs',
      'Avertissements',
      'Mois non remplis',
      'À corriger',
    ]);
    for (let col = 1; col <= 10; col++) expect(sites.getCell(1, col).font?.bold).toBe(true);
    expect(rowValues(sites, 2)).toEqual([
      'aix.xlsx',
      "Sous-préfecture d'Aix",
      'Tableau de bord 2020',
      2020,
      'décembre 2020',
      'non',
      1,
      16,
      1,
      `mois non rempli (1)${NBSP}: G22`,
    ]);
    expect(rowValues(sites, 3)).toEqual([
      'arles.xlsx',
      "Sous-préfecture d'Arles",
      'TDB 2020',
      2020,
      'décembre 2020',
      'oui',
      0,
      1,
      0,
    ]);
    expect(rowValues(sites, 4)).toEqual([
      'istres.xlsx',
      "Sous-préfecture d'Istres",
      'Tableau de bord',
      2020,
      'décembre 2020',
      'non',
      2,
      26,
      1,
      `mois non rempli (1)${NBSP}: C3${NNBSP}; saisie non reconnue (1)${NBSP}: D4`,
    ]);
    expect(rowValues(sites, 5)).toEqual([
      'notes.xlsx',
      null,
      null,
      null,
      null,
      'inutilisable',
      null,
      null,
      null,
      NOT_A_WORKBOOK,
    ]);
    expect(sites.rowCount).toBe(5);
    expect(sites.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sites.getColumn(2).width).toBeGreaterThanOrEqual("Sous-préfecture d'Istres".length);
  });

  it('writes the Indicateurs sheet: each site’s Moyenne in its unit’s format and its atteinte', async () => {
    const { indicators } = await sheetsOf(output());
    expect(rowValues(indicators, 1)).toEqual([
      'Engagement',
      'Indicateur',
      'Unité',
      'Sites',
      'Absent de',
      "Sous-préfecture d'Aix – Moyenne",
      "Sous-préfecture d'Aix – Atteinte",
      "Sous-préfecture d'Arles – Moyenne",
      "Sous-préfecture d'Arles – Atteinte",
      "Sous-préfecture d'Istres – Moyenne",
      "Sous-préfecture d'Istres – Atteinte",
    ]);
    // Row 2: the calls rate, held by the three usable sites.
    expect(rowValues(indicators, 2)).toEqual([
      'E10',
      "Taux d'appels aboutis",
      'taux',
      `3${NBSP}/${NBSP}3`,
      null,
      0.986833333333,
      'oui',
      0.95,
      'oui',
      0.8,
      'non',
    ]);
    for (const col of [6, 8, 10]) expect(indicators.getCell(2, col).numFmt).toBe('0.0%');
    // Row 3: the SVI rate, which Istres lacks.
    expect(rowValues(indicators, 3)).toEqual([
      'E10',
      "Taux d'appels aboutis SVI",
      'taux',
      `2${NBSP}/${NBSP}3`,
      "Sous-préfecture d'Istres",
      0.891083333333,
      'non',
      0.92,
      'oui',
    ]);
    // Row 4: no month of Aix's letters holds a number.
    expect(rowValues(indicators, 4)).toEqual([
      'E17',
      'Taux de réponse aux courriers dans les 15 jours ouvrés',
      'taux',
      `1${NBSP}/${NBSP}3`,
      "Sous-préfecture d'Arles et Sous-préfecture d'Istres",
      'Pas de données',
      'non évaluable',
    ]);
    // Row 7: a delay, matched though Arles typed it without accents.
    expect(rowValues(indicators, 7)).toEqual([
      'E18',
      'Délai moyen de réponse aux courriels en jours ouvrés',
      'délai (jours)',
      `3${NBSP}/${NBSP}3`,
      null,
      2.36,
      'oui',
      3,
      'oui',
      6,
      'non',
    ]);
    for (const col of [6, 8, 10]) expect(indicators.getCell(7, col).numFmt).toBe('0.0 "j"');
    // Row 18 (the seed's row 21): a count without objective.
    expect(rowValues(indicators, 18)).toEqual([
      'E15',
      "Nombre d'usagers reçus au PN",
      'nombre',
      `1${NBSP}/${NBSP}3`,
      "Sous-préfecture d'Arles et Sous-préfecture d'Istres",
      38.25,
      'sans objectif',
    ]);
    expect(indicators.getCell(18, 6).numFmt).toBe('0.0');
    // After Aix's twenty, Arles' own indicator, then Istres'.
    expect(rowValues(indicators, 22)).toEqual([
      'E15',
      'Nombre d’usagers reçus au point numérique',
      'nombre',
      `1${NBSP}/${NBSP}3`,
      "Sous-préfecture d'Aix et Sous-préfecture d'Istres",
      null,
      null,
      65,
      'sans objectif',
    ]);
    expect(rowValues(indicators, 23)).toEqual([
      'E1',
      "Taux de satisfaction des usagers à l'accueil",
      'taux',
      `1${NBSP}/${NBSP}3`,
      "Sous-préfecture d'Aix et Sous-préfecture d'Arles",
      null,
      null,
      null,
      null,
      0.85,
      'oui',
    ]);
    expect(indicators.rowCount).toBe(23);
  });

  it('prints the same consolidation as JSON', async () => {
    const json = await runCli([
      'consolidate',
      aix,
      arles,
      istres,
      notes,
      absent,
      '-o',
      output(),
      '--json',
    ]);
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('');
    const report = JSON.parse(json.stdout) as JsonConsolidation;
    expect(report.schema).toBe('qualepref-consolidation/1');
    expect(report.year).toBe(2020);
    expect(
      report.sites.map((site) => [
        site.file,
        site.status,
        site.readyToSend,
        site.errors,
        site.warnings,
      ]),
    ).toEqual([
      ['aix.xlsx', 'ok', false, 1, 16],
      ['arles.xlsx', 'ok', true, 0, 1],
      ['istres.xlsx', 'ok', false, 2, 26],
      ['notes.xlsx', 'unusable', false, null, null],
      ['absent.xlsx', 'unusable', false, null, null],
    ]);
    expect(report.sites[0]).toEqual({
      file: 'aix.xlsx',
      site: "Sous-préfecture d'Aix",
      sheet: 'Tableau de bord 2020',
      year: 2020,
      asOf: '2020-12',
      status: 'ok',
      reason: null,
      reasonCode: null,
      readyToSend: false,
      errors: 1,
      warnings: 16,
      missingMonths: 1,
      corrections: [{ code: 'MISSING_MONTH', cells: ['G22'] }],
    });
    expect(report.sites[4]).toMatchObject({
      reasonCode: 'missing_file',
      reason: `Fichier inutilisable${NBSP}: fichier introuvable, vérifiez le nom et le dossier.`,
    });
    expect(report.indicators).toHaveLength(22);
    expect(report.indicators[0]).toEqual({
      engagement: 'E10',
      label: "Taux d'appels aboutis",
      unit: 'rate',
      matched: true,
      missingAt: [],
      bySite: [
        {
          file: 'aix.xlsx',
          row: 5,
          unit: 'rate',
          average: 0.986833333333,
          met: true,
          metReason: null,
        },
        { file: 'arles.xlsx', row: 3, unit: 'rate', average: 0.95, met: true, metReason: null },
        { file: 'istres.xlsx', row: 3, unit: 'rate', average: 0.8, met: false, metReason: null },
      ],
    });
    expect(report.indicators[1].missingAt).toEqual(['istres.xlsx']);
    expect(report.summary).toEqual({
      files: 5,
      usable: 3,
      unusable: 2,
      ready: 1,
      readyToSend: false,
    });
  });
});

describe('consolidate: exit codes and what is written', () => {
  it('exits 0 when every site is ready to send', async () => {
    const out = join(dir, 'pret.xlsx');
    const run = await runCli(['consolidate', arles, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Sites prêts à envoyer${NBSP}: 1 sur 1.`);
    const { sites } = await sheetsOf(out);
    expect(sites.getCell('F2').value).toBe('oui');
  });

  it('exits 2 when no file is usable, says so on stderr and writes nothing', async () => {
    const out = join(dir, 'rien.xlsx');
    const run = await runCli(['consolidate', notes, contacts, absent, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `Aucun des 3 fichiers n’est un tableau de bord utilisable${NBSP}: aucune synthèse écrite.\n`,
    );
    expect(run.stdout).toContain(
      `✗ contacts.xlsx${NBSP}: Fichier inutilisable${NBSP}: aucun tableau de bord trouvé, aucune ligne d’en-tête ne porte les douze mois de janvier à décembre.`,
    );
    expect(run.stdout).toContain(
      `✗ absent.xlsx${NBSP}: Fichier inutilisable${NBSP}: fichier introuvable`,
    );
    await expect(readFile(out)).rejects.toThrow();
  });

  it('notes years and as-of months that differ, on stdout and in the Sites sheet', async () => {
    const out = join(dir, 'annees.xlsx');
    const run = await runCli(['consolidate', arles, prefecture, '-o', out]);
    // The préfecture's 2021 is a past year in 2026: checked to December, its July on is missing.
    expect(run.code).toBe(1);
    const years = `Les années diffèrent entre les sites${NBSP}: 2020 (1 site) et 2021 (1 site).`;
    const months = `Les mois d’arrêté diffèrent entre les sites${NBSP}: décembre 2020 (1 site) et décembre 2021 (1 site).`;
    expect(run.stdout).toContain(`${years}\n${months}\n`);
    const { sites } = await sheetsOf(out);
    expect(sites.getCell('A4').value).toBeNull();
    expect(sites.getCell('A5').value).toBe(years);
    expect(sites.getCell('A6').value).toBe(months);
  });

  it('checks every site up to --as-of', async () => {
    const run = await runCli([
      'consolidate',
      prefecture,
      '--as-of',
      '2021-06',
      '-o',
      join(dir, 'juin.xlsx'),
      '--json',
    ]);
    const report = JSON.parse(run.stdout) as JsonConsolidation;
    expect(report.sites[0].asOf).toBe('2021-06');
    expect(run.code).toBe(0);
  });

  it('speaks English with --lang en, in the workbook too', async () => {
    const out = join(dir, 'english.xlsx');
    const run = await runCli(['consolidate', arles, notes, '-o', out, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "✓ Sous-préfecture d'Arles (arles.xlsx): ready to send (0 errors, 1 warning)",
    );
    expect(run.stdout).toContain('Summary written to');
    const { sites, indicators } = await sheetsOf(out);
    expect(sites.getCell('A1').value).toBe('File');
    expect(sites.getCell('F3').value).toBe('unusable');
    expect(indicators.getCell('C2').value).toBe('rate');
    expect(indicators.getCell('G2').value).toBe('yes');
  });

  it('refuses a bad --as-of with one sentence and exit 2', async () => {
    const run = await runCli(['consolidate', arles, '--as-of', '2020-13']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of');
  });

  it('never writes over one of the sites’ files', async () => {
    const before = await readFile(arles);
    const run = await runCli(['consolidate', aix, arles, '-o', arles]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/classeur d’origine/);
    expect(Buffer.from(await readFile(arles)).equals(before)).toBe(true);
  });

  it('asks for at least one file', async () => {
    const run = await runCli(['consolidate']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toBe('');
  });

  it('reports progress on stderr from ten files on', async () => {
    const many = Array.from({ length: 10 }, () => arles);
    const run = await runCli(['consolidate', ...many, '-o', join(dir, 'dix.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual(
      Array.from({ length: 10 }, (_, i) => `Lecture des classeurs${NBSP}: ${i + 1}/10`),
    );
    const few = await runCli(['consolidate', arles, arles, '-o', join(dir, 'deux.xlsx')]);
    expect(few.stderr).toBe('');
  });
});

describe('names', () => {
  it('writes synthese-<year>.xlsx in the current folder, and replaces it on the next run', async () => {
    const previous = process.cwd();
    process.chdir(dir);
    try {
      const run = await runCli(['consolidate', 'arles.xlsx']);
      expect(run.stdout).toContain('Synthèse écrite dans synthese-2020.xlsx');
      const { sites } = await sheetsOf(join(dir, 'synthese-2020.xlsx'));
      expect(sites.getCell('A2').value).toBe('arles.xlsx');
      // Run again on the folder's files: last run's summary is among them, and is replaced.
      const again = await runCli(['consolidate', 'arles.xlsx', 'synthese-2020.xlsx', '--json']);
      expect(again.code).toBe(0);
      const report = JSON.parse(again.stdout) as JsonConsolidation;
      expect(report.sites.map((site) => site.file)).toEqual(['arles.xlsx']);
      expect(report.skipped).toEqual(['synthese-2020.xlsx']);
      const text = await runCli(['consolidate', 'arles.xlsx', 'synthese-2020.xlsx']);
      expect(text.stdout).toContain(
        `synthese-2020.xlsx est une synthèse déjà produite, pas le tableau de bord d’un site${NBSP}: laissée de côté.`,
      );
      const rewritten = await sheetsOf(join(dir, 'synthese-2020.xlsx'));
      expect(rewritten.sites.getCell('A2').value).toBe('arles.xlsx');
      expect(rewritten.sites.getCell('A3').value).toBeNull();
      expect(rewritten.sites.getCell('A4').value).toMatch(/^synthese-2020\.xlsx est une synthèse/);
    } finally {
      process.chdir(previous);
    }
  });

  it('names the default summary after the year', () => {
    expect(defaultSummaryPath(2020)).toBe('synthese-2020.xlsx');
    expect(defaultSummaryPath(null)).toBe('synthese.xlsx');
    expect(defaultSummaryPath(2021, 'out')).toBe(join('out', 'synthese-2021.xlsx'));
  });

  it('names files by their base name, by their path when two share one', () => {
    expect(fileNames(['a/aix.xlsx', 'b/arles.xlsx'])).toEqual(['aix.xlsx', 'arles.xlsx']);
    expect(fileNames(['a/tdb.xlsx', 'b/tdb.xlsx', 'c/x.xlsx'])).toEqual([
      'a/tdb.xlsx',
      'b/tdb.xlsx',
      'x.xlsx',
    ]);
  });
});

describe('consolidate -o -: the summary workbook on standard output', () => {
  const piped = { stdoutIsTerminal: false };

  it('writes the same workbook as to a file, the readable summary going to stderr', async () => {
    const out = join(dir, 'fichier.xlsx');
    await runCli(['consolidate', aix, arles, '-o', out]);
    // Run from a folder of its own: were `-` taken for a file name, it would land there.
    const cwd = process.cwd();
    const folder = await tempDir();
    process.chdir(folder);
    let run: Awaited<ReturnType<typeof runCli>>;
    try {
      run = await runCli(['consolidate', aix, arles, '-o', '-'], undefined, piped);
      expect(existsSync('-')).toBe(false);
    } finally {
      process.chdir(cwd);
      await removeDir(folder);
    }
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Sites prêts à envoyer${NBSP}: 1 sur 2.`);
    expect(run.stderr).toMatch(/\nSynthèse écrite sur la sortie standard\.\n$/);
    expect(run.stdoutBytes.equals(await readFile(out))).toBe(true);
  });

  it('refuses it on a terminal, and with --json, before reading any file', async () => {
    const terminal = await runCli(['consolidate', aix, '-o', '-']);
    expect(terminal).toMatchObject({ code: 2, stdout: '' });
    expect(terminal.stderr).toMatch(/^-o - écrirait le classeur sur la sortie standard/);
    const json = await runCli(['consolidate', aix, '-o', '-', '--json'], undefined, piped);
    expect(json.code).toBe(2);
    expect(json.stdoutBytes).toHaveLength(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ code: 'stdout_taken' });
  });
});

describe('consolidate: files the file engine refuses', () => {
  it('lists each with the engine’s reason, beside the usable site', async () => {
    const xls = join(dir, 'ancien.xls');
    // The signature of an OLE compound file: an Excel 97-2003 workbook.
    await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const cut = join(dir, 'coupe.xlsx');
    await writeFile(cut, (await readFile(arles)).subarray(0, 200));
    const run = await runCli([
      'consolidate',
      arles,
      xls,
      cut,
      dir,
      '-o',
      join(dir, 'refus.xlsx'),
      '--json',
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonConsolidation;
    expect(report.sites.map((site) => [site.status, site.reasonCode])).toEqual([
      ['ok', null],
      ['unusable', 'legacy_xls'],
      ['unusable', 'damaged'],
      ['unusable', 'is_directory'],
    ]);
    for (const site of report.sites.slice(1)) expect(site.reason).toMatch(/\.$/);
  });
});
