#!/usr/bin/env node
// The command line as `tsc` compiles it (dist/src/cli.js). The package's bin is the
// bundle of `bin.ts`, which runs the same `main`.
import { runCommandLine } from './command-line.js';
import { enableCompileCache } from './compile-cache.js';
import { tuneHeap } from './heap-tuning.js';

// Before anything else runs (the command itself is loaded after it).
tuneHeap();
enableCompileCache();
const { main } = await import('./main.js');
await runCommandLine(main);
