import matter from 'gray-matter';
import type { FrontMatter, FrontMatterKey } from './model.js';

export interface SplitPage {
  frontMatter: FrontMatter | null;
  /** The Markdown after the front matter. */
  body: string;
  /** How many lines of the file come before `body` (the front matter's lines). */
  bodyLineOffset: number;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const refuseScript = (): never => {
  throw new Error('front matter in JavaScript is not read');
};
const NO_SCRIPT = { js: refuseScript, javascript: refuseScript };
const TOP_LEVEL_KEY = /^([^\s#:][^:]*?)[ \t]*:(?:[ \t]|$)/;

/**
 * Splits YAML front matter from the body and parses it. A YAML error becomes part
 * of the model (with its whole-file line), never an exception: the body is still
 * linted. `text` must not start with a BOM.
 */
export function splitFrontMatter(text: string): SplitPage {
  const opening = OPENING.exec(text);
  if (!opening) return { frontMatter: null, body: text, bodyLineOffset: 0 };

  const closing = CLOSING.exec(text.slice(opening[0].length));
  if (!closing) {
    return {
      frontMatter: {
        span: { line: 1, column: 1, endLine: 1, endColumn: 4 },
        data: null,
        keys: [],
        error: { message: 'the front matter that starts here is never closed with a "---" line', line: 1, column: 1 },
      },
      body: text,
      bodyLineOffset: 0,
    };
  }

  const headerLength = opening[0].length + closing.index + closing[0].length;
  const header = text.slice(0, headerLength);
  const body = text.slice(headerLength);
  const lines = header.split('\n');
  const bodyLineOffset = lines.length - 1;
  const closingLine = header.endsWith('\n') ? bodyLineOffset : bodyLineOffset + 1;

  let data: Record<string, unknown> | null = null;
  let error: FrontMatter['error'];
  try {
    // An options object bypasses gray-matter's process-wide cache keyed by the whole text;
    // its engines make sure front matter marked as JavaScript is never evaluated.
    const parsed: unknown = matter(header, { engines: NO_SCRIPT }).data;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      error = { message: `the front matter must be keys with values (key: value), not ${Array.isArray(parsed) ? 'a list' : 'a single value'}`, line: 2, column: 1 };
    } else {
      data = plainData(parsed);
    }
  } catch (cause) {
    error = yamlError(cause);
  }

  return {
    frontMatter: {
      span: { line: 1, column: 1, endLine: closingLine, endColumn: 4 },
      data,
      keys: topLevelKeys(lines.slice(1, closingLine - 1), data),
      ...(error ? { error } : {}),
    },
    body,
    bodyLineOffset,
  };
}

function topLevelKeys(lines: string[], data: Record<string, unknown> | null): FrontMatterKey[] {
  const keys: FrontMatterKey[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] as string).replace(/\r$/, '');
    const match = TOP_LEVEL_KEY.exec(line);
    if (!match?.[1]) continue;
    const key = match[1].replace(/^(['"])(.*)\1$/, '$2');
    keys.push({
      key,
      value: data ? data[key] : undefined,
      span: { line: index + 2, column: 1, endLine: index + 2, endColumn: line.length + 1 },
      source: line,
    });
  }
  return keys;
}

/** Dates and other non-JSON values become strings, so the model stays serialisable. */
function plainData(data: unknown): Record<string, unknown> {
  const plain = toPlain(data);
  return plain && typeof plain === 'object' && !Array.isArray(plain) ? (plain as Record<string, unknown>) : {};
}

function toPlain(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return String(value);
  return value;
}

function yamlError(cause: unknown): FrontMatter['error'] {
  const mark = (cause as { mark?: { line?: number; column?: number } }).mark;
  const reason = (cause as { reason?: string }).reason ?? (cause instanceof Error ? cause.message : String(cause));
  // js-yaml counts lines from 0 within the text after the opening `---`, which starts on line 1.
  return { message: reason, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
}
