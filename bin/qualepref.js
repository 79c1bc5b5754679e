#!/usr/bin/env node
// The command is built from src/cli into lib/cli/qualepref.js by `npm ci` (the "prepare" script).
require('../lib/cli/qualepref.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
