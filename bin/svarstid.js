#!/usr/bin/env node
'use strict';
// The `svarstid` command. The TypeScript sources are compiled to dist/ by `npm ci`/`npm run build`.
require('../dist/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`svarstid: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
