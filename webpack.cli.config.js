/**
 * Builds the command line into one file, lib/cli/qualepref.js (`npm ci` runs it: the "prepare"
 * script). One file rather than the hundred modules tsc writes: Node then reads and compiles one
 * script, which takes a tenth off the start of every `qualepref` run. Not minified, so that an
 * unexpected error's stack still names our functions. It stays in lib/cli/ because the command
 * reads its version from ../../package.json.
 */
const path = require('node:path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.resolve(__dirname, 'src/cli/main.ts'),
  output: {
    path: path.resolve(__dirname, 'lib/cli'),
    filename: 'qualepref.js',
    library: { type: 'commonjs2' },
    clean: true,
  },
  // The real directory of the file, for the version lookup.
  node: { __dirname: false },
  resolve: {
    extensions: ['.ts', '.js'],
    // fflate loaded on first use (src/cli/lazy-fflate.ts), which gives the functions src/
    // imports from it: tests/cli/lazy-fflate.test.ts holds the two lists equal.
    alias: { fflate$: path.resolve(__dirname, 'src/cli/lazy-fflate.ts') },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          // Types are checked by `npm run typecheck`.
          options: {
            transpileOnly: true,
            configFile: path.resolve(__dirname, 'tsconfig.cli.json'),
          },
        },
      },
    ],
  },
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
