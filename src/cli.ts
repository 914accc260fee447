#!/usr/bin/env node
import { enableCompileCache } from './compile-cache.js';
import { tuneHeap } from './heap-tuning.js';

// Before anything else runs (the command itself is loaded after it).
tuneHeap();
enableCompileCache();
const { main } = await import('./main.js');

// A reader that stops early (`l10n-lint | head`) closes the pipe: stop writing, quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
