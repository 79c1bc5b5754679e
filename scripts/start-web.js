/**
 * `npm run start:web`: sideloads the add-in into a workbook open in Excel on the web, through
 * `office-addin-debugging start manifest.xml web --document <url>`, which also starts the dev
 * server when it is not running (package.json `config.dev_server_port`).
 *
 *   npm run start:web -- "https://contoso.sharepoint.com/…/Doc.aspx?sourcedoc=…"
 *   EXCEL_DOCUMENT_URL="https://…" npm run start:web
 *
 * The workbook's address is the one the browser shows once the workbook is open in Excel on the
 * web (OneDrive or SharePoint). Exit code: office-addin-debugging's, or 2 without a usable address.
 */
const { spawnSync } = require('node:child_process');
const { URL } = require('node:url');
const { parseArgs } = require('node:util');

const ENV_VAR = 'EXCEL_DOCUMENT_URL';

const USAGE = [
  'Utilisation\u00a0: npm run start:web -- <adresse du classeur>',
  `       ${ENV_VAR}=<adresse du classeur> npm run start:web`,
  '',
  'Charge le complément dans un classeur ouvert dans Excel sur le web (OneDrive ou SharePoint)',
  'et démarre le serveur de développement s’il ne tourne pas. L’adresse est celle que le',
  'navigateur affiche une fois le classeur ouvert. npm stop arrête le serveur démarré ainsi.',
].join('\n');

/**
 * The workbook's address from the arguments or the environment, or the French sentence saying
 * why there is none.
 * @param {string[]} argv the arguments after the script's name
 * @param {Record<string, string | undefined>} env
 * @returns {{ help: true } | { url: string } | { error: string }}
 */
function documentUrl(argv, env) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const option = /'([^']*)'/.exec(error.message)?.[1] ?? '';
    return { error: `Option inconnue « ${option} »\u00a0: seule --help existe (-h).` };
  }
  if (parsed.values.help) return { help: true };
  if (parsed.positionals.length > 1)
    return { error: 'Une seule adresse de classeur à la fois (--help pour l’aide).' };
  const text = (parsed.positionals[0] ?? env[ENV_VAR] ?? '').trim();
  if (text === '')
    return {
      error: `Indiquez l’adresse du classeur ouvert dans Excel sur le web\u00a0: npm run start:web -- "https://…" ou ${ENV_VAR}="https://…" npm run start:web.`,
    };
  let url;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url?.protocol !== 'https:')
    return {
      error: `L’adresse du classeur doit commencer par https://, comme celle que le navigateur affiche dans Excel sur le web, et non « ${text} ».`,
    };
  // office-addin-debugging appends its parameters with "&": the address needs a query string.
  return { url: url.search === '' ? `${text.replace(/#.*$/, '')}?` : text };
}

/** The office-addin-debugging arguments for that workbook. */
function debuggingArgs(url) {
  return ['start', 'manifest.xml', 'web', '--document', url];
}

function main(argv) {
  const found = documentUrl(argv, process.env);
  if ('help' in found) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in found) {
    console.error(found.error);
    return 2;
  }
  const cli = require.resolve('office-addin-debugging/cli.js');
  const run = spawnSync(process.execPath, [cli, ...debuggingArgs(found.url)], {
    stdio: 'inherit',
  });
  return run.status ?? 1;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

module.exports = { documentUrl, debuggingArgs, ENV_VAR };
