#!/usr/bin/env node
// Runs the kg CLI straight from src/ (TypeScript transpiled on the fly, no type check), so the
// Neo4j and CLI tests exercise the command as the source stands, never a stale dist/.
// Transpiling the whole CLI costs ~4 s of CPU per run, so each module's output is cached by the
// hash of its source and TypeScript's version (in the system's temp folder); typescript loads
// only on a miss.
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CACHE = path.join(os.tmpdir(), 'news-kg-ts-cache');
const TS_VERSION = require('typescript/package.json').version;
let ts;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      resolveJsonModule: true,
      sourceMap: false,
    },
  }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha1').update(`${TS_VERSION}\0${filename}\0${source}`).digest('hex');
  const cached = path.join(CACHE, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, 'utf8');
  } catch {
    output = transpile(source, filename);
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const tmp = `${cached}.${process.pid}`;
      fs.writeFileSync(tmp, output);
      fs.renameSync(tmp, cached); // atomic: a parallel run never reads half a file
    } catch {
      // no writable temp folder: no cache, same output
    }
  }
  module._compile(output, filename);
};

require('../../src/cli/main.ts')
  .run(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
