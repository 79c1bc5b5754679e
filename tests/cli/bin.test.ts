/**
 * The command as installed: bin/qualepref.js running the bundle that `npm ci` builds
 * (lib/cli/qualepref.js, webpack.cli.config.js). The other command-line tests run src/cli
 * itself; this one proves the bundle and the way bin/ exits give the same answers, whole,
 * through pipes read slowly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'qualepref.js');
const BUNDLE = join(ROOT, 'lib', 'cli', 'qualepref.js');
const SAMPLE = join(ROOT, 'samples', 'tableau-de-bord-2020-aix.xlsx');
const ENTRY = `require('./src/cli/main').main(process.argv.slice(1)).then((code) => { process.exitCode = code; })`;

function fromSource(args: readonly string[]) {
  const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', ENTRY, '--', ...args], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout };
}

/**
 * bin/qualepref.js with its standard output read by a reader that starts late, through a real
 * pipe: what the command writes waits in the pipe, and it must not exit before it has left.
 */
function fromBin(args: readonly string[]): { code: number | null; stdout: Buffer } {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ');
  const run = spawnSync('bash', ['-c', `${quoted} | (sleep 0.3; cat); exit \${PIPESTATUS[0]}`], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout };
}

describe('bin/qualepref.js, on the bundle npm ci builds', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE))
      throw new Error(`${BUNDLE} is missing: npm ci builds it, or run npm run build:cli`);
  });

  it('knows its version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = fromBin(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8').trim()).toBe(version);
  });

  it('gives the whole JSON report and exit code the source gives', () => {
    const args = ['check', SAMPLE, '--json'];
    const bin = fromBin(args);
    const source = fromSource(args);
    expect(bin.code).toBe(1);
    expect(bin.code).toBe(source.code);
    expect(JSON.parse(bin.stdout.toString('utf8'))).toEqual(
      JSON.parse(source.stdout.toString('utf8')),
    );
  });

  it('writes the same whole workbook to a pipe with -o -', () => {
    const args = ['fill', SAMPLE, '-o', '-'];
    const bin = fromBin(args);
    expect(bin.code).toBe(1);
    expect(bin.stdout.equals(fromSource(args).stdout)).toBe(true);
  });
});
