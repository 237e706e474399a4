#!/usr/bin/env node
'use strict';
// The `svarstid` command. The TypeScript sources are compiled to dist/ by `npm ci`/`npm run build`.
// Two V8 settings for a command that often runs briefly (`svarstid triage` on a batch, then exit), set
// before anything is compiled; neither changes what any code computes:
// - each regular expression is compiled to machine code at its first use, not first to bytecode and then
//   again at its second use: triage's case-insensitive Unicode patterns cost about a millisecond and a half
//   per letter class (\p{L}) to compile, and a 200-message run spent a fifth of its time compiling them;
// - functions get their type feedback at once, so the hot ones are optimised sooner.
// (bench/triage.ts measures the end-to-end run through this file.)
require('node:v8').setFlagsFromString('--no-regexp-tier-up --no-lazy-feedback-allocation');
require('../dist/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`svarstid: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 1; },
);
