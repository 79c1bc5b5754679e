/**
 * Builds the add-in into dist/: the task pane (taskpane.html + its script), the ribbon's function
 * file (commands.html, no React) and its notice dialog, the icons and help page, and the manifest.
 *
 *   npm run build                       production build; the manifest keeps https://localhost:3000/
 *   ADDIN_URL=https://intranet.example/qualepref/ npm run build
 *                                       production build whose manifest points at that address
 *   npm run dev-server                  https://localhost:3000 with the Office dev certificates
 *
 * ADDIN_URL is where dist/ will be served from (https only). `--env outDir=...` builds elsewhere
 * (the build test and the end-to-end tests do).
 *
 * Production pages carry the Content-Security-Policy of scripts/preview-server.js in a <meta>
 * (scripts from this origin and the Office.js CDN only, no inline script, no eval). The sample
 * dashboard is copied beside the pages: the browser preview opens it first.
 */
const path = require('node:path');
const { URL } = require('node:url');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { PAGE_CONTENT_SECURITY_POLICY } = require('./scripts/preview-server');

const DEV_URL = 'https://localhost:3000/';
const DEV_ORIGIN = 'https://localhost:3000';

/** ADDIN_URL as "https://host/path/" (trailing slash), or null when unset. */
function productionUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL n'est pas une adresse valide : ${raw}`);
  }
  if (url.protocol !== 'https:')
    throw new Error(`ADDIN_URL doit être une adresse https:// (Office l'exige) : ${raw}`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** The manifest with the development address replaced by the production one. */
function rewriteManifest(content, addinUrl) {
  if (!addinUrl) return content;
  const origin = new URL(addinUrl).origin;
  return content.toString().split(DEV_URL).join(addinUrl).split(DEV_ORIGIN).join(origin);
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const addinUrl = dev ? null : productionUrl();
  if (!dev && !addinUrl)
    console.warn(
      'ADDIN_URL non défini : dist/manifest.xml garde https://localhost:3000/ (à définir pour un déploiement).',
    );
  // Production only: the end-to-end tests check the policy on the production build; development
  // builds stay unconstrained for debugging.
  const meta = dev
    ? {}
    : {
        csp: { 'http-equiv': 'Content-Security-Policy', content: PAGE_CONTENT_SECURITY_POLICY },
      };
  const page = (name, chunk, template) =>
    new HtmlWebpackPlugin({
      filename: name,
      template,
      chunks: [chunk],
      scriptLoading: 'defer',
      meta,
    });

  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      notice: './src/commands/notice.ts',
    },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist'),
      // Office caches add-in files hard: a new build must get new names.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; ES modules let webpack drop unused code
            // and split the preview's file engine into its own chunk.
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: dev, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', 'taskpane', './src/taskpane/taskpane.html'),
      page('commands.html', 'commands', './src/commands/commands.html'),
      page('notice.html', 'notice', './src/commands/notice.html'),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/aide.html', to: 'assets/aide.html' },
          {
            from: 'samples/tableau-de-bord-2020-aix.xlsx',
            to: 'tableau-de-bord-2020-aix.xlsx',
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => rewriteManifest(content, addinUrl),
          },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // The browser preview's file engine (src/xlsx with fflate and saxes), loaded on
          // demand with the preview and kept in a chunk of its own for its size budget.
          fileEngine: {
            test: /[\\/](src[\\/]xlsx|node_modules[\\/](fflate|saxes|xmlchars))[\\/]/,
            name: 'file-engine',
            chunks: 'async',
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE
      ? {
          port: 3000,
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
        }
      : undefined,
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.productionUrl = productionUrl;
