import type * as mdast from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
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
import type { Construct, Extension, State } from 'micromark-util-types';
import { AUTOLINK_MARK, mayHoldAutolinkLiteral } from './autolink-marks.js';
import { tableLines } from './table-lines.js';

/** micromark's table syntax, the one remark-gfm uses; `tablesOn` narrows it to given lines. */
const TABLE_SYNTAX = gfmTable();
const TABLE = TABLE_SYNTAX.flow?.null as Construct;

/**
 * GitHub Flavored Markdown, one syntax extension at a time, each only for the pages
 * that can hold it. Every extension costs time on every page it is given (autolink
 * literals watch every letter, tables are tried at the start of every block), so a
 * page is parsed with only those whose marks it contains, and tables are tried only
 * on the lines that can hold one: the tree is exactly the one remark-parse with
 * remark-gfm gives, for less work.
 *
 * The order is remark-gfm's.
 */
const EXTENSIONS = [
  { name: 'autolinkLiteral', micromark: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown() },
  { name: 'footnote', micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { name: 'strikethrough', micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  { name: 'table', micromark: TABLE_SYNTAX, mdast: gfmTableFromMarkdown() },
  { name: 'taskListItem', micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
] as const;

type ExtensionName = (typeof EXTENSIONS)[number]['name'];

/** Marks without which an extension cannot change the tree (a footnote needs `[^`, …); tables are told by `tableLines`. */
const NEEDED: Record<Exclude<ExtensionName, 'autolinkLiteral' | 'table'>, (text: string) => boolean> = {
  footnote: (text) => text.includes('[^'),
  strikethrough: (text) => text.includes('~'),
  taskListItem: (text) => /\[[\sxX]\]/.test(text),
};

/**
 * The table extension, trying a table only on the given lines (see `tableLines`):
 * elsewhere it fails at once, as it would after reading the line, and micromark
 * goes on to the other constructs.
 */
function tablesOn(lines: Uint8Array): Extension {
  const construct: Construct = {
    ...TABLE,
    tokenize(effects, ok, nok): State {
      return lines[this.now().line] === 1 ? TABLE.tokenize.call(this, effects, ok, nok) : nok;
    },
  };
  return { flow: { null: construct } };
}

function parseWith(text: string, names: ReadonlySet<ExtensionName>, tables: Uint8Array | null): mdast.Root {
  const chosen = EXTENSIONS.filter((extension) => names.has(extension.name));
  return fromMarkdown(text, {
    extensions: chosen.map((extension) => (extension.name === 'table' && tables ? tablesOn(tables) : extension.micromark)),
    mdastExtensions: chosen.map((extension) => extension.mdast),
  });
}

/**
 * Parses Markdown to mdast as remark-parse with remark-gfm does. Literal autolinks
 * are looked for only where they may be: at once when the text has an address
 * written otherwise than as a link (see `mayHoldAutolinkLiteral`), else only when the
 * page, parsed without them, has text outside links that could hold one; then it is
 * parsed again with them.
 */
export function parseMarkdown(text: string): mdast.Root {
  const names = new Set<ExtensionName>();
  for (const [name, needed] of Object.entries(NEEDED)) if (needed(text)) names.add(name as ExtensionName);
  const tables = tableLines(text);
  if (tables) names.add('table');
  const guessed = mayHoldAutolinkLiteral(text);
  if (guessed) names.add('autolinkLiteral');
  const tree = parseWith(text, names, tables);
  if (guessed || !AUTOLINK_MARK.test(text) || !hasAutolinkMark(tree)) return tree;
  names.add('autolinkLiteral');
  return parseWith(text, names, tables);
}

/** Whether text outside links holds the mark of a literal autolink (inside links there are none). */
function hasAutolinkMark(node: mdast.Nodes): boolean {
  if (node.type === 'text') return AUTOLINK_MARK.test(node.value);
  if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return false;
  for (const child of node.children) if (hasAutolinkMark(child)) return true;
  return false;
}
