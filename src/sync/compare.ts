import type { SectionChange } from './base.js';
import { changedBlocks, sameSection, type PagePrint, type SectionPrint } from './sections.js';

/**
 * The sections of the canonical page now (in document order) that are new or differ
 * from the sync base. Sections the canonical page no longer has are not listed: the
 * translation's extra sections are the `headings` rule's to report.
 */
export function changedSections(base: ReadonlyMap<string, SectionPrint>, current: PagePrint): SectionChange[] {
  const changes: SectionChange[] = [];
  for (const [key, now] of current) {
    const then = base.get(key);
    if (!then) {
      changes.push({ key, kind: 'added', blocks: now.blocks.length, heading: now.heading !== '', before: '', after: now.text });
    } else if (!sameSection(then, now)) {
      changes.push({ key, kind: 'changed', blocks: changedBlocks(then, now), heading: then.heading !== now.heading, before: then.text, after: now.text });
    }
  }
  return changes;
}
