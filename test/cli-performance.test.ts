import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { makeTree } from './support/tree.js';

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

function tree() {
  return makeTree({
    'l10n-lint.config.json': { sourceLocale: 'en', source: 'en/{path}.md', locales: { de: ['de/{path}.md'] } },
    'en/a.md': '# A\n\nVersion 5.0 ships 12 tools.\n',
    'de/a.md': '# A\n\nVersion 5.1 liefert 12 Werkzeuge.\n',
  });
}

describe('--workers and --cache', () => {
  it('gives the same report with worker threads, without, and from the cache', async () => {
    const dir = tree();
    const plain = await run(['-f', 'json'], dir);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('"ruleId":"numbers"');
    expect(await run(['-f', 'json', '--workers', '2'], dir)).toEqual(plain);
    expect(await run(['-f', 'json', '--workers', '0', '--cache'], dir)).toEqual(plain);
    expect(readdirSync(path.join(dir, '.l10n-lint-cache')).sort()).toEqual(['findings', 'models']);
    expect(await run(['-f', 'json', '--cache', '--cache-location', 'elsewhere'], dir)).toEqual(plain);
    expect(existsSync(path.join(dir, 'elsewhere', 'findings'))).toBe(true);
    expect(await run(['-f', 'json', '--cache'], dir)).toEqual(plain);
  });

  it('keeps no cache without --cache', async () => {
    const dir = tree();
    await run([], dir);
    expect(existsSync(path.join(dir, '.l10n-lint-cache'))).toBe(false);
  });

  it('refuses a --workers value that is not a whole number', async () => {
    const { code, stderr } = await run(['--workers', 'two'], tree());
    expect(code).toBe(2);
    expect(stderr).toBe('l10n-lint: --workers two: expected a whole number, 0 or more\n');
  });
});
