#!/usr/bin/env node
// The command is compiled from src/cli into lib/ by `npm ci` (the "prepare" script).
require('../lib/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
