#!/usr/bin/env node
// `npm run junheng -- …`, `npm run demo` and the `junheng` bin: runs the bundled
// command line (dist/cli/junheng.js), building it first when it is missing or
// older than the sources, so a fresh clone and an edited checkout both just work.
const { BUNDLE, buildCli, cliIsStale } = require('./build-cli');

if (cliIsStale()) buildCli();
require(BUNDLE);
