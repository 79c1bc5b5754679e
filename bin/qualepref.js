#!/usr/bin/env node
// The command is built from src/cli into lib/cli/qualepref.js by `npm ci` (the "prepare" script).
require('../lib/cli/qualepref.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // Once everything written has left (a pipe may still be taking it), exit at once rather
    // than wait for Node to wind down the event loop: a few milliseconds on every run.
    const exitWhenWritten = () => {
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0)
        process.exit(code);
      else setImmediate(exitWhenWritten);
    };
    exitWhenWritten();
  });
