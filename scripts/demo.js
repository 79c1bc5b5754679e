/**
 * `npm run demo`: fills the embedded sample dashboard into out/ and prints its report.
 * The sample really has one error to correct (January of row 22 left blank), so the command's
 * exit code 1 ("errors to correct") is the expected outcome here; only 2 (unusable input) fails.
 */
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const run = spawnSync(
  process.execPath,
  [
    path.join(root, 'bin', 'qualepref.js'),
    'fill',
    path.join('samples', 'tableau-de-bord-2020-aix.xlsx'),
    '-o',
    path.join('out', 'tableau-de-bord-2020-aix.controle.xlsx'),
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(run.status === 0 || run.status === 1 ? 0 : (run.status ?? 2));
