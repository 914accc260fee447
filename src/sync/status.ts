import type { Config } from '../config/load.js';
import type { Plan } from '../discover/plan.js';
import { createProjectView } from '../engine/project.js';
import type { PageModel } from '../page/model.js';
import { changedSections } from './compare.js';
import { printPage } from './sections.js';

/** Where a translation stands against its canonical page. */
export interface PageSyncStatus {
  /** The translation (root-relative). */
  file: string;
  canonical: string;
  locale: string;
  state: 'up-to-date' | 'outdated' | 'never-stamped';
  /** Canonical sections changed or added since the sync (0 unless outdated). */
  sections: number;
  /** When the translation was synced (ISO 8601), when known. */
  since?: string;
  /** Where the sync base came from, unless never stamped. */
  from?: 'lockfile' | 'front-matter' | 'git';
}

/** One locale's counts, its pages in the order to work on them. */
export interface LocaleSyncSummary {
  locale: string;
  upToDate: number;
  outdated: number;
  neverStamped: number;
  /** Outdated pages first, oldest sync first (unknown dates last), then the never stamped, then the up to date. */
  pages: PageSyncStatus[];
}

/**
 * The sync status of every translation of a run (`result.plan` of a lint), as the
 * `outdated` rule sees it: reads the pages it is given or the files, and the stamps.
 */
export function syncStatuses(config: Config, plan: Plan, pages: ReadonlyMap<string, PageModel | Error> = new Map()): PageSyncStatus[] {
  const project = createProjectView(config, pages);
  return plan.pairs.map((pair): PageSyncStatus => {
    const head = { file: pair.file, canonical: pair.canonical, locale: pair.locale };
    const canonical = project.page(pair.canonical);
    const base = canonical ? project.syncBaseOf(pair.file) : null;
    if (!canonical || !base) return { ...head, state: 'never-stamped', sections: 0 };
    const sections = changedSections(base.sections, printPage(canonical, { siteRoot: config.siteRoot })).length;
    return { ...head, state: sections > 0 ? 'outdated' : 'up-to-date', sections, from: base.from, ...(base.date ? { since: base.date } : {}) };
  });
}

/** Statuses grouped by locale (in the order given), each locale's pages sorted oldest drift first. */
export function summariseSync(statuses: readonly PageSyncStatus[]): LocaleSyncSummary[] {
  const byLocale = new Map<string, PageSyncStatus[]>();
  for (const status of statuses) byLocale.set(status.locale, [...(byLocale.get(status.locale) ?? []), status]);
  const rank = { outdated: 0, 'never-stamped': 1, 'up-to-date': 2 } as const;
  return [...byLocale].map(([locale, pages]) => ({
    locale,
    upToDate: pages.filter((p) => p.state === 'up-to-date').length,
    outdated: pages.filter((p) => p.state === 'outdated').length,
    neverStamped: pages.filter((p) => p.state === 'never-stamped').length,
    pages: [...pages].sort(
      (a, b) =>
        rank[a.state] - rank[b.state] ||
        time(a.since) - time(b.since) ||
        (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    ),
  }));
}

/** A date as milliseconds, an unknown one after every known one. */
function time(date: string | undefined): number {
  const parsed = date === undefined ? NaN : Date.parse(date);
  return Number.isNaN(parsed) ? Number.MAX_SAFE_INTEGER : parsed;
}
