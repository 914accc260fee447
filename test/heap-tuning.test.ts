import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS, tuneHeap } from '../src/heap-tuning.js';
import { runAction } from './action/support.js';
import { BIN, ROOT } from './support/bin.js';
import { makeTree } from './support/tree.js';

function tuned(execArgv: string[]): string[] {
  const set: string[] = [];
  expect(tuneHeap(execArgv, (flag) => set.push(flag))).toEqual(set);
  return set;
}

describe('tuneHeap', () => {
  it('sets the old generation to grow by half and marking on the collecting thread', () => {
    expect(HEAP_FLAGS).toEqual(['--heap-growing-percent=50', '--no-concurrent-marking']);
    expect(tuned([])).toEqual(['--heap-growing-percent=50', '--no-concurrent-marking']);
    expect(tuned(['--enable-source-maps', '--no-deprecation'])).toEqual(['--heap-growing-percent=50', '--no-concurrent-marking']);
  });

  it.each([
    [['--heap-growing-percent=100'], ['--no-concurrent-marking']],
    [['--heap_growing_percent', '0'], ['--no-concurrent-marking']],
    [['--concurrent-marking'], ['--heap-growing-percent=50']],
    [['--noconcurrent_marking'], ['--heap-growing-percent=50']],
    [['--no-concurrent-marking', '--heap-growing-percent=25'], []],
  ])('leaves what node was given on its command line (%j)', (execArgv, expected) => {
    expect(tuned(execArgv)).toEqual(expected);
  });
});

/** Forces full collections on so small a run, and prints the growing factor V8 picks after each. */
const TRACE_GROWTH = ['--trace-gc-verbose', '--gc-interval=20000'];

function growingFactorsIn(output: string): string[] {
  return [...output.matchAll(/\[HeapController\] Limit: .*\((\d+\.\d+)\)$/gm)].map((match) => match[1] ?? '');
}

/** The growing factors of a run of the bin on the example tree. */
function growingFactors(nodeFlags: string[]): string[] {
  const result = spawnSync(process.execPath, [...TRACE_GROWTH, ...nodeFlags, BIN], {
    cwd: path.join(ROOT, 'fixtures', 'example'),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.status).toBe(1);
  return growingFactorsIn(result.stdout);
}

describe('the command line', () => {
  it('tunes its heap before it runs', () => {
    const factors = growingFactors([]);
    expect(factors.length).toBeGreaterThan(0);
    expect(new Set(factors)).toEqual(new Set(['1.5']));
  });

  it('keeps a growing factor given to node', () => {
    const factors = growingFactors(['--heap-growing-percent=100']);
    expect(factors.length).toBeGreaterThan(0);
    expect(new Set(factors)).toEqual(new Set(['2.0']));
  });
});

describe('the GitHub Action entry point', () => {
  it('tunes its heap before it runs, as the command line does', () => {
    const workspace = makeTree({
      'l10n-lint.config.json': JSON.stringify({ sourceLocale: 'en', source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } }),
      'en/guide.md': '# Guide\n\nRead [the intro](intro.md).\n',
      'de/guide-de.md': '# Anleitung\n\nLies die Einleitung.\n',
      'en/intro.md': '# Intro\n',
    });
    const run = runAction(workspace, {}, undefined, TRACE_GROWTH);
    expect(run.stderr).toBe('');
    const factors = growingFactorsIn(run.stdout);
    expect(factors.length).toBeGreaterThan(0);
    expect(new Set(factors)).toEqual(new Set(['1.5']));
  });
});
