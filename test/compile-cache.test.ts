import module from 'node:module';
import { describe, expect, it } from 'vitest';
import { enableCompileCache, type CompileCacheHost } from '../src/compile-cache.js';

const STATUS = { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 };

/** A `node:module` of Node 22 or later, whose cache answers `status`. */
function host(status: number): CompileCacheHost & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    enableCompileCache: (...args: unknown[]) => {
      calls.push(args);
      return { status };
    },
    constants: { compileCacheStatus: STATUS },
  };
}

describe('enableCompileCache', () => {
  it("turns on Node's compile cache where Node has one, in Node's own folder", () => {
    const node22 = host(STATUS.ENABLED);
    expect(enableCompileCache(node22)).toBe(true);
    expect(node22.calls).toEqual([[]]);
    expect(enableCompileCache(host(STATUS.ALREADY_ENABLED))).toBe(true);
  });

  it('says the cache is off when Node could not turn it on or was told not to', () => {
    expect(enableCompileCache(host(STATUS.FAILED))).toBe(false);
    expect(enableCompileCache(host(STATUS.DISABLED))).toBe(false);
  });

  it('does nothing where Node has no compile cache', () => {
    expect(enableCompileCache({})).toBe(false);
  });

  it.runIf(!('enableCompileCache' in module))("does nothing with this Node's own node:module, which has no compile cache", () => {
    expect(enableCompileCache()).toBe(false);
  });
});
