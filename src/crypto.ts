import { createRequire } from 'node:module';

let loaded: typeof import('node:crypto') | undefined;

/**
 * `node:crypto`, loaded on first use. Loading it starts OpenSSL, which costs a run on
 * one page a twentieth of its time or more: a run that hashes nothing (no cache, no
 * fixes, no git history to compare pages with) never loads it. Every use of
 * `node:crypto` goes through here.
 */
export function crypto(): typeof import('node:crypto') {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
