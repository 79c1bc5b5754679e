/**
 * Runs jest and ends with the one line CI reads: "N passed, N failed".
 * Extra arguments go to jest (a project, a path pattern).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const resultsFile = path.join(
  fs.mkdtempSync(path.join(os.tmpdir(), 'qualepref-jest-')),
  'results.json',
);
const jest = spawnSync(
  process.execPath,
  [
    require.resolve('jest/bin/jest'),
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
} else {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(jest.status === 0 && failed === 0 ? 0 : 1);
