import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Tinypool } from 'tinypool';
import type { PageModel } from '../page/model.js';
import type { PageInput, PageOutput } from './page-worker.js';
import modelPages from './page-worker.js';

/** Below this many pages, parsing in the main thread beats starting worker threads. */
export const POOL_THRESHOLD = 200;

/**
 * A worker's young generation: parsing makes a lot of short-lived garbage. Too small
 * a young generation promotes it to the old one and the workers spend a third of their
 * time collecting it (8 MiB did); 48 MiB costs a worker about 20 MiB more memory
 * than this for a few per cent less time. The benchmark's parse floor
 * uses the same limits.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 32 };

/** Pages sent to a worker at once: large enough that messaging costs little. */
const BATCH = 8;

/** Turns pages' bytes into page models, in worker threads or in this one. */
export interface PageModeller {
  readonly threads: number;
  model(pages: PageInput[]): Promise<(PageModel | Error)[]>;
  /** Stops the workers; the modeller is not used after. Closing again does nothing. */
  close(): Promise<void>;
}

/**
 * A modeller for a run of `pageCount` pages. `workers` is the number of worker
 * threads: 0 models in the main thread; unset picks one per core, or none for a
 * small run, where starting threads costs more than parsing a few pages.
 */
export function createModeller(pageCount: number, workers?: number): PageModeller {
  const threads = workers ?? (pageCount < POOL_THRESHOLD ? 0 : availableParallelism());
  if (threads <= 0) {
    return { threads: 0, model: async (pages) => fromOutputs(modelPages(pages)), close: async () => {} };
  }
  // Loaded only when threads are used: a small run does not pay for it.
  let pool: Promise<Tinypool> | undefined;
  const started = () => (pool ??= import('tinypool').then(({ Tinypool }) => new Tinypool({ filename: workerFile(), minThreads: threads, maxThreads: threads, resourceLimits: WORKER_LIMITS })));
  return {
    threads,
    async model(pages) {
      if (pages.length === 0) return [];
      const workers = await started();
      const batches: PageInput[][] = [];
      for (let i = 0; i < pages.length; i += BATCH) batches.push(pages.slice(i, i + BATCH));
      const outputs = await Promise.all(batches.map((batch) => workers.run(batch) as Promise<PageOutput[]>));
      return fromOutputs(outputs.flat());
    },
    async close() {
      const closing = pool;
      pool = undefined;
      if (closing) await (await closing).destroy();
    },
  };
}

function fromOutputs(outputs: PageOutput[]): (PageModel | Error)[] {
  return outputs.map((output) => ('error' in output ? new Error(output.error) : output));
}

/**
 * The compiled worker module. Run from the TypeScript sources (the tests), this
 * module has no compiled sibling, so the build's copy is used.
 */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./page-worker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('../../dist/src/engine/page-worker.js', import.meta.url));
}
