#!/usr/bin/env node
// The `kg` command: a thin shim over the compiled CLI (run `npm run build` after editing src/).
'use strict';
require('../dist/src/cli/main.js')
  .run(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
