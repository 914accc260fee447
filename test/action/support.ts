import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTree } from '../support/tree.js';

export const PROJECT = path.resolve(import.meta.dirname, '..', '..');
const ENTRY = path.join(PROJECT, 'dist', 'src', 'action', 'main.js');

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  output: string;
}

/**
 * Runs the built action entry point as GitHub runs it: in the workspace, with INPUT_*
 * variables, the step summary and output files, and the event file (and these flags
 * given to node).
 */
export function runAction(workspace: string, inputs: Record<string, string>, event?: { name: string; payload: object }, nodeFlags: string[] = []): ActionRun {
  const files = makeTree({});
  const summary = path.join(files, 'step_summary.md');
  const output = path.join(files, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
  };
  if (event) {
    env.GITHUB_EVENT_NAME = event.name;
    env.GITHUB_EVENT_PATH = path.join(files, 'event.json');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(event.payload));
  }
  const run = spawnSync(process.execPath, [...nodeFlags, ENTRY], { cwd: workspace, env, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}
