import type { LintResult } from '../engine/lint.js';
import { summariseSync, type PageSyncStatus } from '../sync/status.js';
import type { ReportPage } from './model.js';

/** Where one target locale stands. Page counts, and percentages of the canonical pages. */
export interface LocaleSummary {
  locale: string;
  /** Canonical pages this locale should translate: translated + missing. */
  canonical: number;
  translated: number;
  missing: number;
  /** Pages of this locale whose canonical page does not exist. */
  orphaned: number;
  /** Other files in the locale's folders (copies, files named for another locale). */
  strays: number;
  /** Translations with at least one finding. */
  withDrift: number;
  /** Translations with at least one error (part of `withDrift`). */
  withErrors: number;
  /** Translations with no finding. */
  clean: number;
  /** Findings in this locale's files (translations, orphans, strays). */
  errors: number;
  warnings: number;
  /** Translated pages, in percent of `canonical` (one decimal). */
  coverage: number;
  /** Clean translations, in percent of `canonical` (one decimal). */
  cleanShare: number;
  /** The translations against their canonical pages now (see `l10n-lint stamp` and the `outdated` rule). */
  sync: SyncCounts;
}

/** Translations up to date, outdated (and their changed canonical sections in all), never stamped. */
export interface SyncCounts {
  upToDate: number;
  outdated: number;
  /** Canonical sections changed or added since the sync, summed over the outdated pages. */
  outdatedSections: number;
  /** Without a stamp, and without git history that tells. */
  neverStamped: number;
}

/** A translation some canonical sections of which changed since it was synced. */
export interface OutdatedPage {
  file: string;
  locale: string;
  canonical: string;
  /** Canonical sections changed or added since the sync. */
  sections: number;
  /** When it was synced (ISO 8601), when known. */
  since?: string;
  /** Where the sync is recorded: a stamp in the lockfile or front matter, or the git history. */
  from: 'lockfile' | 'front-matter' | 'git';
}

/** How often one rule reported, in all and by locale (the source locale for canonical pages). */
export interface RuleSummary {
  rule: string;
  errors: number;
  warnings: number;
  byLocale: Record<string, number>;
}

/** The `--format json` output and each `--history` entry. */
export interface Summary {
  kind: 'l10n-lint-summary';
  version: 1;
  /** When the run was made (ISO 8601). */
  generated: string;
  sourceLocale: string;
  /** Canonical pages of the run. */
  canonicalPages: number;
  /** Files linted, every locale and the canonical pages together. */
  files: number;
  errors: number;
  warnings: number;
  /** Findings in canonical pages (for example, "no translation" notices). */
  canonicalFindings: { errors: number; warnings: number };
  locales: LocaleSummary[];
  /** Most findings first. */
  rules: RuleSummary[];
  /** Outdated translations, by locale (in the order of `locales`), each locale's oldest sync first. */
  outdated: OutdatedPage[];
}

/**
 * Counts per locale and per rule for a run; `locales` lists the target locales in
 * display order; `sync`, the sync status of the run's translations (`syncStatuses`).
 */
export function summarize(
  result: LintResult,
  pages: ReportPage[],
  options: { sourceLocale: string; locales: string[]; generated: string; sync: PageSyncStatus[] },
): Summary {
  const { plan } = result;
  const sync = new Map(summariseSync(options.sync).map((summary) => [summary.locale, summary]));
  const canonicalPages = new Set([...plan.pairs.map((p) => p.canonical), ...plan.missing.map((m) => m.canonical)]).size;
  const locales = options.locales.map((locale): LocaleSummary => {
    const mine = pages.filter((page) => page.locale === locale && page.kind !== 'canonical');
    const translations = mine.filter((page) => page.kind === 'translation');
    const translated = plan.pairs.filter((p) => p.locale === locale).length;
    const missing = plan.missing.filter((m) => m.locale === locale).length;
    const withDrift = translations.filter((page) => page.findings.length > 0).length;
    const withErrors = translations.filter((page) => page.errors > 0).length;
    const canonical = translated + missing;
    return {
      locale,
      canonical,
      translated,
      missing,
      orphaned: plan.orphans.filter((o) => o.locale === locale).length,
      strays: plan.strays.filter((s) => s.locale === locale).length,
      withDrift,
      withErrors,
      clean: translated - withDrift,
      errors: sum(mine, (page) => page.errors),
      warnings: sum(mine, (page) => page.warnings),
      coverage: percent(translated, canonical),
      cleanShare: percent(translated - withDrift, canonical),
      sync: {
        upToDate: sync.get(locale)?.upToDate ?? 0,
        outdated: sync.get(locale)?.outdated ?? 0,
        outdatedSections: sum(outdatedOf(locale), (page) => page.sections),
        neverStamped: sync.get(locale)?.neverStamped ?? 0,
      },
    };
  });

  const rules = new Map<string, RuleSummary>();
  for (const page of pages) {
    for (const finding of page.findings) {
      let rule = rules.get(finding.ruleId);
      if (!rule) rules.set(finding.ruleId, (rule = { rule: finding.ruleId, errors: 0, warnings: 0, byLocale: {} }));
      if (finding.severity === 'error') rule.errors++;
      else rule.warnings++;
      rule.byLocale[page.locale] = (rule.byLocale[page.locale] ?? 0) + 1;
    }
  }
  const canonical = pages.filter((page) => page.kind === 'canonical');
  return {
    kind: 'l10n-lint-summary',
    version: 1,
    generated: options.generated,
    sourceLocale: options.sourceLocale,
    canonicalPages,
    files: pages.length,
    errors: sum(pages, (page) => page.errors),
    warnings: sum(pages, (page) => page.warnings),
    canonicalFindings: { errors: sum(canonical, (page) => page.errors), warnings: sum(canonical, (page) => page.warnings) },
    locales,
    rules: [...rules.values()].sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || (a.rule < b.rule ? -1 : 1)),
    outdated: options.locales.flatMap(outdatedOf),
  };

  function outdatedOf(locale: string): OutdatedPage[] {
    return (sync.get(locale)?.pages ?? []).flatMap((page) =>
      page.state === 'outdated' && page.from
        ? [{ file: page.file, locale, canonical: page.canonical, sections: page.sections, ...(page.since ? { since: page.since } : {}), from: page.from }]
        : [],
    );
  }
}

function sum<T>(items: T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

/** Percent with one decimal; 100 when there is nothing to cover. */
function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.round((part / whole) * 1000) / 10;
}
