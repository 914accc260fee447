import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig, type ConfigFile } from '../../src/config/load.js';
import { lint } from '../../src/engine/lint.js';
import { main } from '../../src/main.js';
import { makeTree } from '../support/tree.js';

let server: Server;
let base: string;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    response.writeHead(request.url === '/guide' ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  vi.unstubAllGlobals();
  requested.length = 0;
});

const CONFIG: ConfigFile = { source: 'en/{path}.md', locales: { de: 'de/{path}.md' }, rules: { 'link-parity': 'off' } };

function tree() {
  return makeTree({
    'l10n-lint.config.json': CONFIG,
    'en/setup.md': `# Setup\n\nRead the [guide](${base}/guide) and the [FAQ](${base}/faq).\n`,
    'de/setup.md': `# Einrichtung\n\nLesen Sie den [Leitfaden](${base}/guide) und die [FAQ](${base}/faq-de#fragen).\n`,
  });
}

/** Where the German FAQ link starts: after the guide link, whose length depends on the port. */
function faqColumn(): number {
  return '# Einrichtung\n\nLesen Sie den [Leitfaden](/guide) und die '.split('\n')[2]!.length + base.length + 1;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, env: {}, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { code, stdout, stderr };
}

describe('--online', () => {
  it('is off by default: a run without it makes no request and writes no cache', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in this test')));
    vi.stubGlobal('fetch', fetchSpy);
    const dir = tree();
    const { code, stdout } = await run(['-f', 'json'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).flatMap((file: { messages: unknown[] }) => file.messages)).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(requested).toEqual([]);
    expect(existsSync(path.join(dir, '.l10n-lint-cache'))).toBe(false);
  });

  it("checks the translations' external links and caches the answers beside the config file", async () => {
    const dir = tree();
    const first = await run(['--online'], dir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`3:${faqColumn()}  error  External link ${base}/faq-de#fragen is broken: the server answered HTTP 404  dead-links`);
    // Only the translation's links, once each, without their fragment.
    expect(requested.sort()).toEqual(['/faq-de', '/guide']);
    const cache = JSON.parse(readFileSync(path.join(dir, '.l10n-lint-cache', 'links.json'), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(cache.entries).sort()).toEqual([`${base}/faq-de`, `${base}/guide`]);

    const second = await run(['--online'], dir);
    expect(second.stdout).toBe(first.stdout);
    expect(requested).toHaveLength(2);
  });

  it('keeps the cache in the folder --cache-location names', async () => {
    const dir = tree();
    await run(['--online', '--cache-location', 'tmp/cache'], dir);
    expect(existsSync(path.join(dir, 'tmp', 'cache', 'links.json'))).toBe(true);
    expect(existsSync(path.join(dir, '.l10n-lint-cache'))).toBe(false);
  });

  it('lint() asks its online checker once, with the URLs of the translations only', async () => {
    const dir = tree();
    const online = vi.fn(async (urls: string[]) => new Map(urls.map((url) => [url, { ok: false, status: 410 }])));
    const result = await lint(resolveConfig(CONFIG, path.join(dir, 'l10n-lint.config.json')), { online });
    expect(online).toHaveBeenCalledTimes(1);
    expect(online).toHaveBeenCalledWith([`${base}/faq-de`, `${base}/guide`]);
    expect(result.results.flatMap((file) => file.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`))).toEqual([
      'de/setup.md:3:15 dead-links',
      `de/setup.md:3:${faqColumn()} dead-links`,
    ]);
  });
});
