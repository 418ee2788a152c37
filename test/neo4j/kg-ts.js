#!/usr/bin/env node
// Runs the kg CLI straight from src/ (TypeScript transpiled on the fly, no type check), so the
// Neo4j tests exercise the command as the source stands, never a stale dist/.
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
      sourceMap: false,
    },
  });
  module._compile(outputText, filename);
};

require('../../src/cli/main.ts')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
