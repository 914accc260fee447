import module from 'node:module';

/** The part of `node:module` that keeps compiled code between runs (Node 22.1 and later). */
export interface CompileCacheHost {
  enableCompileCache?: (directory?: string) => { status: number };
  constants?: { compileCacheStatus?: { ENABLED: number; ALREADY_ENABLED: number } };
}

/**
 * Turns on Node's compile cache where Node has one (22.1 and later): the code V8
 * compiles from the command line's modules is kept on disk (in the system's temporary
 * folder, or where `NODE_COMPILE_CACHE` says) and read back by the next run instead of
 * being compiled again. A run on one page then starts sooner (about 40 ms with Node 24
 * on a 2-core VM). Node 20 has no such cache: nothing happens. Node's own
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Answers whether the cache is on.
 */
export function enableCompileCache(host: CompileCacheHost = module as CompileCacheHost): boolean {
  if (!host.enableCompileCache) return false;
  const { status } = host.enableCompileCache();
  const statuses = host.constants?.compileCacheStatus;
  return status === statuses?.ENABLED || status === statuses?.ALREADY_ENABLED;
}
