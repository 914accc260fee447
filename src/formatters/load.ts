import type { Formatter } from './types.js';

/**
 * The formatters by name, each loaded when a run asks for it: the command line uses
 * this, so that a run loads only the formatter it prints with (`formatters` in
 * index.ts, for the library, loads them all).
 */
export const FORMATTERS: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
};
