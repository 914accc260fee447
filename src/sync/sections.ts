import path from 'node:path';
import { crypto } from '../crypto.js';
import { classifyUrl, normaliseExternal } from '../links/resolve.js';
import type { Block, HeadingBlock, Inline, PageModel } from '../page/model.js';

/**
 * A canonical page cut into sections, each fingerprinted so that only changes that
 * need translation work change a fingerprint. A section is a heading and the blocks
 * up to the next heading of any level; the blocks before the first heading form the
 * section with the empty key.
 *
 * What a fingerprint ignores: whitespace and line breaks, emphasis style (`*a*`,
 * `_a_`, `**a**`, `__a__` are all the text `a`), how a link target is written
 * (`./setup.md`, `setup.md`, `../en/setup.md` and, with `siteRoot`, `/en/setup.md`
 * are the same file; a trailing slash, `www.`, `http`/`https` and locale segments of
 * external URLs do not count), list markers and numbering, table alignment and cell
 * padding, indented versus fenced code. Any change of words, numbers, code, link
 * targets, table cells or block structure changes it.
 */

/** One section of a canonical page, as a stamp records it. */
export interface SectionPrint {
  /** Fingerprint of the heading (empty for the text before the first heading). */
  heading: string;
  /** Fingerprints of the blocks under the heading, in order. */
  blocks: string[];
  /** The section's text, normalised, for showing what changed in it. */
  text: string;
}

/** A page's sections by key (see `sectionKey`), in document order. */
export type PagePrint = Map<string, SectionPrint>;

/** A section of a parsed page, with the blocks it holds. */
export interface PageSection {
  key: string;
  /** The heading, or null for the text before the first heading. */
  heading: HeadingBlock | null;
  blocks: Block[];
}

/** The sections of a page in document order, keyed by heading path (`Setup > Install`). */
export function sectionsOf(page: PageModel): PageSection[] {
  const sections: PageSection[] = [{ key: '', heading: null, blocks: [] }];
  const trail: string[] = [];
  const seen = new Map<string, number>();
  for (const block of page.blocks) {
    if (block.kind !== 'heading') {
      sections[sections.length - 1]?.blocks.push(block);
      continue;
    }
    trail.length = Math.min(trail.length, block.depth - 1);
    while (trail.length < block.depth - 1) trail.push('');
    trail.push(block.text);
    const path = trail.filter((part) => part !== '').join(' > ');
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    sections.push({ key: count === 1 ? path : `${path} (${count})`, heading: block, blocks: [] });
  }
  if (sections[0]?.blocks.length === 0) sections.shift();
  return sections;
}

export interface PrintOptions {
  /** Folder (relative to root) that site-root links resolve against, or null. */
  siteRoot: string | null;
}

/** The fingerprints and normalised text of every section of a page. */
export function printPage(page: PageModel, options: PrintOptions): PagePrint {
  const print: PagePrint = new Map();
  for (const section of sectionsOf(page)) {
    const norm = (block: Block) => normalForm(block, page.file, options);
    print.set(section.key, {
      heading: section.heading ? hash(norm(section.heading)) : '',
      blocks: section.blocks.map((block) => hash(norm(block))),
      text: [section.heading, ...section.blocks]
        .filter((block): block is Block => block !== null)
        .map(readableText)
        .filter((text) => text !== '')
        .join('\n\n'),
    });
  }
  return print;
}

/** How many blocks under a section's heading differ between two prints of it (a changed block counts once). */
export function changedBlocks(before: SectionPrint, after: SectionPrint): number {
  const left = new Map<string, number>();
  for (const print of before.blocks) left.set(print, (left.get(print) ?? 0) + 1);
  let added = 0;
  for (const print of after.blocks) {
    const count = left.get(print) ?? 0;
    if (count > 0) left.set(print, count - 1);
    else added++;
  }
  const removed = [...left.values()].reduce((sum, count) => sum + count, 0);
  return Math.max(added, removed);
}

/** Whether two prints of a section are the same for a translator. */
export function sameSection(a: SectionPrint, b: SectionPrint): boolean {
  return a.heading === b.heading && a.blocks.length === b.blocks.length && a.blocks.every((print, i) => print === b.blocks[i]);
}

function hash(text: string): string {
  return crypto().createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A block as a string in which only what a translator must follow shows. */
function normalForm(block: Block, file: string, options: PrintOptions): string {
  const links = (inline: Inline) =>
    [...inline.links.map((link) => 'link ' + canonicalUrl(link.url, file, options)), ...inline.images.map((image) => 'image ' + canonicalUrl(image.url, file, options))].join('\n');
  switch (block.kind) {
    case 'heading':
      return `heading\n${block.text}\n${links(block.inline)}`;
    case 'table':
      return `table\n${[block.header, ...block.rows].map((row) => row.cells.join(' | ')).join('\n')}\n${links(block.inline)}`;
    case 'list':
      return `list\n${block.items.map((item) => item.text).join('\n')}\n${links(block.inline)}`;
    case 'code':
      return `code ${block.lang}\n${codeText(block.value)}`;
    case 'html':
      return `html\n${block.value.replace(/\s+/g, ' ').trim()}`;
    case 'include':
      return `include ${canonicalUrl(block.path, file, options)}`;
    case 'admonition':
      return `admonition ${block.type}\n${block.text}\n${links(block.inline)}`;
    case 'thematicBreak':
      return 'break';
    default:
      return `${block.kind}\n${block.text}\n${links(block.inline)}`;
  }
}

/** Code without trailing spaces and without blank lines around it. */
function codeText(value: string): string {
  return value
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A link target as the file or address it leads to, however it is written. */
export function canonicalUrl(url: string, file: string, options: PrintOptions): string {
  const cls = classifyUrl(url);
  switch (cls.kind) {
    case 'external':
      return normaliseExternal(cls.url);
    case 'anchor':
      return '#' + cls.anchor;
    case 'relative':
    case 'site-root': {
      const joined =
        cls.kind === 'relative'
          ? path.posix.join(path.posix.dirname(file), cls.path)
          : options.siteRoot !== null
            ? path.posix.join(options.siteRoot, cls.path)
            : '/' + cls.path;
      const target = path.posix.normalize(joined).replace(/\/+$/, '') || '.';
      return target + (cls.anchor ? '#' + cls.anchor : '');
    }
    default:
      return url.trim();
  }
}

/** The text of a block as a reader sees it, for a word-level diff. */
function readableText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return '#'.repeat(block.depth) + ' ' + block.text;
    case 'table':
      return [block.header, ...block.rows].map((row) => '| ' + row.cells.join(' | ') + ' |').join('\n');
    case 'list':
      return block.items.map((item) => '- ' + item.text).join('\n');
    case 'code':
      return codeText(block.value);
    case 'html':
      return block.value.trim();
    case 'include':
      return block.text || block.path;
    case 'thematicBreak':
      return '---';
    default:
      return block.text;
  }
}
