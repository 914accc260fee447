/**
 * What a page may be before it is read or parsed. Beyond these limits a page gets
 * one clear finding instead of a crash, a hang or an exhausted memory.
 */

/** Default `maxFileSize`: larger files are not read. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * Quotes and list items nested deeper than this are not parsed: the Markdown parser's
 * time grows with the square of the depth, and its recursion overflows the stack.
 * Real pages stay below ten levels.
 */
export const MAX_NESTING = 100;

/** A size for people: `50.0 MiB`, `900 bytes`. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * The deepest nesting of block quotes and list items the lines of a text open, with the
 * line where it is reached: each `>` and list marker at the start of a line counts one
 * level, and so do every two columns of indentation before them.
 */
export function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const depth = lineNesting(text, start, stop);
    if (depth > deepest.depth) deepest = { depth, line };
    start = stop + 1;
  }
  return deepest;
}

function lineNesting(text: string, start: number, stop: number): number {
  let i = start;
  let indent = 0;
  while (i < stop && (text[i] === ' ' || text[i] === '\t')) indent += text[i++] === '\t' ? 4 : 1;
  let markers = 0;
  for (;;) {
    while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
    const char = text[i];
    if (char === '>') {
      markers++;
      i++;
      continue;
    }
    let next = i;
    if (char === '-' || char === '*' || char === '+') next = i + 1;
    else {
      while (next < stop && next - i < 9 && (text[next] as string) >= '0' && (text[next] as string) <= '9') next++;
      if (next === i || (text[next] !== '.' && text[next] !== ')')) break;
      next++;
    }
    if (next < stop && text[next] !== ' ' && text[next] !== '\t') break;
    if (next === i) break;
    markers++;
    i = next;
  }
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}
