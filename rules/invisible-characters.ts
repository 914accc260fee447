import { alignPages, everyBlock } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import { containsSpan } from '../src/links/resolve.js';
import type { Block, Hazard, PageModel, Span } from '../src/page/model.js';

type Kind = Hazard['kind'];

interface Options {
  /** Check canonical pages too, not only translations. */
  canonical: boolean;
  /** Kinds of character not to report. */
  allow: Kind[];
}

type MessageId = 'invisible' | 'bom' | 'beforeUrl' | 'inLink' | 'nbspHeading' | 'nbspList' | 'nbspMarker';

const KINDS: readonly Kind[] = ['zero-width-space', 'word-joiner', 'bom', 'nbsp-marker'];

/** Names of the characters, one and several. */
const NAMES: Record<Kind, [string, string]> = {
  'zero-width-space': ['Zero-width space (U+200B)', 'zero-width spaces (U+200B)'],
  'word-joiner': ['Word joiner (U+2060)', 'word joiners (U+2060)'],
  bom: ['Byte order mark (U+FEFF)', 'byte order marks (U+FEFF)'],
  'nbsp-marker': ['No-break space (U+00A0)', 'no-break spaces (U+00A0)'],
};

/** One finding: a run of the same character, side by side, that means the same thing. */
interface Run {
  hazards: Hazard[];
  messageId: MessageId;
  scheme: string;
}

export default defineRule<Options, MessageId>({
  meta: {
    id: 'invisible-characters',
    description:
      'Disallow invisible characters that change what readers and Markdown get: zero-width spaces, word joiners, byte order marks inside the file, and no-break spaces after heading and list markers',
    defaultSeverity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        canonical: { type: 'boolean', default: false },
        allow: { type: 'array', items: { enum: [...KINDS] }, uniqueItems: true, default: [] },
      },
      additionalProperties: false,
    },
    messages: {
      invisible:
        '{{character}}, invisible and usually pasted in with the text: such characters split words for search and spell checking, and at the start of a line stop Markdown from seeing a heading, a list or a table. Delete {{it}}',
      bom: '{{character}} inside the file, usually left where texts or files were pasted together: invisible, but at the start of a line a byte order mark stops Markdown from seeing front matter, a heading, a list or a table. Delete {{it}}',
      beforeUrl:
        '{{character}} before {{scheme}} in a link target: the address no longer starts with {{scheme}}, so the link points to a page of this site that does not exist. Delete {{it}}',
      inLink: '{{character}} in a link target: invisible, but part of the address, so the link points to the wrong place. Delete {{it}}',
      nbspHeading:
        'No-break space (U+00A0) after the # of a heading: Markdown needs a plain space there, so this line shows as text with # signs instead of a heading. Replace it with a plain space',
      nbspList:
        'No-break space (U+00A0) after a list marker: Markdown needs a plain space there, so this line shows as text instead of a list item. Replace it with a plain space',
      nbspMarker:
        'No-break space (U+00A0) after a heading or list marker: Markdown needs a plain space there, so this line shows as plain text. Replace it with a plain space',
    },
  },
  checkPage({ page, locale, canonical, options, report }) {
    if (locale === null && !options.canonical) return;
    const hazards = page.hazards.filter((hazard) => !options.allow.includes(hazard.kind));
    if (hazards.length === 0) return;
    const copied = locale !== null && canonical ? copiedFromCanonical(canonical, page, hazards) : new Set<Hazard>();
    const inTargets = hazardsInTargets(page);
    const runs: Run[] = [];
    for (const hazard of hazards) {
      const scheme = inTargets.get(hazard);
      const messageId: MessageId =
        hazard.kind === 'nbsp-marker'
          ? markerMessage(page, hazard.span)
          : scheme !== undefined
            ? scheme
              ? 'beforeUrl'
              : 'inLink'
            : hazard.kind === 'bom'
              ? 'bom'
              : 'invisible';
      const last = runs[runs.length - 1];
      const previous = last?.hazards[last.hazards.length - 1];
      const adjacent = previous && previous.kind === hazard.kind && previous.span.line === hazard.span.line && previous.span.endColumn === hazard.span.column;
      if (last && adjacent && last.messageId === messageId && last.scheme === (scheme ?? '')) last.hazards.push(hazard);
      else runs.push({ hazards: [hazard], messageId, scheme: scheme ?? '' });
    }
    for (const { hazards: run, messageId, scheme } of runs) {
      const first = run[0];
      const end = run[run.length - 1];
      if (!first || !end) continue;
      const [one, several] = NAMES[first.kind];
      const data = { character: run.length === 1 ? one : `${run.length} ${several}`, it: run.length === 1 ? 'it' : 'them', scheme };
      const at = { ...first.span, endLine: end.span.endLine, endColumn: end.span.endColumn };
      // A no-break space after a marker becomes the plain space Markdown needs; the other characters go.
      // One the canonical page has too, where it decides the structure, waits for the canonical page:
      // fixing only the translation would give it a heading or list the canonical page lacks.
      const fix = run.some((hazard) => copied.has(hazard)) ? undefined : { ...at, text: first.kind === 'nbsp-marker' ? ' '.repeat(run.length) : '' };
      report({ messageId, at, data, ...(fix ? { fix } : {}) });
    }
  },
});

/**
 * The structural hazards of a translation that its canonical page has too: a hazard of
 * the same kind, also structural, in the canonical block aligned with the innermost
 * block holding it.
 */
function copiedFromCanonical(canonical: PageModel, page: PageModel, hazards: readonly Hazard[]): Set<Hazard> {
  const copied = new Set<Hazard>();
  const structural = hazards.filter((hazard) => hazard.structural);
  if (structural.length === 0 || !canonical.hazards.some((hazard) => hazard.structural)) return copied;
  const pairs: Array<{ canonical: Span; locale: Span }> = [];
  for (const { pair } of everyBlock(alignPages(canonical, page))) {
    if (pair.canonical && pair.locale) pairs.push({ canonical: pair.canonical.span, locale: pair.locale.span });
  }
  for (const hazard of structural) {
    // The innermost pair holding the hazard: the first of the fewest lines.
    let holding: { canonical: Span; locale: Span } | undefined;
    for (const pair of pairs) if (containsSpan(pair.locale, hazard.span) && (!holding || lines(pair.locale) < lines(holding.locale))) holding = pair;
    if (!holding) continue;
    if (canonical.hazards.some((other) => other.structural && other.kind === hazard.kind && containsSpan(holding.canonical, other.span))) copied.add(hazard);
  }
  return copied;
}

function lines(span: Span): number {
  return span.endLine - span.line;
}

const INVISIBLE = /[\u200b\u2060\ufeff]/g;

/**
 * The invisible characters that stand in a link or image target, each with the scheme
 * it stands before (`https://`) or ''. In `[text](target)` the text comes first, so
 * when a link's span holds as many of them as its text and target together, the last
 * ones are the target's; a link whose text is its target (an autolink) holds only the
 * target's. Otherwise (reference links, escapes) which is which is not known, and the
 * characters count as text.
 */
function hazardsInTargets(page: PageModel): Map<Hazard, string> {
  const found = new Map<Hazard, string>();
  const invisible = page.hazards.filter((h) => h.kind !== 'nbsp-marker');
  for (const target of linkTargets(page)) {
    const inUrl = target.url.match(INVISIBLE)?.length ?? 0;
    if (inUrl === 0) continue;
    const inSpan = invisible.filter((h) => containsSpan(target.span, h.span));
    const inText = target.text === target.url ? 0 : (target.text.match(INVISIBLE)?.length ?? 0);
    if (inSpan.length !== inText + inUrl) continue;
    const leading = /^[\u200b\u2060\ufeff]*/.exec(target.url)?.[0].length ?? 0;
    const scheme = /^(?:https?|ftp|mailto):(?:\/\/)?/i.exec(target.url.slice(leading))?.[0] ?? '';
    inSpan.slice(inText).forEach((hazard, index) => found.set(hazard, index < leading ? scheme : ''));
  }
  return found;
}

interface Target {
  url: string;
  text: string;
  span: Span;
}

/** Links and images of the page with their targets (blocks hold those of the blocks inside them). */
function linkTargets(page: PageModel): Target[] {
  const targets: Target[] = [];
  for (const block of page.blocks) {
    for (const link of block.inline.links) targets.push(link);
    for (const image of block.inline.images) targets.push({ url: image.url, text: image.alt, span: image.span });
  }
  return targets;
}

/**
 * Which marker the no-break space follows. The line is not a heading or list item
 * (that is the point), so it starts a paragraph whose text shows the marker; when it
 * continues a paragraph instead, the message names both kinds.
 */
function markerMessage(page: PageModel, span: Span): MessageId {
  const block = paragraphAt(page.blocks, span.line);
  if (block?.kind === 'paragraph' && block.span.line === span.line) {
    if (/^#{1,6} /.test(block.text)) return 'nbspHeading';
    if (/^(?:[-*+]|\d{1,9}[.)]) /.test(block.text)) return 'nbspList';
  }
  return 'nbspMarker';
}

function paragraphAt(blocks: readonly Block[], line: number): Block | undefined {
  for (const block of blocks) {
    if (line < block.span.line || line > block.span.endLine) continue;
    const inner =
      block.kind === 'list'
        ? paragraphAt(block.items.flatMap((item) => item.blocks), line)
        : block.kind === 'admonition' || block.kind === 'blockquote'
          ? paragraphAt(block.blocks, line)
          : undefined;
    return inner ?? block;
  }
  return undefined;
}
