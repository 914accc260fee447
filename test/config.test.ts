import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { main } from '../src/main.js';
import { makeTree } from './support/tree.js';

const VALID = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' } };

async function errorOf(files: Record<string, string | object>, args: string[] = []): Promise<string> {
  const dir = makeTree(files);
  let stderr = '';
  const code = await main(args, { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } });
  expect(code).toBe(2);
  return stderr;
}

describe('configuration', () => {
  it('is found from the working directory upward, and patterns are relative to its folder', () => {
    const dir = makeTree({ 'l10n-lint.config.json': VALID });
    mkdirSync(path.join(dir, 'de', 'deep'), { recursive: true });
    const config = loadConfig(path.join(dir, 'de', 'deep'));
    expect(config.file).toBe(path.join(dir, 'l10n-lint.config.json'));
    expect(config.root).toBe(dir);
    expect(config.locales.map((l) => [l.code, l.patterns.map((p) => p.source)])).toEqual([['de', ['de/{path}.md']]]);
  });

  it('may be YAML, and may move the root', () => {
    const dir = makeTree({ 'l10n-lint.config.yaml': 'root: docs\nsource: en/{path}.md\nlocales:\n  de:\n    - de/{path}-de.md\n    - "de/{path}.md"\n' });
    const config = loadConfig(dir);
    expect(config.root).toBe(path.join(dir, 'docs'));
    expect(config.locales[0]?.patterns.map((p) => p.format('a/b'))).toEqual(['de/a/b-de.md', 'de/a/b.md']);
  });

  it('replaces {locale} in patterns with the locale code', () => {
    const dir = makeTree({ 'l10n-lint.config.json': { source: 'content/en/{path}.md', locales: { de: 'content/{locale}/{path}.md' } } });
    expect(loadConfig(dir).locales[0]?.patterns[0]?.format('x')).toBe('content/de/x.md');
  });

  it('names the file and the key of every problem', async () => {
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, sorce: 'x' } })).toBe(
      'l10n-lint: l10n-lint.config.json: invalid configuration:\n  - the top level: unknown key "sorce"\n',
    );
    expect(await errorOf({ 'l10n-lint.config.json': { locales: { de: 'de/{path}.md' } } })).toBe(
      'l10n-lint: l10n-lint.config.json: invalid configuration:\n  - the top level: missing key "source"\n',
    );
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, locales: { de: 'de/page.md' } } })).toContain('"locales.de": must contain {path}');
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, rules: { headings: 'loud' } } })).toContain('"rules.headings": must be one of "error", "warn", "off", 2, 1, 0');
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, ignore: 'toc.yml' } })).toContain('"ignore": must be array');
  });

  it('rejects unknown rules and bad rule options, naming the rule and the option', async () => {
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, rules: { 'table-row': 'error' } } })).toContain(
      'l10n-lint: l10n-lint.config.json: unknown rule "table-row"',
    );
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, rules: { code: ['error', { indented: 'yes' }] } } })).toBe(
      'l10n-lint: l10n-lint.config.json: rule "code": "indented": must be boolean\n',
    );
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, rules: { code: ['error', { colour: true }] } } })).toBe(
      'l10n-lint: l10n-lint.config.json: rule "code": options: unknown key "colour"\n',
    );
    expect(await errorOf({ 'l10n-lint.config.json': { ...VALID, rules: { headings: ['error', { x: 1 }] } } })).toBe(
      'l10n-lint: l10n-lint.config.json: rule "headings" takes no options\n',
    );
  });

  it('says so when the file does not parse, or is missing', async () => {
    expect(await errorOf({ 'l10n-lint.config.json': '{ "source": ' })).toMatch(/^l10n-lint: l10n-lint.config.json: the config file does not parse: /);
    expect(await errorOf({ 'l10n-lint.config.yml': 'source: [\n' })).toMatch(/^l10n-lint: l10n-lint.config.yml: the config file does not parse: /);
    expect(await errorOf({ 'x.md': '' }, ['--config', 'nope.json'])).toBe('l10n-lint: nope.json: config file not found\n');
  });
});
