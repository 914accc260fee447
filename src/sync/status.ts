import type { Config } from '../config/load.js';
import type { Plan } from '../discover/plan.js';
import { createProjectView } from '../engine/project.js';
import type { PageModel } from '../page/model.js';
import { changedSections } from './compare.js';
import { printPage, type PagePrint } from './sections.js';
import type { SyncBases } from './source.js';

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

/** How many translations' git history is read at once. */
const READ_AHEAD = 500;

/**
 * The sync status of every translation of a run (`result.plan` of a lint), as the
 * `outdated` rule sees it: reads the pages it is given or the files, and the stamps.
 * `bases`: the sync bases a lint already looked up (its `syncBases` option), reused
 * rather than read again from the lockfile or git; those it lacks are added to it.
 */
export function syncStatuses(config: Config, plan: Plan, pages: ReadonlyMap<string, PageModel | Error> = new Map(), bases: SyncBases = new Map()): PageSyncStatus[] {
  const project = createProjectView(config, pages, new Map(), bases);
  // The canonical page's sections now, once for all its translations.
  const prints = new Map<string, PagePrint | null>();
  const printOf = (file: string) => {
    if (!prints.has(file)) {
      const page = project.page(file);
      prints.set(file, page ? printPage(page, { siteRoot: config.siteRoot }) : null);
    }
    return prints.get(file) ?? null;
  };
  return plan.pairs.map((pair, index): PageSyncStatus => {
    // The git history of those without a stamp is read a batch of translations at a time.
    if (index % READ_AHEAD === 0) project.prefetchSyncBasesNow(plan.pairs.slice(index, index + READ_AHEAD));
    const head = { file: pair.file, canonical: pair.canonical, locale: pair.locale };
    const base = project.syncBaseOf(pair.file);
    const now = base ? printOf(pair.canonical) : null;
    if (!base || !now) return { ...head, state: 'never-stamped', sections: 0 };
    const sections = changedSections(base.sections, now).length;
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
