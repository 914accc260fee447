#!/usr/bin/env node
/** The GitHub Action's entry point (see action.yml): reads INPUT_* and GITHUB_* from the environment. */
import { tuneHeap } from '../heap-tuning.js';

// Before anything else runs, as the command line does (the action is loaded after it).
tuneHeap();
const { runAction } = await import('./run.js');

process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
