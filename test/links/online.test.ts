import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkUrls } from '../../src/links/online.js';

/** A local server with one route per behaviour; never the internet. */
let server: Server;
let base: string;
const hits = new Map<string, string[]>();
let inFlight = 0;
let maxInFlight = 0;

function handle(request: IncomingMessage, response: ServerResponse) {
  const url = request.url ?? '/';
  hits.set(url, [...(hits.get(url) ?? []), request.method ?? '']);
  const count = hits.get(url)?.length ?? 0;
  const send = (status: number, delay = 0) =>
    setTimeout(() => {
      if (!response.destroyed) response.writeHead(status, { 'content-type': 'text/plain' }).end(request.method === 'HEAD' ? undefined : 'body');
    }, delay);
  if (url === '/ok') return send(200);
  if (url === '/missing') return send(404);
  if (url === '/flaky') return send(count === 1 ? 500 : 200);
  if (url === '/busy') return send(count === 1 ? 429 : 200);
  if (url === '/down') return send(503);
  if (url === '/slow') return send(200, 2_000);
  if (url === '/no-head') return send(request.method === 'HEAD' ? 405 : 200);
  if (url === '/moved') return void response.writeHead(301, { location: '/ok' }).end();
  if (url.startsWith('/parallel/')) {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return setTimeout(() => {
      inFlight--;
      response.writeHead(200).end();
    }, 40);
  }
  return send(404);
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

let dir: string;
beforeEach(() => {
  hits.clear();
  inFlight = 0;
  maxInFlight = 0;
  dir = mkdtempSync(path.join(tmpdir(), 'l10n-lint-online-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fast = { retryDelayMs: 0, timeoutMs: 1_000 };

describe('checkUrls', () => {
  it('reports what each URL answered, with HEAD requests', async () => {
    const result = await checkUrls([`${base}/ok`, `${base}/missing`, `${base}/moved`], fast);
    expect(result.get(`${base}/ok`)).toEqual({ ok: true, status: 200 });
    expect(result.get(`${base}/missing`)).toEqual({ ok: false, status: 404 });
    expect(result.get(`${base}/moved`)).toEqual({ ok: true, status: 200 });
    // One HEAD for /ok itself, one at the end of the redirect from /moved.
    expect(hits.get('/ok')).toEqual(['HEAD', 'HEAD']);
    expect(hits.get('/moved')).toEqual(['HEAD']);
    // A 404 is an answer: it is not asked again.
    expect(hits.get('/missing')).toEqual(['HEAD']);
  });

  it('retries a 500 and a 429, and gives up on a server that keeps failing', async () => {
    const result = await checkUrls([`${base}/flaky`, `${base}/busy`, `${base}/down`], fast);
    expect(result.get(`${base}/flaky`)).toEqual({ ok: true, status: 200 });
    expect(result.get(`${base}/busy`)).toEqual({ ok: true, status: 200 });
    expect(result.get(`${base}/down`)).toEqual({ ok: false, status: 503 });
    expect(hits.get('/flaky')).toHaveLength(2);
    expect(hits.get('/down')).toHaveLength(3);
    const once = await checkUrls([`${base}/down`], { ...fast, retries: 0 });
    expect(once.get(`${base}/down`)).toEqual({ ok: false, status: 503 });
    expect(hits.get('/down')).toHaveLength(4);
  });

  it('retries a network error, and says what went wrong', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls++;
      return fetch(input, init);
    };
    const result = await checkUrls([`http://127.0.0.1:${port}/gone`], { ...fast, fetch: counting });
    expect(result.get(`http://127.0.0.1:${port}/gone`)).toEqual({ ok: false, error: 'the connection was refused (ECONNREFUSED)' });
    expect(calls).toBe(3);
  });

  it('gives up on a slow server after the timeout, without retrying', async () => {
    const started = Date.now();
    const result = await checkUrls([`${base}/slow`], { retryDelayMs: 0, timeoutMs: 150 });
    expect(result.get(`${base}/slow`)).toEqual({ ok: false, error: 'no answer within 150 ms' });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(hits.get('/slow')).toHaveLength(1);
  });

  it('falls back to GET when HEAD is not allowed', async () => {
    const result = await checkUrls([`${base}/no-head`], fast);
    expect(result.get(`${base}/no-head`)).toEqual({ ok: true, status: 200 });
    expect(hits.get('/no-head')).toEqual(['HEAD', 'GET']);
  });

  it('keeps to the concurrency limit, and checks each URL once', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${base}/parallel/${i}`);
    const result = await checkUrls([...urls, ...urls], { ...fast, concurrency: 3 });
    expect(result.size).toBe(12);
    expect([...result.values()].every((status) => status.ok)).toBe(true);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect([...hits.keys()].filter((key) => key.startsWith('/parallel/'))).toHaveLength(12);
  });

  it('answers from the cache on the second run, and asks again once it is a day old', async () => {
    const cacheFile = path.join(dir, 'cache', 'links.json');
    let now = Date.parse('2024-05-01T10:00:00Z');
    const options = { ...fast, cacheFile, now: () => now };
    await checkUrls([`${base}/ok`, `${base}/missing`, `${base}/down`], options);
    expect(hits.get('/ok')).toHaveLength(1);
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { version: number; entries: Record<string, { checkedAt: number }> };
    expect(cached.version).toBe(1);
    // Final answers are kept with their time; a 5xx is asked again next time.
    expect(Object.keys(cached.entries).sort()).toEqual([`${base}/missing`, `${base}/ok`]);
    expect(cached.entries[`${base}/ok`]?.checkedAt).toBe(now);

    now += 60 * 60 * 1000;
    const second = await checkUrls([`${base}/ok`, `${base}/missing`, `${base}/down`], options);
    expect(second.get(`${base}/missing`)).toEqual({ ok: false, status: 404 });
    expect(hits.get('/ok')).toHaveLength(1);
    expect(hits.get('/missing')).toHaveLength(1);
    expect(hits.get('/down')).toHaveLength(6);

    now += 24 * 60 * 60 * 1000;
    await checkUrls([`${base}/ok`], options);
    expect(hits.get('/ok')).toHaveLength(2);
  });

  it('ignores a corrupt cache and writes a good one', async () => {
    const cacheFile = path.join(dir, 'links.json');
    for (const corrupt of ['{ not json', '[1, 2]', '{"version": 1, "entries": {"x": 3}}']) {
      writeFileSync(cacheFile, corrupt);
      const result = await checkUrls([`${base}/ok`], { ...fast, cacheFile });
      expect(result.get(`${base}/ok`)).toEqual({ ok: true, status: 200 });
      const written = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, unknown> };
      expect(Object.keys(written.entries)).toEqual([`${base}/ok`]);
      rmSync(cacheFile);
    }
    expect(hits.get('/ok')).toHaveLength(3);
    expect(existsSync(cacheFile)).toBe(false);
  });
});
