import { alignPages, everyBlock } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { quote } from '../src/engine/words.js';
import type { Block, HeadingBlock, PageModel } from '../src/page/model.js';

interface Options {
  /** Check canonical pages too, not only translations. */
  canonical: boolean;
  /** Spaces that the translation copies from its canonical heading: reported or left alone. */
  copied: 'ignore' | 'report';
}

type MessageId = 'afterMarker' | 'betweenWords';

/** A run of extra spaces in a heading's first line. */
interface Run {
  /** Offset in the heading's source of the first extra space (the one after the space kept). */
  start: number;
  /** Offset just after the run. */
  end: number;
  kind: MessageId;
}

export default defineRule<Options, MessageId>({
  meta: {
    id: 'heading-spaces',
    description: 'Disallow doubled spaces in headings, after the # markers or between words',
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        canonical: { type: 'boolean', default: false },
        copied: { enum: ['ignore', 'report'], default: 'ignore' },
      },
      additionalProperties: false,
    },
    messages: {
      afterMarker:
        'Heading {{heading}} has {{spaces}} after its # marker instead of one, as translation tools often leave them (Markdown linters report this too). Delete {{extra}}',
      betweenWords:
        'Heading {{heading}} has {{spaces}} between {{before}} and {{after}} instead of one, as translation tools often leave them: GitHub then gives the heading an anchor with a double hyphen, which links to it do not expect. Delete {{extra}}',
    },
  },
  checkPage({ page, locale, canonical, options, report }) {
    if (locale === null && !options.canonical) return;
    const headings: { heading: HeadingBlock; runs: Run[] }[] = [];
    for (const heading of headingsOf(page.blocks)) {
      const runs = runsOf(heading);
      if (runs.length > 0) headings.push({ heading, runs });
    }
    if (headings.length === 0) return;
    const counterparts = locale !== null && canonical ? canonicalHeadings(canonical, page) : new Map<HeadingBlock, HeadingBlock>();
    for (const { heading, runs } of headings) {
      const counterpart = counterparts.get(heading);
      for (const run of runs) {
        // A translation that keeps its canonical heading's spacing (`### 2.  Title`) copies it; the canonical page is where to fix it.
        if (options.copied === 'ignore' && counterpart?.source.startsWith(heading.source.slice(0, run.end))) continue;
        const width = run.end - run.start + 1;
        const extra = run.end - run.start;
        const data = {
          heading: quote(heading.text),
          spaces: `${width} spaces`,
          extra: extra === 1 ? 'the extra space' : `the ${extra} extra spaces`,
          before: quote(lastWord(heading.source.slice(0, run.start - 1))),
          after: quote(firstWord(heading.source.slice(run.end))),
        };
        const column = heading.span.column + run.start;
        const at = { line: heading.span.line, column, endLine: heading.span.line, endColumn: column + extra };
        report({
          messageId: run.kind,
          at,
          fix: { ...at, text: '' },
          ...(counterpart ? { related: counterpart.span } : {}),
          data,
        });
      }
    }
  },
});

/** Every heading of a page, those in lists and quotes included, into `headings`. */
function headingsOf(blocks: readonly Block[], headings: HeadingBlock[] = []): HeadingBlock[] {
  for (const block of blocks) {
    if (block.kind === 'heading') headings.push(block);
    else if (block.kind === 'list') for (const item of block.items) headingsOf(item.blocks, headings);
    else if (block.kind === 'admonition' || block.kind === 'blockquote') headingsOf(block.blocks, headings);
  }
  return headings;
}

/** The canonical heading aligned with each heading of the translation. */
function canonicalHeadings(canonical: PageModel, page: PageModel): Map<HeadingBlock, HeadingBlock> {
  const map = new Map<HeadingBlock, HeadingBlock>();
  for (const { pair } of everyBlock(alignPages(canonical, page))) {
    const { canonical: c, locale: l } = pair;
    if (c?.kind === 'heading' && l?.kind === 'heading') map.set(l, c);
  }
  return map;
}

/**
 * Runs of two or more spaces (or tabs) in a heading's first line: after the opening
 * `#` markers, and between words, outside code spans. Spaces at the end of the line and
 * before a closing `#` sequence are not part of the heading's text and are left alone.
 */
function runsOf(heading: HeadingBlock): Run[] {
  const source = heading.source;
  const opening = /^#{1,6}/.exec(source)?.[0].length ?? 0;
  const closing = opening > 0 ? /(?:[ \t]+#+)?[ \t]*$/.exec(source.slice(opening)) : /[ \t]*$/.exec(source);
  const contentEnd = closing ? (opening > 0 ? opening + closing.index : closing.index) : source.length;
  const code = heading.inline.code
    .filter((c) => c.span.line === heading.span.line)
    .map((c) => [c.span.column - heading.span.column, c.span.endLine === c.span.line ? c.span.endColumn - heading.span.column : source.length] as const);
  const runs: Run[] = [];
  for (const match of source.slice(0, contentEnd).matchAll(/[ \t]{2,}/g)) {
    const start = match.index + 1;
    const end = match.index + match[0].length;
    if (code.some(([from, to]) => start >= from && end <= to)) continue;
    runs.push({ start, end, kind: opening > 0 && match.index === opening ? 'afterMarker' : 'betweenWords' });
  }
  return runs;
}

function lastWord(text: string): string {
  return text.trimEnd().split(/[ \t]+/).pop() ?? '';
}

function firstWord(text: string): string {
  return text.trimStart().split(/[ \t]+/)[0] ?? '';
}
