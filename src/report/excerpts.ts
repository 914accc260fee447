import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { READ_ERROR } from '../engine/lint.js';
import { decodeText } from '../engine/text-encoding.js';
import type { Finding } from '../engine/rule.js';
import type { ReportPage } from './model.js';

/** Lines shown per side of a finding: a long span (a whole table) shows its start. */
export const MAX_EXCERPT_LINES = 3;
/** Characters kept of a long line. */
export const MAX_LINE_LENGTH = 400;
/** Files larger than this are not read again for excerpts. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** The text of some lines of some files: file -> line number -> text. */
export type Excerpts = Map<string, Map<number, string>>;

/** The lines a finding shows: its own, and the canonical lines it relates to. */
export function excerptLines(finding: Finding): { file: string; lines: number[] }[] {
  const span = (file: string, start: number, end: number) => ({
    file,
    lines: Array.from({ length: Math.max(1, Math.min(end, start + MAX_EXCERPT_LINES - 1) - start + 1) }, (_, i) => start + i),
  });
  const spans = [span(finding.file, finding.line, finding.endLine)];
  if (finding.related) spans.push(span(finding.related.file, finding.related.line, finding.related.endLine));
  return spans;
}

/**
 * Reads, once per file, only the lines the findings show. Files that could not be
 * read as text during the run, or that are too large, give no lines.
 * `progress` is told after each file.
 */
export function readExcerpts(root: string, pages: ReportPage[], progress?: (done: number, total: number) => void): Excerpts {
  const wanted = new Map<string, Set<number>>();
  const unreadable = new Set<string>();
  for (const page of pages) {
    for (const finding of page.findings) {
      if (finding.ruleId === READ_ERROR) unreadable.add(finding.file);
      for (const { file, lines } of excerptLines(finding)) {
        let set = wanted.get(file);
        if (!set) wanted.set(file, (set = new Set()));
        for (const line of lines) set.add(line);
      }
    }
  }
  const excerpts: Excerpts = new Map();
  let done = 0;
  for (const [file, numbers] of wanted) {
    const text = unreadable.has(file) ? undefined : readText(path.join(root, file));
    if (text !== undefined) {
      const lines = text.split('\n');
      const picked = new Map<number, string>();
      for (const number of [...numbers].sort((a, b) => a - b)) {
        const line = lines[number - 1];
        if (line !== undefined) picked.set(number, clip(line.endsWith('\r') ? line.slice(0, -1) : line));
      }
      excerpts.set(file, picked);
    }
    progress?.(++done, wanted.size);
  }
  return excerpts;
}

function readText(file: string): string | undefined {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return undefined;
    // Decoded as the linter reads pages, so that UTF-16 pages are quoted as they read.
    const decoded = decodeText(readFileSync(file));
    if (decoded instanceof Error) return undefined;
    return decoded.text.startsWith('\uFEFF') ? decoded.text.slice(1) : decoded.text;
  } catch {
    return undefined;
  }
}

function clip(line: string): string {
  return line.length > MAX_LINE_LENGTH ? line.slice(0, MAX_LINE_LENGTH) + '…' : line;
}
