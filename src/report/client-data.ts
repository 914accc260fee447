import type { DiffPart } from '../sync/word-diff.js';
import { trimDiff } from '../sync/render-diff.js';
import { excerptLines, type Excerpts } from './excerpts.js';
import type { PageKind, ReportPage } from './model.js';

/**
 * What the report's script gets: pages with findings, worst first, in a compact
 * shape (paths, locales and rules by index) so that thousands of pages stay small.
 */
export interface ClientData {
  /** Paths of every page and canonical page named below. */
  files: string[];
  /** Per index of `files`: line number -> text, only the lines the findings show. */
  lines: Record<number, string>[];
  locales: string[];
  rules: string[];
  pages: ClientPage[];
}

export interface ClientPage {
  /** Index in `files`. */
  f: number;
  /** Index in `locales`. */
  l: number;
  k: PageKind;
  /** The canonical page's index in `files`, if known. */
  c?: number;
  x: ClientFinding[];
}

export interface ClientFinding {
  /** Index in `rules`. */
  r: number;
  /** 'e' error, 'w' warning. */
  s: 'e' | 'w';
  /** line, column, end line, end column. */
  a: [number, number, number, number];
  m: string;
  /** The related canonical place: file index, line, end line. */
  k?: [number, number, number];
  /** The canonical change (`outdated`): a word-level diff, long unchanged stretches cut to `…`. */
  d?: DiffPart[];
}

/** Words of unchanged text kept around each change of a diff, and words kept of one change. */
const DIFF_CONTEXT = 8;
const DIFF_MAX_CHANGE = 120;

export function clientData(pages: ReportPage[], excerpts: Excerpts, locales: string[]): ClientData {
  const files: string[] = [];
  const fileIndex = new Map<string, number>();
  const lines: Record<number, string>[] = [];
  const fileOf = (file: string) => {
    let index = fileIndex.get(file);
    if (index === undefined) {
      index = files.push(file) - 1;
      fileIndex.set(file, index);
      lines.push({});
    }
    return index;
  };
  const localeList = [...locales];
  const localeOf = (locale: string) => {
    const index = localeList.indexOf(locale);
    return index >= 0 ? index : localeList.push(locale) - 1;
  };
  const rules = [...new Set(pages.flatMap((page) => page.findings.map((f) => f.ruleId)))].sort();
  const ruleIndex = new Map(rules.map((rule, i) => [rule, i]));

  const out: ClientPage[] = [];
  for (const page of pages) {
    if (page.findings.length === 0) continue;
    const x = page.findings.map((finding): ClientFinding => {
      for (const { file, lines: numbers } of excerptLines(finding)) {
        const texts = excerpts.get(file);
        const target = lines[fileOf(file)] as Record<number, string>;
        for (const number of numbers) {
          const line = texts?.get(number);
          if (line !== undefined) target[number] = line;
        }
      }
      return {
        r: ruleIndex.get(finding.ruleId) as number,
        s: finding.severity === 'error' ? 'e' : 'w',
        a: [finding.line, finding.column, finding.endLine, finding.endColumn],
        m: finding.message,
        ...(finding.related ? { k: [fileOf(finding.related.file), finding.related.line, finding.related.endLine] as [number, number, number] } : {}),
        ...(finding.detail?.diff?.length ? { d: trimDiff(finding.detail.diff, { context: DIFF_CONTEXT, maxChange: DIFF_MAX_CHANGE }) } : {}),
      };
    });
    out.push({ f: fileOf(page.file), l: localeOf(page.locale), k: page.kind, ...(page.canonical ? { c: fileOf(page.canonical) } : {}), x });
  }
  return { files, lines, locales: localeList, rules, pages: out };
}
