#!/usr/bin/env node
/** The GitHub Action's entry point (see action.yml): reads INPUT_* and GITHUB_* from the environment. */
import { runAction } from './run.js';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout, cwd: process.cwd() });
