import { readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crypto } from '../crypto.js';
import type { Span } from '../page/model.js';

/** Replace the text of a span (whole-file lines and columns, end exclusive) with `text`. */
export interface TextEdit extends Span {
  text: string;
}

/**
 * Applies edits to a file's text. Positions are those of the page model: lines split
 * at LF, columns in UTF-16 units, a leading BOM not counted (and kept). Edits are
 * applied from last to first; an edit that overlaps one already taken is left out,
 * to be applied by a later run. Returns the new text and how many edits were applied.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = [0];
  for (let i = text.indexOf('\n', bom); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1 - bom);
  const offset = (line: number, column: number) => bom + (lineStarts[line - 1] ?? text.length - bom) + column - 1;

  const ranges = edits
    .map((edit) => ({ start: offset(edit.line, edit.column), end: offset(edit.endLine, edit.endColumn), text: edit.text }))
    .filter((range) => range.start <= range.end && range.end <= text.length)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const taken: typeof ranges = [];
  for (const range of ranges) {
    const last = taken[taken.length - 1];
    if (last && range.start < last.end) continue;
    if (last && range.start === last.end && range.start === range.end && last.start === last.end) continue;
    taken.push(range);
  }
  let result = text;
  for (const range of [...taken].reverse()) result = result.slice(0, range.start) + range.text + result.slice(range.end);
  return { text: result, applied: taken.length };
}

export function hashOf(bytes: Buffer | string): string {
  return crypto().createHash('sha256').update(bytes).digest('hex');
}

/**
 * Writes a fixed file atomically (a new temporary file beside it, then a rename), but
 * only if the file on disk is still the one that was read (same hash): a file that
 * changed meanwhile is left alone and the function returns false. A symbolic link is
 * kept: the file it points to is written. The file keeps its permissions.
 */
export function writeIfUnchanged(file: string, readHash: string, content: string | Uint8Array): boolean {
  let target: string;
  let current: Buffer;
  try {
    target = realpathSync(file);
    current = readFileSync(target);
  } catch {
    return false;
  }
  if (hashOf(current) !== readHash) return false;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.l10n-lint-${crypto().randomBytes(6).toString('hex')}.tmp`);
  try {
    // `wx`: never through a file or link someone left at that name.
    writeFileSync(temporary, content, { flag: 'wx', mode: statSync(target).mode & 0o7777 });
    renameSync(temporary, target);
  } catch (cause) {
    rmSync(temporary, { force: true });
    throw cause;
  }
  return true;
}
