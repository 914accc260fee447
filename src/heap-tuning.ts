import { setFlagsFromString } from 'node:v8';

/**
 * How the command line and the GitHub Action's entry point set up V8's garbage
 * collector, for the process each owns (the library leaves its caller's process alone).
 *
 * A worker's live heap is small (about 15 MiB: a page's model is kept, its syntax tree
 * is not), but parsing makes garbage that outlives a young-generation collection, and
 * by default V8 lets the old generation grow to four times the live heap before a full
 * collection: over 100 MiB per worker. Growing by half instead takes about 70 MiB off
 * the peak of a 5,000-file run (290 against 360 MiB). Alone it costs a fifth more time,
 * as the twice as frequent full collections mark on V8's helper threads, which compete
 * with the workers for the cores; marking on the collecting thread itself instead
 * (no concurrent marking) keeps the time where it was.
 */
export const HEAP_FLAGS: readonly string[] = ['--heap-growing-percent=50', '--no-concurrent-marking'];

/**
 * Sets `HEAP_FLAGS`, except a flag given on node's own command line (`node
 * --concurrent-marking l10n-lint ...` keeps it). Call it first, before the process has
 * done any work: V8 reads these at each collection, and none has marked yet.
 * Answers the flags it set.
 */
export function tuneHeap(execArgv: readonly string[] = process.execArgv, set: (flag: string) => void = setFlagsFromString): string[] {
  const given = new Set(execArgv.map(flagName));
  const chosen = HEAP_FLAGS.filter((flag) => !given.has(flagName(flag)));
  for (const flag of chosen) set(flag);
  return chosen;
}

/** A V8 flag's name as V8 reads it: `--no-concurrent_marking=x` is `concurrent-marking`. */
function flagName(argument: string): string {
  return argument
    .replace(/^--?/, '')
    .replace(/=.*$/s, '')
    .replaceAll('_', '-')
    .replace(/^no-?/, '');
}
