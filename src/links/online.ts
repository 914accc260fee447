import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import type { UrlStatus } from '../engine/project.js';
import { VERSION } from '../version.js';

/**
 * Checks external URLs over HTTP (`--online`): HEAD first, GET when the server does
 * not allow HEAD (405, 501). Only this module touches the network, and only when
 * `checkUrls` is called.
 */
export interface CheckOptions {
  /** Requests in flight at once (default 8). */
  concurrency?: number;
  /** Time allowed for one request, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Further attempts after a network error, HTTP 429 or 5xx (default 2). */
  retries?: number;
  /** Pause before the first retry, doubled for each further one, in milliseconds (default 500). */
  retryDelayMs?: number;
  /** JSON file of earlier answers; read before checking, written after. */
  cacheFile?: string;
  /** How long a cached answer is used, in milliseconds (default 24 hours). */
  maxAgeMs?: number;
  /** The fetch to use (default: Node's global fetch). */
  fetch?: typeof fetch;
  /** The clock, in milliseconds (default Date.now). */
  now?: () => number;
}

/** One cached answer. */
interface CacheEntry extends UrlStatus {
  /** When it was checked, in milliseconds since the epoch. */
  checkedAt: number;
}

interface CacheFile {
  version: 1;
  entries: Record<string, CacheEntry>;
}

const DAY = 24 * 60 * 60 * 1000;

/** Checks each URL once; resolves to what each answered. Never throws for a URL's failure. */
export async function checkUrls(urls: Iterable<string>, options: CheckOptions = {}): Promise<Map<string, UrlStatus>> {
  const {
    concurrency = 8,
    timeoutMs = 10_000,
    retries = 2,
    retryDelayMs = 500,
    cacheFile,
    maxAgeMs = DAY,
    fetch: fetchFn = globalThis.fetch,
    now = Date.now,
  } = options;
  const unique = [...new Set(urls)];
  const cache = cacheFile ? await readCache(cacheFile) : { version: 1 as const, entries: {} };
  const results = new Map<string, UrlStatus>();
  const limit = pLimit(Math.max(1, concurrency));
  const request = { fetchFn, timeoutMs, retries, retryDelayMs };

  await Promise.all(
    unique.map(async (url) => {
      const cached = cache.entries[url];
      if (cached && now() - cached.checkedAt < maxAgeMs && now() >= cached.checkedAt) {
        results.set(url, statusOf(cached));
        return;
      }
      const status = await limit(() => checkOne(url, request));
      results.set(url, status);
      // An answer is kept; a failure that may pass (no answer, 429, 5xx) is asked again next time.
      if (status.status !== undefined && status.status !== 429 && status.status < 500) cache.entries[url] = { ...status, checkedAt: now() };
      else delete cache.entries[url];
    }),
  );

  if (cacheFile) {
    for (const [url, entry] of Object.entries(cache.entries)) if (now() - entry.checkedAt >= maxAgeMs) delete cache.entries[url];
    await writeCache(cacheFile, cache);
  }
  return results;
}

interface RequestOptions {
  fetchFn: typeof fetch;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
}

type Attempt = UrlStatus & { timedOut?: boolean };

async function checkOne(url: string, options: RequestOptions): Promise<UrlStatus> {
  let last: Attempt = { ok: false, error: 'not checked' };
  for (let attempt = 0; attempt <= options.retries; attempt++) {
    if (attempt > 0) await sleep(options.retryDelayMs * 2 ** (attempt - 1));
    last = await attemptOne(url, options);
    const retryable = last.status === undefined ? !last.timedOut : last.status === 429 || last.status >= 500;
    if (last.ok || !retryable) break;
  }
  const { timedOut: _, ...status } = last;
  return status;
}

async function attemptOne(url: string, options: RequestOptions): Promise<Attempt> {
  try {
    let response = await request(url, 'HEAD', options);
    if (response.status === 405 || response.status === 501) response = await request(url, 'GET', options);
    return { ok: response.ok, status: response.status };
  } catch (error) {
    if (isTimeout(error)) return { ok: false, error: `no answer within ${formatSeconds(options.timeoutMs)}`, timedOut: true };
    return { ok: false, error: describeNetworkError(error) };
  }
}

async function request(url: string, method: 'HEAD' | 'GET', options: RequestOptions): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new TimeoutError()), options.timeoutMs);
  try {
    const response = await options.fetchFn(url, {
      method,
      redirect: 'follow',
      signal: controller.signal,
      headers: { 'user-agent': `l10n-lint/${VERSION} (link check)`, accept: '*/*' },
    });
    // Only the status matters: do not download the body.
    await response.body?.cancel().catch(() => undefined);
    return response;
  } finally {
    clearTimeout(timer);
  }
}

class TimeoutError extends Error {
  override name = 'TimeoutError';
}

function isTimeout(error: unknown): boolean {
  return error instanceof TimeoutError || (error instanceof Error && (error.name === 'TimeoutError' || error.cause instanceof TimeoutError));
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  const known: Record<string, string> = {
    ENOTFOUND: 'the host name does not resolve',
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    CERT_HAS_EXPIRED: 'the certificate has expired',
    UND_ERR_SOCKET: 'the connection was closed',
  };
  if (code && known[code]) return `${known[code]} (${code})`;
  return cause?.message ?? (error as Error)?.message ?? String(error);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

function statusOf(entry: CacheEntry): UrlStatus {
  return { ok: entry.ok, ...(entry.status !== undefined ? { status: entry.status } : {}), ...(entry.error !== undefined ? { error: entry.error } : {}) };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** The cache file's entries; a missing, unreadable or malformed file counts as empty (and is rewritten). */
async function readCache(file: string): Promise<CacheFile> {
  const empty: CacheFile = { version: 1, entries: {} };
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return empty;
  }
  if (typeof data !== 'object' || data === null || (data as CacheFile).version !== 1) return empty;
  const entries = (data as CacheFile).entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) return empty;
  const valid: Record<string, CacheEntry> = {};
  for (const [url, entry] of Object.entries(entries)) {
    if (typeof entry === 'object' && entry !== null && typeof entry.ok === 'boolean' && Number.isFinite(entry.checkedAt)) valid[url] = entry;
  }
  return { version: 1, entries: valid };
}

async function writeCache(file: string, cache: CacheFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(cache, null, 2) + '\n');
  await rename(temporary, file);
}
