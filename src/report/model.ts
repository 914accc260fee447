import type { LintResult } from '../engine/lint.js';
import type { Finding } from '../engine/rule.js';

/** What a file is in the run: a translation of a canonical page, the canonical page itself, or neither. */
export type PageKind = 'translation' | 'canonical' | 'orphan' | 'stray';

/** One linted file with its findings, as the report lists it. */
export interface ReportPage {
  file: string;
  /** The file's locale: a target locale, or the source locale for canonical pages. */
  locale: string;
  kind: PageKind;
  /** The canonical page it translates (translations), or would translate (orphans, strays), if known. */
  canonical?: string;
  findings: Finding[];
  errors: number;
  warnings: number;
}

/**
 * Every file of the run with its locale and kind, worst first: most errors, then
 * most warnings, then by path.
 */
export function reportPages(result: LintResult, sourceLocale: string): ReportPage[] {
  const { plan } = result;
  const about = new Map<string, { locale: string; kind: PageKind; canonical?: string }>();
  for (const pair of plan.pairs) {
    about.set(pair.canonical, { locale: sourceLocale, kind: 'canonical' });
  }
  for (const missing of plan.missing) about.set(missing.canonical, { locale: sourceLocale, kind: 'canonical' });
  for (const pair of plan.pairs) about.set(pair.file, { locale: pair.locale, kind: 'translation', canonical: pair.canonical });
  for (const orphan of plan.orphans) about.set(orphan.file, { locale: orphan.locale, kind: 'orphan', canonical: orphan.canonical });
  for (const stray of plan.strays) {
    about.set(stray.file, { locale: stray.locale, kind: 'stray', ...(stray.canonical ? { canonical: stray.canonical } : {}) });
  }
  const pages = result.results.map((file): ReportPage => {
    const known = about.get(file.file) ?? { locale: sourceLocale, kind: 'canonical' as const };
    return { file: file.file, ...known, findings: file.findings, errors: file.errorCount, warnings: file.warningCount };
  });
  return pages.sort(worstFirst);
}

function worstFirst(a: ReportPage, b: ReportPage): number {
  return b.errors - a.errors || b.warnings - a.warnings || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
