import type { PageModel } from '../page/model.js';
import { modelOf } from './pages.js';

/** A page to model: its path and the bytes read from it. */
export interface PageInput {
  file: string;
  bytes: Uint8Array;
}

/** What a worker sends back for one page: its model, or why it is not Markdown text. */
export type PageOutput = PageModel | { error: string };

/**
 * Runs in a worker thread: models a batch of pages. Only the compact models cross
 * back to the main thread; the syntax trees stay and are dropped here.
 */
export default function modelPages(batch: PageInput[]): PageOutput[] {
  return batch.map(({ file, bytes }) => {
    const model = modelOf(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return model instanceof Error ? { error: model.message } : model;
  });
}
