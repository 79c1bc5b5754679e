/**
 * Validates an add-in manifest offline:
 * - against the XSD schemas copied into schemas/office-addin-manifest (xmllint);
 * - every `resid` names a resource of the right kind, and no resource id is repeated;
 * - every string has an en-US override (French is the default locale);
 * - every URL is https (with --production: and none is localhost);
 * - every icon exists beside the manifest, as a PNG of the size it is declared at;
 * - with --pages: every page (task pane, function file, help) exists beside the manifest too.
 *
 *   node scripts/validate-manifest.js manifest.xml
 *   node scripts/validate-manifest.js dist/manifest.xml --production --pages
 *   npm run validate -- -p
 *
 * Exit code 0 when valid, 1 otherwise (each problem on its own line), 2 for arguments it cannot
 * use (an unknown option, no manifest), with one French sentence. Tests call
 * `validateManifest(file, options)` directly.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { XMLParser } = require('fast-xml-parser');

const SCHEMA = path.resolve(
  __dirname,
  '..',
  'schemas',
  'office-addin-manifest',
  'OfficeAppManifestV1_1.xsd',
);
const ENGLISH = 'en-US';

/** Which resource list a `resid` must point into, by the referring element. */
const RESOURCE_KIND = {
  'bt:Image': 'bt:Images',
  FunctionFile: 'bt:Urls',
  SourceLocation: 'bt:Urls',
  LearnMoreUrl: 'bt:Urls',
  Label: 'bt:ShortStrings',
  Title: 'bt:ShortStrings',
  Description: 'bt:LongStrings',
};

/** Elements whose DefaultValue (and overrides) are URLs, and whether they are images. */
const URL_ELEMENTS = {
  IconUrl: 'image',
  HighResolutionIconUrl: 'image',
  SupportUrl: 'page',
  SourceLocation: 'page',
  'bt:Image': 'image',
  'bt:Url': 'page',
};

/** The pixel size the manifest-level icons are expected at. */
const APP_ICON_SIZE = { IconUrl: 32, HighResolutionIconUrl: 64 };

function schemaErrors(file) {
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  if (run.error) {
    return [
      `xmllint est introuvable (${run.error.code}) : installez libxml2-utils (apt-get install -y libxml2-utils).`,
    ];
  }
  if (run.status === 0) return [];
  return run.stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.endsWith('fails to validate'));
}

/** A parsed element: its name, attributes and child elements (text and comments dropped). */
function toElement(node) {
  const name = Object.keys(node).find((key) => key !== ':@');
  const children = Array.isArray(node[name]) ? node[name] : [];
  return {
    name,
    attrs: node[':@'] ?? {},
    children: children
      .filter((child) => !('#text' in child) && !('#comment' in child))
      .map(toElement),
    text: children
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join(''),
  };
}

function* walk(element, ancestors = []) {
  yield { element, ancestors };
  for (const child of element.children) yield* walk(child, [...ancestors, element]);
}

function parseManifest(text) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    preserveOrder: true,
    commentPropName: '#comment',
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const root = parser
    .parse(text)
    .map((node) => node)
    .find((node) => Object.keys(node).some((key) => key === 'OfficeApp'));
  return root ? toElement(root) : null;
}

function overrides(element) {
  return element.children.filter(
    (child) => child.name === 'Override' || child.name === 'bt:Override',
  );
}

/** Every URL an element carries: [DefaultValue, ...override values]. */
function urlsOf(element) {
  const urls = [];
  if (element.attrs.DefaultValue) urls.push(element.attrs.DefaultValue);
  for (const override of overrides(element))
    if (override.attrs.Value) urls.push(override.attrs.Value);
  return urls;
}

/** PNG width and height from its IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = fs.readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function resourceIndex(root) {
  const resources = new Map();
  const errors = [];
  for (const { element, ancestors } of walk(root)) {
    const list = ancestors[ancestors.length - 1];
    if (!list || !['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'].includes(list.name))
      continue;
    const id = element.attrs.id;
    if (resources.has(id)) errors.push(`Ressource « ${id} » déclarée deux fois.`);
    resources.set(id, { kind: list.name, element });
  }
  return { resources, errors };
}

function residErrors(root, resources) {
  const errors = [];
  for (const { element } of walk(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const resource = resources.get(resid);
    const expected = RESOURCE_KIND[element.name];
    if (!resource)
      errors.push(`<${element.name} resid="${resid}"> : aucune ressource « ${resid} ».`);
    else if (expected && resource.kind !== expected)
      errors.push(
        `<${element.name} resid="${resid}"> pointe vers ${resource.kind}, attendu ${expected}.`,
      );
  }
  return errors;
}

function localeErrors(root) {
  const errors = [];
  const defaultLocale = root.children.find((child) => child.name === 'DefaultLocale');
  if (!defaultLocale || defaultLocale.text.trim() !== 'fr-FR')
    errors.push('DefaultLocale doit être fr-FR (le français est la langue par défaut).');
  for (const { element, ancestors } of walk(root)) {
    const isString =
      element.name === 'bt:String' ||
      (ancestors.length === 1 && ['DisplayName', 'Description'].includes(element.name));
    if (!isString) continue;
    const english = overrides(element).some((override) => override.attrs.Locale === ENGLISH);
    if (!english) {
      const id = element.attrs.id ? ` « ${element.attrs.id} »` : '';
      errors.push(`<${element.name}>${id} n'a pas de traduction ${ENGLISH}.`);
    }
  }
  return errors;
}

/** The folder URL the add-in is served from: the task pane page's folder. */
function baseUrl(root) {
  const settings = root.children.find((child) => child.name === 'DefaultSettings');
  const source = settings?.children.find((child) => child.name === 'SourceLocation');
  const url = source?.attrs.DefaultValue;
  return url ? url.slice(0, url.lastIndexOf('/') + 1) : null;
}

function urlErrors(root, options, dir) {
  const errors = [];
  const base = baseUrl(root);
  if (!base) return ['DefaultSettings/SourceLocation est absent.'];
  const checked = new Set();
  const appDomains = [];
  for (const { element, ancestors } of walk(root)) {
    if (element.name === 'AppDomain') appDomains.push(element.text.trim());
    const role = URL_ELEMENTS[element.name];
    if (!role) continue;
    const parent = ancestors[ancestors.length - 1];
    // SourceLocation inside a ShowTaskpane action holds a resid, not a URL.
    if (element.name === 'SourceLocation' && parent?.name !== 'DefaultSettings') continue;
    for (const url of urlsOf(element)) {
      if (!url.startsWith('https://')) errors.push(`URL non https : ${url}`);
      if (options.production && /^https:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url))
        errors.push(`URL de développement dans un manifeste de production : ${url}`);
      const needsFile = role === 'image' || options.pages;
      const key = `${url}|${element.attrs.size ?? ''}|${element.name}`;
      if (!needsFile || checked.has(key)) continue;
      checked.add(key);
      if (!url.startsWith(base)) {
        errors.push(`URL hors du site du complément (${base}) : ${url}`);
        continue;
      }
      const relative = decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ''));
      const file = path.join(dir, relative);
      if (!fs.existsSync(file)) {
        errors.push(`Fichier manquant pour ${url} : ${path.relative(process.cwd(), file)}`);
        continue;
      }
      if (role === 'image') errors.push(...iconSizeErrors(element, ancestors, url, file));
    }
  }
  for (const domain of appDomains) {
    if (!domain.startsWith('https://')) errors.push(`AppDomain non https : ${domain}`);
    if (options.production && /^https:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(domain))
      errors.push(`AppDomain de développement dans un manifeste de production : ${domain}`);
  }
  return errors;
}

function iconSizeErrors(element, ancestors, url, file) {
  const size = pngSize(file);
  if (!size) return [`${url} n'est pas une image PNG.`];
  const parent = ancestors[ancestors.length - 1];
  const expected =
    APP_ICON_SIZE[element.name] ??
    (parent?.name === 'bt:Images' ? Number(/(\d+)x\1$/.exec(element.attrs.id ?? '')?.[1]) : NaN);
  if (!Number.isFinite(expected)) return [];
  if (size.width !== expected || size.height !== expected)
    return [`${url} mesure ${size.width}x${size.height} px, attendu ${expected}x${expected}.`];
  return [];
}

/** Icon references declared with a size (<bt:Image size="16" resid="...">) must match it. */
function iconReferenceErrors(root, resources) {
  const errors = [];
  for (const { element } of walk(root)) {
    if (element.name !== 'bt:Image' || element.attrs.resid === undefined) continue;
    const resource = resources.get(element.attrs.resid);
    const declared = /(\d+)x\1$/.exec(element.attrs.resid)?.[1];
    if (resource && declared && declared !== element.attrs.size)
      errors.push(
        `<bt:Image size="${element.attrs.size}" resid="${element.attrs.resid}"> : la taille ne correspond pas.`,
      );
  }
  return errors;
}

/**
 * @param {string} file the manifest
 * @param {{ production?: boolean, pages?: boolean }} [options]
 * @returns {{ errors: string[] }}
 */
function validateManifest(file, options = {}) {
  if (!fs.existsSync(file)) return { errors: [`Manifeste introuvable : ${file}`] };
  const errors = schemaErrors(file);
  const root = parseManifest(fs.readFileSync(file, 'utf8'));
  if (!root) return { errors: [...errors, 'Pas d’élément <OfficeApp>.'] };
  const { resources, errors: duplicateErrors } = resourceIndex(root);
  errors.push(
    ...duplicateErrors,
    ...residErrors(root, resources),
    ...iconReferenceErrors(root, resources),
    ...localeErrors(root),
    ...urlErrors(root, options, path.dirname(path.resolve(file))),
  );
  return { errors: [...new Set(errors)] };
}

const OPTIONS = {
  production: { type: 'boolean', short: 'p' },
  pages: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const USAGE = [
  'Utilisation\u00a0: node scripts/validate-manifest.js <manifeste.xml>... [-p | --production] [--pages]',
  '       npm run validate -- [-p | --production] [--pages]   (manifest.xml déjà indiqué)',
  '',
  'Valide un manifeste de complément Office hors ligne\u00a0: schémas XSD (xmllint), ressources, traductions en-US, adresses https, icônes.',
  '',
  'Options\u00a0:',
  '  -p, --production  refuse aussi les adresses de développement (localhost)',
  '  --pages           vérifie aussi que chaque page existe à côté du manifeste',
  '  -h, --help        affiche cette aide',
  '',
  'Code de sortie\u00a0: 0 manifeste valide, 1 problèmes trouvés, 2 arguments inutilisables.',
].join('\n');

/** The first quoted word of a parseArgs message: "Unknown option '--x'. To…" → "--x". */
function quotedOption(message) {
  return /'([^']*)'/.exec(message)?.[1].split(',')[0] ?? '';
}

/** Node's English parsing errors, as one French sentence. */
function argumentSentence(error) {
  const option = quotedOption(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return `Option inconnue « ${option} »\u00a0: les options sont -p (--production), --pages et -h (--help).`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--[a-z]+/.exec(error.message)?.[0] ?? option;
    return `L’option ${name} ne prend pas de valeur (--help pour l’aide).`;
  }
  throw error;
}

/**
 * @param {string[]} argv the arguments after the script's name
 * @returns {number} the exit code
 */
function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(argumentSentence(error));
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (files.length === 0) {
    console.error(
      'Indiquez le manifeste à valider, par exemple\u00a0: node scripts/validate-manifest.js manifest.xml (--help pour l’aide).',
    );
    return 2;
  }
  const options = { production: values.production === true, pages: values.pages === true };
  let failed = false;
  for (const file of files) {
    const { errors } = validateManifest(file, options);
    if (errors.length === 0) {
      console.log(`${file} : manifeste valide.`);
      continue;
    }
    failed = true;
    console.error(`${file} : ${errors.length} problème(s).`);
    for (const error of errors) console.error(`  - ${error}`);
  }
  return failed ? 1 : 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

module.exports = { validateManifest, main };
