import type { SectionPrint } from './sections.js';

/**
 * What a translation was last synced with: the canonical page's sections (fingerprints
 * and text) at that moment. The `outdated` rule compares them with the canonical page
 * as it is now.
 */
export interface SyncBase {
  /**
   * Where it comes from: a stamp in the lockfile, a stamp in the translation's front
   * matter (the canonical commit, read from git), or, without a stamp, the git history.
   */
  from: 'lockfile' | 'front-matter' | 'git';
  /** The canonical sections by key (heading path; '' for the text before the first heading). */
  sections: ReadonlyMap<string, SectionPrint>;
  /** When the translation was synced (ISO 8601), when known. */
  date?: string;
  /** The canonical commit synced with, for `front-matter` and `git`. */
  commit?: string;
}

/** How a translation's sync base is found; one per run, answers cached. */
export interface SyncSource {
  /** The sync base of a translation (root-relative path), or null when it was never stamped and git does not tell. */
  baseOf(localeFile: string): SyncBase | null;
}

/** A canonical section that changed since the sync base. */
export interface SectionChange {
  key: string;
  kind: 'changed' | 'added';
  /** Blocks under the heading changed, added or removed (a changed block counts once). */
  blocks: number;
  /** Whether the heading itself changed (its text or link targets). */
  heading: boolean;
  /** The section's text at the sync, '' for an added section. */
  before: string;
  after: string;
}
