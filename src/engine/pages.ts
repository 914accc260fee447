import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageModel } from '../page/model.js';
import { parsePage } from '../page/parse.js';
import { hashOf } from './fix.js';

/** Reads and parses a page; a file that is not UTF-8 Markdown text gives an Error saying why. */
export async function loadPage(root: string, file: string): Promise<PageModel | Error> {
  const bytes = await readPage(root, file);
  return bytes instanceof Error ? bytes : modelOf(file, bytes);
}

/** Reads a page's bytes, or gives an Error saying why it cannot be read. */
export async function readPage(root: string, file: string): Promise<Buffer | Error> {
  try {
    return await readFile(path.join(root, file));
  } catch (cause) {
    return readError(cause);
  }
}

/** The same, synchronously: for pages a rule asks about (link targets), read on demand. */
export function loadPageSync(root: string, file: string): PageModel | Error {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (cause) {
    return readError(cause);
  }
  return modelOf(file, bytes);
}

function readError(cause: unknown): Error {
  return new Error(`cannot read the file: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
}

/** The model of a page read as `bytes`; an Error when they are not UTF-8 Markdown text. */
export function modelOf(file: string, bytes: Buffer): PageModel | Error {
  if (bytes.subarray(0, 8000).includes(0)) return new Error('this is a binary file, not Markdown text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new Error('the file is not valid UTF-8 text; save it as UTF-8');
  }
  return { ...parsePage(file, text), hash: hashOf(bytes) };
}
