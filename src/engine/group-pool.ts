import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Tinypool } from 'tinypool';
import { importModule } from '../import-module.js';
import { createGroupChecker, type CheckSetup, type GroupChecker, type GroupOutcome, type GroupTask } from './group-check.js';
import type { WorkerTask } from './group-worker.js';

/** Below this many pages, checking in the main thread beats starting worker threads. */
export const POOL_THRESHOLD = 200;

/**
 * A worker's young generation: parsing makes a lot of short-lived garbage. Too small
 * a young generation promotes it to the old one and the workers spend a third of their
 * time collecting it (8 MiB did); 48 MiB costs a worker about 20 MiB more memory
 * than this for a few per cent less time. The benchmark's parse floor
 * uses the same limits.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 32 };

/**
 * Groups sent to a worker in one task. Each task costs a round trip between the threads
 * and tinypool's bookkeeping, which reads the worker's heap statistics after every task:
 * a fraction of a millisecond each, while the worker's heap is busy, against a few
 * milliseconds to parse a page.
 */
export const GROUPS_PER_TASK = 4;

/** Checks groups of pages (see `GroupChecker`), in worker threads or in this one. */
export interface GroupPool {
  readonly threads: number;
  /** How many tasks went to the worker threads (none in this thread). */
  readonly tasks: number;
  check(setup: CheckSetup, task: GroupTask): Promise<GroupOutcome>;
  urls(setup: CheckSetup, task: GroupTask): Promise<string[]>;
  /** Stops the workers (or ends this thread's checker); the pool is not used after. Closing again does nothing. */
  close(): Promise<void>;
}

/**
 * A pool for a run of `pageCount` pages. `workers` is the number of worker threads:
 * 0 checks in the main thread; unset picks one per core, or none for a small run,
 * where starting threads costs more than parsing a few pages.
 */
export function createGroupPool(pageCount: number, workers?: number): GroupPool {
  const threads = workers ?? (pageCount < POOL_THRESHOLD ? 0 : availableParallelism());
  if (threads <= 0) return inThisThread();
  // Loaded only when threads are used: a small run does not pay for it.
  let pool: Promise<Tinypool> | undefined;
  let closed = false;
  let tasks = 0;
  const started = () => (pool ??= importModule<typeof import('tinypool')>('tinypool').then(({ Tinypool }) => new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, resourceLimits: WORKER_LIMITS })));
  // Each run's setup is written once, as JSON in shared memory: a task carries only a
  // handle to it, however large it is (what every external URL answered, with --online).
  const shared = new WeakMap<CheckSetup, SharedArrayBuffer>();
  const sharedOf = (setup: CheckSetup) => {
    let bytes = shared.get(setup);
    if (!bytes) {
      const json = Buffer.from(JSON.stringify(setup));
      bytes = new SharedArrayBuffer(json.byteLength);
      json.copy(Buffer.from(bytes));
      shared.set(setup, bytes);
    }
    return bytes;
  };
  const run = async <T>(name: string, setup: CheckSetup, groups: GroupTask[]) => {
    // A group asked for once the run is over (it failed, and the pool was closed) starts no threads again.
    if (closed) throw new Error('the worker threads were stopped');
    tasks++;
    return (await started()).run({ run: setup.run, setup: sharedOf(setup), tasks: groups } satisfies WorkerTask, { name }) as Promise<T>;
  };
  // The groups asked for in one turn of the event loop go GROUPS_PER_TASK to a task,
  // each task with one run's setup.
  let waiting: { setup: CheckSetup; task: GroupTask; answer: (outcome: Promise<GroupOutcome>) => void }[] = [];
  let flushing: NodeJS.Immediate | undefined;
  const flush = () => {
    clearImmediate(flushing);
    flushing = undefined;
    const batch = waiting;
    waiting = [];
    if (!batch[0]) return;
    const outcomes = run<GroupOutcome[]>('default', batch[0].setup, batch.map(({ task }) => task));
    batch.forEach(({ answer }, i) => answer(outcomes.then((list) => list[i] as GroupOutcome)));
  };
  return {
    threads,
    get tasks() {
      return tasks;
    },
    check: (setup, task) =>
      new Promise<GroupOutcome>((answer) => {
        if (waiting[0] && waiting[0].setup !== setup) flush();
        waiting.push({ setup, task, answer });
        if (waiting.length === GROUPS_PER_TASK) flush();
        else flushing ??= setImmediate(flush);
      }),
    urls: (setup, task) => run<string[]>('urlsOf', setup, [task]),
    async close() {
      closed = true;
      flush();
      const closing = pool;
      pool = undefined;
      if (closing) await (await closing).destroy();
    },
  };
}

/** The same work in this thread: one checker per run setup, kept while the pool is used. */
function inThisThread(): GroupPool {
  const checkers = new Map<string, Promise<GroupChecker>>();
  const checkerFor = (setup: CheckSetup) => {
    let checker = checkers.get(setup.run);
    if (!checker) {
      checker = createGroupChecker(setup);
      checkers.set(setup.run, checker);
    }
    return checker;
  };
  return {
    threads: 0,
    tasks: 0,
    check: async (setup, task) => (await checkerFor(setup)).check(task),
    urls: async (setup, task) => (await checkerFor(setup)).urls(task),
    async close() {
      const closing = [...checkers.values()];
      checkers.clear();
      for (const checker of closing) (await checker).close();
    },
  };
}

/**
 * The compiled worker module. Run from the TypeScript sources (the tests), this
 * module has no compiled sibling, so the build's copy is used.
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./group-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../dist/src/engine/group-worker.js', import.meta.url));
}
