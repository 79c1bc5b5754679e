/**
 * Serves the built add-in (dist/) on this computer only, for the browser preview: the task pane
 * opened outside Office runs on the sample dashboard or any workbook the agent opens. Every
 * response carries the security headers, the Content-Security-Policy first.
 *
 *   node scripts/preview-server.js [--port 3001] [--root dist]
 *
 * `--port 0` takes any free port. The address is printed on one line: "Aperçu : http://...".
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

/** The Office.js CDN, the only other origin the pages load a script from. */
const OFFICE_JS_ORIGIN = 'https://appsforoffice.microsoft.com';

/**
 * Scripts from this origin and the Office.js CDN only: no inline script, no eval. Fluent UI
 * writes its styles at run time (CSS-in-JS), hence 'unsafe-inline' for styles, and for styles
 * only. Workbooks are fetched from this origin and downloads are blob: URLs made by the page.
 * The built pages carry the same policy in a <meta> (webpack.config.js), which cannot hold
 * frame-ancestors: only this server's header adds it.
 */
const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_JS_ORIGIN}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const CONTENT_SECURITY_POLICY = `${PAGE_CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cache-Control': 'no-cache',
};

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const HOME = '/taskpane.html';

function send(response, status, body, headers = {}) {
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    ...headers,
  });
  response.end(body);
}

/** The file under `root` a request path names, or null when it would leave `root`. */
function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file.startsWith(root + path.sep) ? file : null;
}

function handle(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new globalThis.URL(request.url, 'http://localhost');
  if (pathname === '/') {
    send(response, 302, '', { Location: HOME });
    return;
  }
  const file = fileFor(root, pathname);
  if (!file) {
    send(response, 400, 'Bad request');
    return;
  }
  fs.stat(file, (error, stats) => {
    if (error || !stats.isFile()) {
      send(response, 404, 'Not found');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stats.size,
    });
    if (request.method === 'HEAD') response.end();
    else fs.createReadStream(file).pipe(response);
  });
}

/** Starts serving `root` on 127.0.0.1; resolves once listening, with the page's address. */
function startPreviewServer({ root = 'dist', port = 3001 } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((request, response) => handle(absoluteRoot, request, response));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://localhost:${address.port}${HOME}` });
    });
  });
}

function option(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const root = option(args, '--root', 'dist');
  const port = Number(option(args, '--port', process.env.PORT ?? '3001'));
  if (!fs.existsSync(path.join(root, HOME))) {
    console.error(
      `Aperçu impossible : ${path.join(root, HOME)} manque. Lancez d'abord npm run build.`,
    );
    process.exit(2);
  }
  startPreviewServer({ root, port }).then(
    ({ url }) => console.log(`Aperçu : ${url}`),
    (error) => {
      console.error(`Aperçu impossible : ${error.message}`);
      process.exit(2);
    },
  );
}

module.exports = {
  CONTENT_SECURITY_POLICY,
  PAGE_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  startPreviewServer,
};
