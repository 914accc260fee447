import type * as mdast from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * GitHub Flavored Markdown, one syntax extension at a time, each only for the pages
 * that can hold it. Every extension costs time on every page it is given (autolink
 * literals watch every letter), so a page is parsed with only those whose marks it
 * contains: the tree is exactly the one remark-gfm gives, for less work.
 *
 * The order is remark-gfm's.
 */
const EXTENSIONS = [
  { name: 'autolinkLiteral', micromark: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown() },
  { name: 'footnote', micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { name: 'strikethrough', micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  { name: 'table', micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  { name: 'taskListItem', micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
] as const;

type ExtensionName = (typeof EXTENSIONS)[number]['name'];

/** Marks without which an extension cannot change the tree (a table needs a pipe, a footnote `[^`, …). */
const NEEDED: Record<Exclude<ExtensionName, 'autolinkLiteral'>, (text: string) => boolean> = {
  footnote: (text) => text.includes('[^'),
  strikethrough: (text) => text.includes('~'),
  table: (text) => text.includes('|'),
  taskListItem: (text) => /\[[\sxX]\]/.test(text),
};

/** Every literal autolink (URL, www., e-mail, mailto:, xmpp:) holds one of these. */
const AUTOLINK_MARK = /:\/\/|www\.|@/i;

interface Parser {
  parse(text: string): mdast.Root;
}

const parsers = new Map<string, Parser>();

function parserWith(names: ReadonlySet<ExtensionName>): Parser {
  const key = [...names].sort().join(',');
  let parser = parsers.get(key);
  if (!parser) {
    const chosen = EXTENSIONS.filter((extension) => names.has(extension.name));
    const processor = unified()
      .use(remarkParse)
      .data('micromarkExtensions', chosen.map((extension) => extension.micromark))
      .data('fromMarkdownExtensions', chosen.map((extension) => extension.mdast));
    parser = { parse: (text) => processor.parse(text) };
    parsers.set(key, parser);
  }
  return parser;
}

/**
 * Parses Markdown to mdast as remark-parse with remark-gfm does. Literal autolinks
 * are looked for only when the page, parsed without them, has text outside links
 * that could hold one; then it is parsed again with them.
 */
export function parseMarkdown(text: string): mdast.Root {
  const names = new Set<ExtensionName>();
  for (const [name, needed] of Object.entries(NEEDED)) if (needed(text)) names.add(name as ExtensionName);
  const tree = parserWith(names).parse(text);
  if (!AUTOLINK_MARK.test(text) || !hasAutolinkMark(tree)) return tree;
  names.add('autolinkLiteral');
  return parserWith(names).parse(text);
}

/** Whether text outside links holds the mark of a literal autolink (inside links there are none). */
function hasAutolinkMark(node: mdast.Nodes): boolean {
  if (node.type === 'text') return AUTOLINK_MARK.test(node.value);
  if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return false;
  return node.children.some((child) => hasAutolinkMark(child));
}
