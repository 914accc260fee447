import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commitAll } from '../support/git.js';
import { makeTree } from '../support/tree.js';
import { PROJECT, runAction } from './support.js';

const VALIDATOR = path.join(PROJECT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
const INPUTS = ['config', 'paths', 'only-changed', 'fail-on', 'baseline', 'sarif-file', 'summary'];

function validate(file: string) {
  return spawnSync(process.execPath, [VALIDATOR, file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

/** A German page with 12 errors (doubled heading spaces) and 12 warnings (untranslated paragraphs). */
function tree() {
  const en = ['# Guide', ''];
  const de = ['# Anleitung', ''];
  for (let i = 1; i <= 12; i++) {
    const paragraph = `Open the settings page and choose the option you need for step ${i}.`;
    en.push(`## Section ${i}`, '', paragraph, '');
    de.push(`##  Abschnitt ${i}`, '', paragraph, '');
  }
  return makeTree({
    'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } },
    'en/guide.md': en.join('\n'),
    'de/guide-de.md': de.join('\n'),
    'en/other.md': '# Other\n\nSome text to translate here.\n',
    'de/other-de.md': '# Anderes\n\nEin wenig Text, übersetzt.\n',
  });
}

describe('action.yml', () => {
  it('is a valid action for the schema-aware validator, and so is the example workflow', () => {
    for (const file of ['action.yml', 'docs/github-workflow-example.yml']) {
      const result = validate(path.join(PROJECT, file));
      expect(result.stdout + result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it('is refused by the validator when broken (so the check above can fail)', () => {
    const broken = readFileSync(path.join(PROJECT, 'action.yml'), 'utf8').replace('using: composite', 'using: compost');
    const file = path.join(makeTree({}), 'action.yml');
    writeFileSync(file, broken);
    expect(validate(file).status).toBe(1);
  });

  it('declares the inputs and outputs the entry point reads and writes, passed as GitHub passes them', () => {
    const action = parse(readFileSync(path.join(PROJECT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, unknown>;
      outputs: Record<string, { value: string }>;
      runs: { using: string; steps: Array<{ id?: string; env?: Record<string, string>; run: string }> };
    };
    expect(Object.keys(action.inputs)).toEqual(INPUTS);
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps.find((s) => s.id === 'lint');
    expect(step?.env).toEqual(Object.fromEntries(INPUTS.map((name) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, `\${{ inputs.${name} }}`])));
    expect(step?.run).toBe('node "$GITHUB_ACTION_PATH/dist/src/action/main.js"');
    expect(Object.fromEntries(Object.entries(action.outputs).map(([name, output]) => [name, output.value]))).toEqual({
      'error-count': '${{ steps.lint.outputs.error-count }}',
      'warning-count': '${{ steps.lint.outputs.warning-count }}',
      'sarif-file': '${{ steps.lint.outputs.sarif-file }}',
    });
  });
});

describe('the action entry point', () => {
  it('shows 10 errors and 10 warnings as annotations, errors first, and counts the rest in the summary', () => {
    const dir = tree();
    const run = runAction(dir, {});
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.map((line) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(line)?.slice(1).join(' '))).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error de/guide-de.md ${3 + 4 * i}`),
      ...Array.from({ length: 10 }, (_, i) => `warning de/guide-de.md ${5 + 4 * i}`),
    ]);
    expect(run.output).toBe('error-count=12\nwarning-count=12\nsarif-file=\n');
    expect(run.summary.split('\n').slice(0, 3)).toEqual([
      '### l10n-lint: 12 errors, 12 warnings in 1 of 4 files',
      '',
      'Linted every page. Annotations show the first 20 of 24 findings (GitHub shows at most 10 errors and 10 warnings per step): 2 more errors and 2 more warnings are listed below.',
    ]);
    expect(run.summary.split('\n').filter((line) => line.startsWith('| de/guide-de.md |'))).toHaveLength(24);
  });

  it('fails on warnings only when asked, never when told never, and leaves out the summary when told', () => {
    const dir = tree();
    writeFileSync(path.join(dir, 'de/guide-de.md'), readFileSync(path.join(dir, 'de/guide-de.md'), 'utf8').replace(/##  /g, '## '));
    expect(runAction(dir, {}).code).toBe(0);
    expect(runAction(dir, { 'fail-on': 'warning' }).code).toBe(1);
    // As action.yml passes them: INPUT_FAIL_ON.
    const never = runAction(dir, { fail_on: 'never', summary: 'false' });
    expect(never.code).toBe(0);
    expect(never.summary).toBe('');
    expect(never.output).toBe('error-count=0\nwarning-count=12\nsarif-file=\n');
  });

  it('lints the paths given, one per line', () => {
    const dir = tree();
    const run = runAction(dir, { paths: 'de/other-de.md\n' });
    expect(run).toMatchObject({ code: 0, stdout: '', output: 'error-count=0\nwarning-count=0\nsarif-file=\n' });
    expect(run.summary).toBe('### l10n-lint: no problems in 2 files\n\nLinted every page.\n');
  });

  it('on a push, with only-changed, lints the pages the push changed', () => {
    const dir = tree();
    const before = commitAll(dir, 'docs', true);
    writeFileSync(path.join(dir, 'de/other-de.md'), '# Anderes\n\n##  Neu\n\nEin wenig Text, übersetzt.\n');
    const after = commitAll(dir, 'change');
    const run = runAction(dir, { 'only-changed': 'true' }, { name: 'push', payload: { before, after } });
    expect(run.stdout).toBe(
      '::error file=de/other-de.md,line=3,endLine=3,col=1,endColumn=8,title=l10n-lint (headings)::Extra heading: level 2 "Neu" has no counterpart in the canonical page\n' +
        '::error file=de/other-de.md,line=3,endLine=3,col=4,endColumn=5,title=l10n-lint (heading-spaces)::Heading "Neu" has 2 spaces after its # marker instead of one, as translation tools often leave them (Markdown linters report this too). Delete the extra space\n',
    );
    expect(run.summary).toContain('Linted the pages changed in the push (1 page with their counterparts).');
  });

  it('with only-changed and paths, lints the changed pages among the paths', () => {
    const dir = tree();
    const before = commitAll(dir, 'docs', true);
    writeFileSync(path.join(dir, 'de/other-de.md'), '# Anderes\n\n##  Neu\n\nEin wenig Text, übersetzt.\n');
    writeFileSync(path.join(dir, 'en/guide.md'), readFileSync(path.join(dir, 'en/guide.md'), 'utf8') + '\nOne more paragraph.\n');
    const after = commitAll(dir, 'change');
    const run = runAction(dir, { 'only-changed': 'true', paths: 'de' }, { name: 'push', payload: { before, after } });
    expect(run.output).toBe('error-count=2\nwarning-count=0\nsarif-file=\n');
    expect(run.stdout.trim().split('\n').every((line) => line.includes('file=de/other-de.md,'))).toBe(true);
  });

  it('explains a base commit missing from a shallow checkout', () => {
    const dir = tree();
    const head = commitAll(dir, 'docs', true);
    const run = runAction(dir, { 'only-changed': 'true' }, { name: 'pull_request', payload: { pull_request: { number: 3, base: { sha: 'c'.repeat(40) }, head: { sha: head } } } });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^::error title=l10n-lint::changes between cccccccccccc and [0-9a-f]{12}: git cannot compare them \(the checkout needs both commits: use actions\/checkout with fetch-depth: 0\): fatal: /);
  });

  it('says what is wrong with its inputs or the config, as an error annotation, exit 2', () => {
    const dir = tree();
    expect(runAction(dir, { 'fail-on': 'sometimes' })).toMatchObject({ code: 2, stdout: '::error title=l10n-lint::input fail-on: expected error, warning or never, got "sometimes"\n' });
    expect(runAction(dir, { 'only-changed': 'yes' })).toMatchObject({ code: 2, stdout: '::error title=l10n-lint::input only-changed: expected true or false, got "yes"\n' });
    const missing = runAction(dir, { config: 'nope.json' });
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/^::error title=l10n-lint::.*nope\.json.*\n$/);
    const notGit = runAction(dir, { 'only-changed': 'true' }, { name: 'pull_request', payload: { pull_request: { number: 1, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } } });
    expect(notGit.code).toBe(2);
    expect(notGit.stdout).toMatch(/^::error title=l10n-lint::changes between aaaaaaaaaaaa and bbbbbbbbbbbb: .* is not in a git repository: fatal: not a git repository/);
  });
});
