/**
 * `npm start`, `npm run start:web`, `npm stop`: the package.json settings office-addin-debugging
 * reads, checked against the manifest, the dev server and the installed office-addin-debugging.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './validate';

interface PackageJson {
  readonly config: Record<string, unknown>;
  readonly scripts: Record<string, string>;
  readonly engines: { readonly node: string };
}

type Found = { help: true } | { url: string } | { error: string };

interface StartWeb {
  readonly documentUrl: (argv: readonly string[], env: Record<string, string | undefined>) => Found;
  readonly debuggingArgs: (url: string) => string[];
  readonly ENV_VAR: string;
}

const read = (...parts: string[]) => readFileSync(path.join(ROOT, ...parts), 'utf8');
const pkg = JSON.parse(read('package.json')) as PackageJson;
const DEBUGGING = path.join('node_modules', 'office-addin-debugging', 'lib');

let startWeb: StartWeb;

beforeAll(async () => {
  // A plain CommonJS script run by npm: loaded by path, typed here.
  startWeb = (await import(path.join(ROOT, 'scripts', 'start-web.js'))) as StartWeb;
});

describe('package.json for office-addin-debugging', () => {
  it('has the config block of the yo office templates, on the dev server’s port', () => {
    expect(pkg.config).toEqual({
      app_to_debug: 'excel',
      app_type_to_debug: 'desktop',
      dev_server_port: 3000,
    });
    const manifestPort = /<SourceLocation DefaultValue="https:\/\/localhost:(\d+)\//.exec(
      read('manifest.xml'),
    )?.[1];
    const serverPort = /devServer:[\s\S]*?port: (\d+),/.exec(read('webpack.config.js'))?.[1];
    expect([Number(manifestPort), Number(serverPort)]).toEqual([3000, 3000]);
  });

  it('has the scripts npm start runs and the templates give', () => {
    expect(pkg.scripts).toMatchObject({
      'dev-server': 'webpack serve --mode development',
      watch: 'webpack --mode development --watch',
      start: 'office-addin-debugging start manifest.xml',
      'start:web': 'node scripts/start-web.js',
      stop: 'office-addin-debugging stop manifest.xml',
    });
  });

  it('uses only what the installed office-addin-debugging reads', () => {
    const cli = read(DEBUGGING, 'cli.js');
    expect(cli).toContain('.command("start <manifest-path> [platform]")');
    expect(cli).toContain('.option("--document <document>"');
    const commands = read(DEBUGGING, 'commands.js');
    for (const key of Object.keys(pkg.config))
      expect(commands).toContain(`process.env.npm_package_config_${key}`);
    // It starts the `dev-server` script unless something answers on dev_server_port.
    expect(commands).toContain('getPackageJsonScript)("dev-server")');
    expect(read(DEBUGGING, 'start.js')).toMatch(
      /if \(port !== undefined && \(yield isDevServerRunning\(port\)\)\)/,
    );
  });

  it('asks for Node 20 to 24, which runs these tests', () => {
    expect(pkg.engines.node).toBe('>=20 <25');
    const major = Number(process.versions.node.split('.')[0]);
    expect(major >= 20 && major < 25).toBe(true);
  });
});

describe('npm run start:web', () => {
  const URL =
    'https://contoso.sharepoint.com/sites/qualite/_layouts/15/Doc.aspx?sourcedoc=%7B1%7D&action=edit';

  it('takes the workbook’s address as an argument or from EXCEL_DOCUMENT_URL', () => {
    expect(startWeb.ENV_VAR).toBe('EXCEL_DOCUMENT_URL');
    expect(startWeb.documentUrl([URL], {})).toEqual({ url: URL });
    expect(startWeb.documentUrl([], { EXCEL_DOCUMENT_URL: ` ${URL} ` })).toEqual({ url: URL });
    expect(
      startWeb.documentUrl([URL], { EXCEL_DOCUMENT_URL: 'https://autre.example/x?y' }),
    ).toEqual({
      url: URL,
    });
  });

  it('gives office-addin-debugging the web platform and --document', () => {
    expect(startWeb.debuggingArgs(URL)).toEqual([
      'start',
      'manifest.xml',
      'web',
      '--document',
      URL,
    ]);
  });

  it('gives the address a query string, to which office-addin-debugging appends "&…"', () => {
    expect(startWeb.documentUrl(['https://onedrive.live.com/classeur.xlsx#x'], {})).toEqual({
      url: 'https://onedrive.live.com/classeur.xlsx?',
    });
  });

  it('says in French what is missing or wrong', () => {
    expect(startWeb.documentUrl([], {})).toEqual({
      error:
        'Indiquez l’adresse du classeur ouvert dans Excel sur le web\u00a0: npm run start:web -- "https://…" ou EXCEL_DOCUMENT_URL="https://…" npm run start:web.',
    });
    for (const text of ['http://contoso.sharepoint.com/x?y', 'classeur.xlsx']) {
      expect(startWeb.documentUrl([text], {})).toEqual({
        error: `L’adresse du classeur doit commencer par https://, comme celle que le navigateur affiche dans Excel sur le web, et non « ${text} ».`,
      });
    }
    expect(startWeb.documentUrl(['--doc', URL], {})).toEqual({
      error: 'Option inconnue « --doc »\u00a0: seule --help existe (-h).',
    });
    expect(startWeb.documentUrl([URL, URL], {})).toMatchObject({
      error: expect.stringMatching(/^Une seule adresse de classeur à la fois/),
    });
    expect(startWeb.documentUrl(['-h'], {})).toEqual({ help: true });
  });
});
