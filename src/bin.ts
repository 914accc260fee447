#!/usr/bin/env node
// The package's bin (dist/bundle/cli.js): loads the program (dist/bundle/program.cjs)
// with the code cache the build made for it, and runs it.
import { fileURLToPath } from 'node:url';
import { runCommandLine } from './command-line.js';
import { enableCompileCache } from './compile-cache.js';
import { tuneHeap } from './heap-tuning.js';
import { loadProgram } from './program-loader.js';
import type * as Program from './program.js';

// Before anything else runs (the program itself is loaded after it).
tuneHeap();
enableCompileCache();
const { exports: program } = loadProgram<typeof Program>(fileURLToPath(new URL('./program.cjs', import.meta.url)));
program.setModuleImporter((specifier) => import(specifier));
await runCommandLine(program.main);
