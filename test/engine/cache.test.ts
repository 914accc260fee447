import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lint, type LintResult } from '../../src/engine/lint.js';

const example = path.join(import.meta.dirname, '..', '..', 'fixtures', 'example');
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the example project, with a cache folder beside it. */
function project() {
  const dir = mkdtempSync(path.join(tmpdir(), 'l10n-lint-cache-'));
  made.push(dir);
  cpSync(example, path.join(dir, 'docs'), { recursive: true });
  const config = loadConfig(dir, path.join(dir, 'docs', 'l10n-lint.config.json'));
  const cache = path.join(dir, 'cache');
  return { dir, config, cache, root: path.join(dir, 'docs') };
}

const entries = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

/** A findings entry: its first line (JSON), then each file's findings, as many bytes as the line says. */
function groupEntry(file: string) {
  const bytes = readFileSync(file);
  const end = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.subarray(0, end).toString()) as { value: { findings: [string, number][]; bytes: string } };
  let at = end + 1;
  const lists = header.value.findings.map(([, length]) => JSON.parse(bytes.subarray(at, (at += length)).toString()) as { message: string }[]);
  return { header, lists };
}

/** Writes a findings entry with these lists, their lengths and hash in its first line. */
function writeGroupEntry(file: string, header: ReturnType<typeof groupEntry>['header'], lists: Buffer[]): void {
  const body = Buffer.concat(lists);
  header.value.findings = header.value.findings.map(([name], i) => [name, (lists[i] as Buffer).length]);
  header.value.bytes = createHash('sha256').update(body).digest('hex');
  writeFileSync(file, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), body]));
}

const lines = (result: LintResult) => result.results.flatMap((r) => r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`));

describe('--cache', () => {
  it('gives the same result cold and warm as without a cache, and keeps models and findings', async () => {
    const { config, cache } = project();
    const plain = await lint(config, { workers: 0 });
    expect(await lint(config, { workers: 0, cache })).toEqual(plain);
    expect(entries(path.join(cache, 'models')).length).toBe(plain.results.length);
    expect(entries(path.join(cache, 'findings')).length).toBeGreaterThan(0);
    expect(await lint(config, { workers: 0, cache })).toEqual(plain);
  });

  it('takes findings from the cache on a warm run, and checks again a group whose page changed', async () => {
    const { config, cache, root } = project();
    const cold = await lint(config, { workers: 0, cache });
    // Proof that the warm run reads the cache: an entry's findings, altered (with their hash), come out as stored.
    for (const file of entries(path.join(cache, 'findings'))) {
      const { header, lists } = groupEntry(file);
      const altered = lists.map((list) => Buffer.from(JSON.stringify(list.map((finding) => ({ ...finding, message: 'from the cache' })))));
      writeGroupEntry(file, header, altered);
    }
    const warm = await lint(config, { workers: 0, cache });
    expect(warm.results.flatMap((r) => r.findings).filter((f) => f.message !== 'from the cache').map((f) => f.ruleId)).toEqual(
      cold.results.flatMap((r) => r.findings).filter((f) => ['missing-translation', 'orphaned-page', 'stray-file'].includes(f.ruleId)).map((f) => f.ruleId),
    );
    // A changed translation: its group is checked again, the others still come from the cache.
    const changed = path.join(root, 'de', 'getting-started-de.md');
    writeFileSync(changed, readFileSync(changed, 'utf8') + '\nNeuer Absatz mit 42.\n');
    const after = await lint(config, { workers: 0, cache });
    const fresh = after.results.filter((r) => r.file.endsWith('getting-started-de.md') || r.file === 'en/getting-started.md');
    expect(fresh.flatMap((r) => r.findings).some((f) => f.message === 'from the cache')).toBe(false);
    expect(after.results.find((r) => r.file === 'de/troubleshooting-de.md')?.findings.some((f) => f.message === 'from the cache')).toBe(true);
  });

  it('ignores and rebuilds corrupt and foreign entries', async () => {
    const { config, cache } = project();
    const plain = await lint(config, { workers: 0 });
    await lint(config, { workers: 0, cache });
    const all = entries(cache);
    all.forEach((file, i) => {
      const first = readFileSync(file, 'utf8').split('\n')[0] as string;
      if (i % 3 === 0) writeFileSync(file, '{"format": "l10n-lint-cache/2", "value": {trunc');
      else if (i % 3 === 1) writeFileSync(file, JSON.stringify({ format: 'someone-else/9', version: '0.0.0', key: 'x', value: { findings: [], files: {}, exists: {}, pages: {} } }));
      else writeFileSync(file, readFileSync(file, 'utf8').replace(first, JSON.stringify({ ...JSON.parse(first), version: '0.0.0-other' })));
    });
    expect(await lint(config, { workers: 0, cache })).toEqual(plain);
    // Rebuilt: every entry is ours again.
    for (const file of entries(cache)) expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0] as string).format).toBe('l10n-lint-cache/2');
    expect(await lint(config, { workers: 0, cache })).toEqual(plain);
  });

  it('does not trust a findings entry whose bytes were changed, cut short or lengthened', async () => {
    const { config, cache } = project();
    const plain = await lint(config, { workers: 0 });
    await lint(config, { workers: 0, cache });
    const findings = entries(path.join(cache, 'findings')).filter((file) => groupEntry(file).lists.length > 0);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    findings.forEach((file, i) => {
      const bytes = readFileSync(file);
      const body = bytes.indexOf(0x0a) + 1;
      // A message's first letter changed (still valid JSON of the same length); the last byte gone; a byte more.
      if (i % 3 === 0) {
        const letter = bytes.indexOf('"message":"', body) + '"message":"'.length;
        expect(String.fromCharCode(bytes[letter] as number)).toMatch(/[A-WYZa-z]/);
        bytes[letter] = 'X'.charCodeAt(0);
        writeFileSync(file, bytes);
      }
      else if (i % 3 === 1) writeFileSync(file, bytes.subarray(0, bytes.length - 1));
      else writeFileSync(file, Buffer.concat([bytes, Buffer.from(' ')]));
    });
    expect(await lint(config, { workers: 0, cache })).toEqual(plain);
  });

  it('checks again when a file a link points to is gone, or the configuration changed', async () => {
    const { config, cache, root } = project();
    const before = await lint(config, { workers: 0, cache });
    // de/index.md links to it; the group of de/index.md is unchanged.
    unlinkSync(path.join(root, 'de', 'admin', 'retention-policies-de.md'));
    const after = await lint(config, { workers: 0, cache });
    expect(after).toEqual(await lint(config, { workers: 0 }));
    const linksIn = (result: LintResult, file: string) => lines(result).filter((line) => line.startsWith(file) && line.endsWith(' links'));
    expect(linksIn(before, 'de/index.md')).toEqual([]);
    expect(linksIn(after, 'de/index.md').length).toBeGreaterThan(0);
    const withRule = await lint(config, { workers: 0, cache, rules: { links: 'off' } });
    expect(lines(withRule).some((line) => line.endsWith(' links'))).toBe(false);
  });
});
