import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { json } from '../src/formatters/json.js';
import { stylish } from '../src/formatters/stylish.js';
import { main } from '../src/main.js';
import { makeTree } from './support/tree.js';

const CONFIG = { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } };

/** A canonical page whose German page lacks every row: one finding per row. */
function page(rows: number): { en: string; de: string } {
  const body = Array.from({ length: rows }, (_, i) => `| Step ${i + 1} | Contoso${i} |`).join('\n');
  return { en: `# Steps\n\n| Step | Name |\n| --- | --- |\n${body}\n`, de: '# Schritte\n\n| Schritt | Name |\n| --- | --- |\n' };
}

/** A tree of `pages` pages whose report runs to hundreds of kilobytes. */
function largeTree(pages: number) {
  const files: Record<string, string | object> = { 'l10n-lint.config.json': CONFIG };
  for (let i = 0; i < pages; i++) {
    const { en, de } = page(40);
    files[`en/page-${i}.md`] = en;
    files[`de/page-${i}-de.md`] = de;
  }
  return makeTree(files);
}

async function run(args: string[], cwd: string) {
  const writes: string[] = [];
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => writes.push(text) }, stderr: { write: () => true } });
  return { code, writes };
}

describe('reports written in pieces', () => {
  it('json and stylish give, piece by piece, exactly the text they give whole: json one piece per file', async () => {
    const dir = makeTree({ 'l10n-lint.config.json': CONFIG, 'en/a.md': page(2).en, 'de/a-de.md': page(2).de, 'en/b.md': page(1).en, 'de/b-de.md': page(1).de, 'en/c.md': '# C\n', 'de/c-de.md': '# C\n' });
    const { writes } = await run(['--format', 'json'], dir);
    const { lint, loadConfig } = await import('../src/index.js');
    const result = await lint(loadConfig(dir));
    const context = { cwd: dir, color: true };
    const jsonPieces = [...(json.chunks?.(result, context) ?? [])];
    expect(jsonPieces).toHaveLength(result.results.length + 2);
    expect(jsonPieces.join('')).toBe(json(result, context));
    expect(JSON.parse(jsonPieces.join(''))).toEqual(JSON.parse(writes.join('')));
    const stylishPieces = [...(stylish.chunks?.(result, context) ?? [])];
    // A piece per file with findings, then the count.
    expect(result.results.filter((file) => file.findings.length > 0).map((file) => file.file)).toEqual(['de/a-de.md', 'de/b-de.md']);
    expect(stylishPieces).toHaveLength(3);
    expect(stylishPieces.join('')).toBe(stylish(result, context));
  });

  it('a large report goes to standard output in pieces of about 64 KiB, never whole, and ends with one line break', async () => {
    const dir = largeTree(60);
    const { code, writes } = await run(['--format', 'json'], dir);
    expect(code).toBe(1);
    const text = writes.join('');
    const report = JSON.parse(text) as { messages: unknown[] }[];
    expect(report).toHaveLength(120);
    expect(report.reduce((sum, file) => sum + file.messages.length, 0)).toBe(60 * 40);
    expect(text.length).toBeGreaterThan(4 * 65536);
    // The formatter's pieces (a file each), gathered until they reach 64 KiB, a write each.
    const { lint, loadConfig } = await import('../src/index.js');
    const pieces = [...(json.chunks?.(await lint(loadConfig(dir)), { cwd: dir, color: false }) ?? [])];
    const expected: string[] = [''];
    for (const piece of pieces) {
      if ((expected.at(-1) ?? '').length >= 65536) expected.push('');
      expected[expected.length - 1] += piece;
    }
    expected[expected.length - 1] += '\n';
    expect(expected.length).toBeGreaterThan(4);
    expect(writes).toEqual(expected);
  });

  it('--output-file gets the same text as standard output; an empty report leaves an empty file', async () => {
    const dir = largeTree(10);
    const { writes } = await run(['--format', 'stylish'], dir);
    await run(['--format', 'stylish', '--output-file', 'out/report.txt'], dir);
    expect(readFileSync(path.join(dir, 'out/report.txt'), 'utf8')).toBe(writes.join(''));
    const clean = makeTree({ 'l10n-lint.config.json': CONFIG, 'en/a.md': '# A\n', 'de/a-de.md': '# A\n' });
    const { code, writes: none } = await run(['--output-file', 'empty.txt'], clean);
    expect(code).toBe(0);
    expect(none).toEqual([]);
    expect(readFileSync(path.join(clean, 'empty.txt'), 'utf8')).toBe('');
  });
});
