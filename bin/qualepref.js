#!/usr/bin/env node
// The command is built from src/cli into lib/cli/ by `npm ci` (the "prepare" script).
require('./load-bundle.js')
  .loadBundle()
  .exports.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
    // Once everything written has left (an empty write's callback runs after the writes before
    // it, even on a closed pipe), exit at once rather than wait for Node to wind down the event
    // loop: a few milliseconds on every run.
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  });
