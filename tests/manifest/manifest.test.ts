/**
 * manifest.xml: valid against the XSD schemas copied into the project, every resid resolves,
 * every icon exists at its size, every string has its English override, every URL is https.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ValidateManifest } from './validate';
import { ROOT, loadValidator } from './validate';

const MANIFEST = path.join(ROOT, 'manifest.xml');
const SOURCE = fs.readFileSync(MANIFEST, 'utf8');

let validate: ValidateManifest;
let scratch: string;

beforeAll(async () => {
  validate = await loadValidator();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'qualepref-manifest-'));
  fs.symlinkSync(path.join(ROOT, 'assets'), path.join(scratch, 'assets'));
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** The manifest with one change, written beside the project's icons. */
function variant(name: string, change: (xml: string) => string): string {
  const changed = change(SOURCE);
  if (changed === SOURCE) throw new Error(`the change "${name}" changed nothing`);
  const file = path.join(scratch, `${name}.xml`);
  fs.writeFileSync(file, changed);
  return file;
}

describe('manifest.xml', () => {
  it('is valid', () => {
    expect(validate(MANIFEST).errors).toEqual([]);
  });

  it('is an Excel task pane add-in that may write the workbook, from ExcelApi 1.9', () => {
    expect(SOURCE).toMatch(/xsi:type="TaskPaneApp"/);
    expect(SOURCE).toMatch(/<Host Name="Workbook"\/>/);
    expect(SOURCE).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(SOURCE).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(SOURCE).toMatch(/<DefaultLocale>fr-FR<\/DefaultLocale>/);
  });

  it('adds a Qual-e-Pref group to the Home tab with the two buttons', () => {
    expect(SOURCE).toMatch(/<OfficeTab id="TabHome">\s*<Group id="QualEPref.Group">/);
    expect(SOURCE).toMatch(/id="Group.Label" DefaultValue="Qual-e-Pref"/);
    expect(SOURCE).toMatch(/id="Compute.Label" DefaultValue="Calculer les moyennes"/);
    expect(SOURCE).toMatch(/id="Open.Label" DefaultValue="Contrôle"/);
    expect(SOURCE).toMatch(
      /<Action xsi:type="ExecuteFunction">\s*<FunctionName>calculerMoyennes<\/FunctionName>/,
    );
    expect(SOURCE).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('names the function the function file registers', () => {
    const commands = fs.readFileSync(path.join(ROOT, 'src', 'commands', 'commands.ts'), 'utf8');
    expect(commands).toMatch(/associate\('calculerMoyennes'/);
  });

  it('is rejected by the schema when a control type is misspelled', () => {
    const file = variant('bad-control', (xml) =>
      xml.replace('xsi:type="Button"', 'xsi:type="Buton"'),
    );
    expect(validate(file).errors.join('\n')).toMatch(/Buton|xsi:type/);
  });

  it('is rejected when a resid names no resource', () => {
    const file = variant('bad-resid', (xml) =>
      xml.replace('resid="Open.Tooltip"', 'resid="Open.Tip"'),
    );
    expect(validate(file).errors).toContain(
      '<Description resid="Open.Tip"> : aucune ressource « Open.Tip ».',
    );
  });

  it('is rejected when an icon is missing or of the wrong size', () => {
    const missing = variant('missing-icon', (xml) =>
      xml.replace('assets/icon-80.png', 'assets/icon-81.png'),
    );
    expect(validate(missing).errors.join('\n')).toMatch(/Fichier manquant .*icon-81\.png/);
    const wrong = variant('wrong-size', (xml) =>
      xml.replace('/assets/icon-16.png', '/assets/icon-32.png'),
    );
    expect(validate(wrong).errors.join('\n')).toMatch(
      /icon-32\.png mesure 32x32 px, attendu 16x16/,
    );
  });

  it('is rejected when a URL is not https, or in production points at localhost', () => {
    const http = variant('http', (xml) =>
      xml.replace('https://localhost:3000/commands.html', 'http://localhost:3000/commands.html'),
    );
    expect(validate(http).errors).toContain('URL non https : http://localhost:3000/commands.html');
    expect(validate(MANIFEST, { production: true }).errors.join('\n')).toMatch(
      /URL de développement/,
    );
  });

  it('is rejected when a string has no English override', () => {
    const file = variant('no-english', (xml) =>
      xml.replace('<bt:Override Locale="en-US" Value="Compute averages"/>', ''),
    );
    expect(validate(file).errors).toContain(
      "<bt:String> « Compute.Label » n'a pas de traduction en-US.",
    );
  });

  it('runs as `npm run validate`', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts', 'validate-manifest.js'), MANIFEST],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/manifeste valide/);
  });
});
