import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load.js';
import { lint } from '../src/engine/lint.js';
import { main } from '../src/main.js';
import { mergeReports } from '../src/merge/merge.js';
import { makeTree } from './support/tree.js';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

const example = path.join(import.meta.dirname, '..', 'fixtures', 'example', 'l10n-lint.config.json');

describe('--shard and merge', () => {
  it('merges the json reports of 3 shards into exactly the report of one run', async () => {
    const dir = makeTree({});
    const whole = await run(['-c', example, '-f', 'json', '-o', path.join(dir, 'whole.json')], dir);
    expect(whole.code).toBe(1);
    const parts: string[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const part = path.join(dir, `part-${shard[0]}.json`);
      await run(['-c', example, '-f', 'json', '--shard', shard, '-o', part], dir);
      parts.push(part);
    }
    const sizes = parts.map((part) => (JSON.parse(readFileSync(part, 'utf8')) as unknown[]).length);
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe((JSON.parse(readFileSync(path.join(dir, 'whole.json'), 'utf8')) as unknown[]).length);
    const merged = await run(['merge', '-o', 'merged.json', ...parts.reverse()], dir);
    expect(merged).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(readFileSync(path.join(dir, 'merged.json'), 'utf8')).toBe(readFileSync(path.join(dir, 'whole.json'), 'utf8'));
  }, 60_000);

  it('keeps a canonical page and its translations in one shard, every file in exactly one', async () => {
    const config = loadConfig(process.cwd(), example);
    const whole = await lint(config);
    const shards = [await lint(config, { shard: { index: 1, count: 2 } }), await lint(config, { shard: { index: 2, count: 2 } })];
    const shardOf = new Map(shards.flatMap((result, i) => result.results.map((r) => [r.file, i] as const)));
    expect(shards.flatMap((result) => result.results.map((r) => r.file)).sort()).toEqual(whole.results.map((r) => r.file));
    expect(whole.plan.pairs.length).toBeGreaterThan(5);
    for (const pair of whole.plan.pairs) expect(shardOf.get(pair.file), pair.file).toBe(shardOf.get(pair.canonical));
    expect(new Set(shardOf.values())).toEqual(new Set([0, 1]));
  }, 60_000);

  it('refuses a bad --shard, reports that are not reports, overlapping shards and mixed formats', async () => {
    const dir = makeTree({ 'a.json': '[{"filePath":"/x/a.md","errorCount":0}]', 'b.json': 'not json', 'c.sarif': JSON.stringify({ version: '2.1.0', runs: [] }) });
    expect((await run(['--shard', '3/2'], dir)).stderr).toBe('l10n-lint: --shard 3/2: expected I/N, a part I from 1 to N (such as 2/4)\n');
    expect(await run(['merge', 'a.json', 'b.json'], dir)).toEqual({ code: 2, stdout: '', stderr: 'l10n-lint: merge: b.json is not a json or sarif report of l10n-lint (it is not JSON)\n' });
    expect((await run(['merge', 'a.json', 'a.json'], dir)).stderr).toBe('l10n-lint: merge: /x/a.md is in both a.json and a.json: the reports are not of distinct shards\n');
    expect((await run(['merge', 'a.json', 'c.sarif'], dir)).stderr).toBe('l10n-lint: merge: a.json is json but c.sarif is sarif; merge reports of one format\n');
    expect((await run(['merge', 'missing.json'], dir)).stderr).toBe('l10n-lint: merge: cannot read missing.json: ENOENT\n');
    expect(await run(['merge', 'a.json'], dir)).toEqual({ code: 0, stdout: '[{"filePath":"/x/a.md","errorCount":0}]\n', stderr: '' });
  });
});

describe('merging SARIF 2.1.0 logs', () => {
  const log = (rules: string[], results: { ruleId: string; uri: string; level?: string }[]) =>
    JSON.stringify({
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [
        {
          tool: { driver: { name: 'l10n-lint', rules: rules.map((id) => ({ id })) } },
          results: results.map((r) => ({
            ruleId: r.ruleId,
            ruleIndex: rules.indexOf(r.ruleId),
            level: r.level ?? 'error',
            message: { text: r.ruleId },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.uri } } }],
          })),
        },
      ],
    });

  it('joins the results in file order, lists each rule once and renumbers rule indexes', () => {
    const merged = mergeReports([
      { name: 'b', text: log(['numbers', 'links'], [{ ruleId: 'links', uri: 'es/b.md' }, { ruleId: 'numbers', uri: 'es/b.md', level: 'warning' }]) },
      { name: 'a', text: log(['links'], [{ ruleId: 'links', uri: 'de/a.md' }]) },
    ]);
    expect(merged.format).toBe('sarif');
    expect(merged.errors).toBe(2);
    const run = (JSON.parse(merged.output) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }).runs[0];
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['numbers', 'links']);
    expect(run?.results.map((r) => `${r.locations[0]?.physicalLocation.artifactLocation.uri} ${r.ruleId} ${r.ruleIndex}`)).toEqual(['de/a.md links 1', 'es/b.md links 1', 'es/b.md numbers 0']);
  });
});
