/** The preview server (scripts/preview-server.js) run as `npm run preview` runs it. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { PROJECT_ROOT } from './build';

export interface RunningServer {
  /** The task pane page, "http://localhost:PORT/taskpane.html". */
  readonly url: string;
  readonly stop: () => Promise<void>;
}

export function startServer(root: string): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [join(PROJECT_ROOT, 'scripts', 'preview-server.js'), '--port', '0', '--root', root],
    { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) {
        done();
        return;
      }
      child.once('exit', () => done());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Aperçu : (http:\/\/\S+)/.exec(output);
      if (match) resolve({ url: match[1], stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`preview server exited (${code}): ${output}`)));
  });
}
