import type * as mdast from 'mdast';
import { directivesOf } from './directives.js';
import { splitFrontMatter } from './front-matter.js';
import type { Block, Hazard, Inline, ListItem, NumberMention, PageModel, Span, TableRow } from './model.js';
import { parseMarkdown } from './syntax.js';
import { textTokens } from './tokens.js';

const ADMONITION_MARKER = /^\[!([\p{L}]+)\][ \t]*(?:\r?\n|$)/u;
const MARKER_WITH_TEXT = /^\[!([\p{L}]+)\][ \t]*\S/u;
const NOT_ADMONITIONS = new Set(['INCLUDE', 'VIDEO', 'DIV']);
const INCLUDE = /^\[!INCLUDE\s*\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)\s*\]$/i;
const HTML_ANCHOR = /<a\s[^>]*?\b(?:name|id)\s*=\s*["']([^"']+)["']/gi;
const ATTRIBUTE_ANCHOR = /\{#([\w\-.:]+)\}/g;

/**
 * Parses a page into its model. Never throws for any string: unknown syntax is
 * kept as opaque paragraphs or HTML, a broken front matter is recorded in the model.
 */
export function parsePage(file: string, raw: string): PageModel {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const { frontMatter, body, bodyLineOffset } = splitFrontMatter(text);
  const tree = parseMarkdown(body);
  const context: Context = { source: body, lineOffset: bodyLineOffset, contents: new Map() };
  return {
    file,
    bom,
    eol: lineEndings(text),
    lineCount: text.length === 0 ? 0 : text.split('\n').length,
    frontMatter,
    blocks: blocksOf(tree.children, context),
    hazards: hazardsOf(text),
    directives: directivesOf(text),
    // Set by `modelOf` for a page read from a file, when the run needs it; named here so that every model has one shape.
    hash: undefined,
  };
}

const HAZARD = /[\u200b\u2060\ufeff]|^[ \t]{0,3}(?:#{1,6}|[-*+]|\d{1,9}[.)])\u00a0/gmu;
/** What may stand before a structural hazard on its line: indentation, quote markers, a heading or list marker. */
const LINE_OPENING = /^[ \t>]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)])[ \t]*)?$/;
const HAZARD_KINDS: Record<string, Hazard['kind']> = { '\u200b': 'zero-width-space', '\u2060': 'word-joiner', '\ufeff': 'bom' };

/** Invisible characters that matter, with their places (see `Hazard`). `text` has no leading BOM. */
function hazardsOf(text: string): Hazard[] {
  const hazards: Hazard[] = [];
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(HAZARD)) {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = match.index;
    const kind = HAZARD_KINDS[match[0]] ?? 'nbsp-marker';
    const offset = kind === 'nbsp-marker' ? match.index + match[0].length - 1 : match.index;
    const column = offset - lineStart + 1;
    const structural = kind === 'nbsp-marker' || LINE_OPENING.test(text.slice(lineStart, offset));
    hazards.push({ kind, span: { line, column, endLine: line, endColumn: column + 1 }, ...(structural ? { structural: true as const } : {}) });
  }
  return hazards;
}

interface Context {
  source: string;
  lineOffset: number;
  /** Each node's content, made once: a list's is made from its items', an item's from its blocks'. */
  contents: Map<mdast.Node, Content>;
}

/** A node's plain text (whitespace collapsed), its untranslatable tokens and its inline inventory. */
interface Content {
  text: string;
  tokens: string[];
  inline: Inline;
}

function lineEndings(text: string): PageModel['eol'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  if (lf === 0) return 'none';
  if (crlf === lf) return 'crlf';
  return crlf === 0 ? 'lf' : 'mixed';
}

function spanOf(node: mdast.Node, context: Context): Span {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const end = node.position?.end ?? start;
  return {
    line: start.line + context.lineOffset,
    column: start.column,
    endLine: end.line + context.lineOffset,
    endColumn: end.column,
  };
}

/**
 * The span of an inline link's target (`[text](target "title")`, `[text](<target>)`),
 * found as the last place in the link's source where `(` or `(<` follows `]` and the
 * URL stands exactly as mdast read it. Null when it is written otherwise.
 */
function targetSpan(link: mdast.Link, context: Context): Span | null {
  const start = link.position?.start;
  if (start?.offset === undefined || link.url === '') return null;
  const source = sourceOf(link, context);
  if (!source.endsWith(')')) return null;
  for (let at = source.lastIndexOf(link.url); at > 1; at = source.lastIndexOf(link.url, at - 1)) {
    const before = source.slice(0, at);
    const after = source.slice(at + link.url.length);
    if (!/\]\([ \t]*(?:\r?\n[ \t]*)?<?$/.test(before)) continue;
    if (!/^(?:>|[ \t\r\n)])/.test(after)) continue;
    const lines = before.split('\n');
    const line = start.line + lines.length - 1 + context.lineOffset;
    const column = (lines.length === 1 ? start.column : 1) + (lines[lines.length - 1] ?? '').length;
    return { line, column, endLine: line, endColumn: column + link.url.length };
  }
  return null;
}

function sourceOf(node: mdast.Node, context: Context): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : context.source.slice(start, end);
}

function blocksOf(nodes: mdast.RootContent[], context: Context): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const block = blockOf(node, context);
    if (block) blocks.push(block);
  }
  return blocks;
}

function blockOf(node: mdast.RootContent, context: Context): Block | null {
  const span = spanOf(node, context);
  switch (node.type) {
    // Each kind of block is made by one object literal naming all its fields, never by
    // spreading: V8 keeps the shape of a literal for good, while a shape made by adding
    // fields dies with the last object that has it, at a full collection, and with it
    // the optimised code of every function that met it (the rules' and alignment's).
    case 'heading': {
      const { text, tokens, inline } = content(node, context);
      return { kind: 'heading', depth: node.depth, source: sourceOf(node, context).split(/\r?\n/)[0] ?? '', span, text, tokens, inline };
    }
    case 'paragraph': {
      const include = INCLUDE.exec(sourceOf(node, context).trim());
      const { text, tokens, inline } = content(node, context);
      if (include) return { kind: 'include', path: include[2] ?? '', span, text, tokens, inline };
      return { kind: 'paragraph', span, text, tokens, inline };
    }
    case 'table':
      return tableOf(node, span, context);
    case 'list': {
      const items: ListItem[] = [];
      for (const item of node.children) items.push(listItemOf(item, context));
      const { text, tokens, inline } = content(node, context);
      return { kind: 'list', ordered: node.ordered === true, items, span, text, tokens, inline };
    }
    case 'blockquote':
      return blockquoteOf(node, span, context);
    case 'code':
      return {
        kind: 'code',
        lang: node.lang ?? '',
        value: lf(node.value),
        fenced: /^\s*(```|~~~)/.test(sourceOf(node, context)),
        span,
        text: lf(node.value),
        tokens: [],
        inline: emptyInline(),
      };
    case 'html':
      return { kind: 'html', value: lf(node.value), span, text: '', tokens: [], inline: { links: [], images: [], code: [], anchors: htmlAnchors(node.value), numbers: [] } };
    case 'thematicBreak':
      return { kind: 'thematicBreak', span, text: '', tokens: [], inline: emptyInline() };
    default:
      // Definitions, footnote definitions and anything unknown carry no structure to compare.
      return null;
  }
}

function tableOf(node: mdast.Table, span: Span, context: Context): Block {
  const rows: TableRow[] = [];
  for (const row of node.children) {
    const cells: string[] = [];
    for (const cell of row.children) cells.push(content(cell, context).text);
    rows.push({ span: spanOf(row, context), cells, tokens: content(row, context).tokens });
  }
  const [header, ...body] = rows;
  const { text, tokens, inline } = content(node, context);
  return {
    kind: 'table',
    columns: node.align?.length ?? header?.cells.length ?? 0,
    header: header ?? { span, cells: [], tokens: [] },
    rows: body,
    span,
    text,
    tokens,
    inline,
  };
}

function listItemOf(item: mdast.ListItem, context: Context): ListItem {
  const { text, tokens } = content(item, context);
  return { span: spanOf(item, context), text, tokens, blocks: blocksOf(item.children, context) };
}

function blockquoteOf(node: mdast.Blockquote, span: Span, context: Context): Block {
  const first = node.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const marker = lead?.type === 'text' ? ADMONITION_MARKER.exec(lead.value) : null;
  const type = marker?.[1]?.toUpperCase();
  if (!type || NOT_ADMONITIONS.has(type)) {
    const misplaced = lead?.type === 'text' ? MARKER_WITH_TEXT.exec(lead.value)?.[1]?.toUpperCase() : undefined;
    const blocks = blocksOf(node.children, context);
    const { text, tokens, inline } = content(node, context);
    return { kind: 'blockquote', blocks, span, text, tokens, inline, marker: misplaced && !NOT_ADMONITIONS.has(misplaced) ? misplaced : undefined };
  }
  const whole = content(node, context);
  const text = whole.text.replace(/^\[![\p{L}]+\]\s*/u, '');
  const blocks = blocksOf(node.children, context);
  // The marker's own paragraph holds the first lines of the admonition's text.
  const opening = blocks[0];
  if (opening?.kind === 'paragraph') {
    const openingText = opening.text.replace(/^\[![\p{L}]+\]\s*/u, '');
    if (openingText === '' && opening.inline.links.length + opening.inline.images.length === 0) blocks.shift();
    else blocks[0] = { kind: 'paragraph', span: opening.span, text: openingText, tokens: opening.tokens, inline: opening.inline };
  }
  return { kind: 'admonition', type, blocks, span, text, tokens: withInlineTokens(textTokens(text), whole.inline), inline: whole.inline };
}

/**
 * Text, tokens and inline inventory of a node and everything inside it. A container of
 * blocks (a list, an item, a quote, a table and its rows) puts together its children's,
 * so that nested content is read once however deep it is: the text of the whole is its
 * children's collapsed texts joined by whitespace (a row's cells by ` | `), and its
 * tokens are theirs (tokens are counted as a multiset, and numbers and words never
 * span whitespace).
 */
function content(node: mdast.Node, context: Context): Content {
  const known = context.contents.get(node);
  if (known) return known;
  let made: Content;
  if (isBlockContainer(node) || node.type === 'tableRow') {
    const children: Content[] = [];
    for (const child of (node as mdast.Parent).children) children.push(content(child, context));
    made = {
      text: node.type === 'tableRow' ? collapse(joinedTexts(children, ' | ', true)) : joinedTexts(children, ' ', false),
      tokens: joinedTokens(children),
      inline: mergedInline(children),
    };
  } else {
    const inline = emptyInline();
    collectInline(node, context, inline);
    const text = collapse(plainText(node));
    made = { text, tokens: withInlineTokens(textTokens(text), inline), inline };
  }
  context.contents.set(node, made);
  return made;
}

/**
 * Collapsed texts of blocks, as the collapsed text of the blocks together: the
 * non-empty ones joined by a space. A row's cells, every one of them, by ` | `.
 */
function joinedTexts(children: readonly Content[], separator: string, empty: boolean): string {
  let text = '';
  let first = true;
  for (const child of children) {
    if (!empty && child.text === '') continue;
    text = first ? child.text : text + separator + child.text;
    first = false;
  }
  return text;
}

function joinedTokens(children: Content[]): string[] {
  const tokens: string[] = [];
  for (const child of children) for (const token of child.tokens) tokens.push(token);
  return tokens;
}

function mergedInline(parts: readonly Content[]): Inline {
  const merged: Inline = { links: [], images: [], code: [], anchors: [], numbers: [] };
  for (const { inline } of parts) {
    for (const link of inline.links) merged.links.push(link);
    for (const image of inline.images) merged.images.push(image);
    for (const code of inline.code) merged.code.push(code);
    for (const anchor of inline.anchors) merged.anchors.push(anchor);
    for (const number of inline.numbers) merged.numbers.push(number);
  }
  return merged;
}

/**
 * `tokens` with the inline tokens added. A translation may point a relative link at
 * its own locale's page and an external one at a localised address, so relative links
 * count only as links, and external ones lose locale segments such as `/en-us/`; an
 * image counts by its file name.
 */
function withInlineTokens(tokens: string[], inline: Inline): string[] {
  for (const link of inline.links) tokens.push(/^[a-z][a-z0-9+.-]*:/i.test(link.url) ? 'url:' + externalUrlToken(link.url) : 'link');
  for (const image of inline.images) tokens.push('img:' + (image.url.split(/[?#]/)[0] ?? '').split('/').pop());
  for (const code of inline.code) tokens.push('code:' + code.value);
  return tokens;
}

function externalUrlToken(url: string): string {
  return url
    .toLowerCase()
    .replace(/[?#].*$/, '')
    .replace(/\/[a-z]{2}(?:-[a-z]{2,4})?(?=\/|$)/g, '')
    .replace(/\/$/, '');
}

function collectInline(node: mdast.Node, context: Context, inline: Inline, inUrl = false): void {
  switch (node.type) {
    case 'link': {
      const link = node as mdast.Link;
      const text = collapse(plainText(link));
      const urlSpan = targetSpan(link, context);
      inline.links.push({ url: link.url, text, span: spanOf(link, context), ...(urlSpan ? { urlSpan } : {}) });
      // The digits of a URL written as a link's text are not numbers of the text.
      if (text === link.url || URL_TEXT.test(text)) inUrl = true;
      break;
    }
    case 'image': {
      const image = node as mdast.Image;
      inline.images.push({ url: image.url, alt: image.alt ?? '', span: spanOf(image, context) });
      break;
    }
    case 'inlineCode':
      inline.code.push({ value: (node as mdast.InlineCode).value, span: spanOf(node, context) });
      break;
    case 'html':
      inline.anchors.push(...htmlAnchors((node as mdast.Html).value));
      break;
    case 'text':
      for (const match of (node as mdast.Text).value.matchAll(ATTRIBUTE_ANCHOR)) inline.anchors.push(match[1] ?? '');
      if (!inUrl) inline.numbers.push(...numbersOf(node as mdast.Text, context));
      break;
    default:
      break;
  }
  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as mdast.Node[]) collectInline(child, context, inline, inUrl);
  }
}

const URL_TEXT = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i;
/** Digit groups joined by `.`, `,`, `/`, `:` or `-`, or by a no-break or thin space before a group of three. */
const NUMBER_MENTION = /\d+(?:(?:[.,/:\-]|[\u00a0\u2009\u202f](?=\d{3}(?!\d)))\d+)*/g;

/**
 * The numbers of a text node, each with its place: found in the node's source in
 * order, whole (no digit just before or after). Where the source writes a number
 * differently (character references, escapes), the place is the whole text node.
 */
function numbersOf(node: mdast.Text, context: Context): NumberMention[] {
  const start = node.position?.start;
  const from = start?.offset;
  const to = node.position?.end.offset;
  if (!start || from === undefined || to === undefined) return [];
  const source = context.source.slice(from, to);
  const numbers: NumberMention[] = [];
  let cursor = 0;
  // Lines are counted as the search moves on, so a long text costs no more than its length.
  let line = start.line + context.lineOffset;
  let newline = -1;
  let counted = 0;
  for (const match of node.value.matchAll(NUMBER_MENTION)) {
    const value = match[0];
    const at = findWhole(source, value, cursor);
    if (at < 0) {
      numbers.push({ value, span: spanOf(node, context) });
      continue;
    }
    cursor = at + value.length;
    for (let i = source.indexOf('\n', counted); i !== -1 && i < at; i = source.indexOf('\n', i + 1)) {
      line++;
      newline = i;
    }
    counted = at;
    if (isEnumeration(context.source, from + at, value)) continue;
    const column = newline === -1 ? start.column + at : at - newline;
    numbers.push({ value, span: { line, column, endLine: line, endColumn: column + value.length } });
  }
  return numbers;
}

/**
 * A number that opens a line as an enumeration (`1.` or `2)` then a space) but is part of
 * the text because Markdown did not take it for a list marker: a translation may well
 * have a real list there, whose markers are not text.
 */
function isEnumeration(source: string, offset: number, value: string): boolean {
  if (value.length > 2 || !/^[.)](?:[\s\u200b\u2060\ufeff]|$)/.test(source.slice(offset + value.length, offset + value.length + 2))) return false;
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t>\u200b\u2060\ufeff]*$/.test(source.slice(lineStart, offset));
}

function findWhole(source: string, value: string, from: number): number {
  const digit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
  for (let at = source.indexOf(value, from); at !== -1; at = source.indexOf(value, at + 1)) {
    if (!digit(source[at - 1]) && !digit(source[at + value.length])) return at;
  }
  return -1;
}

function htmlAnchors(html: string): string[] {
  return [...html.matchAll(HTML_ANCHOR)].map((match) => match[1] ?? '');
}

function plainText(node: mdast.Node): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return (node as mdast.Image).alt ?? '';
  if ('children' in node && Array.isArray(node.children)) {
    const children = node.children as mdast.Node[];
    const separator = node.type === 'tableRow' ? ' | ' : isBlockContainer(node) ? '\n' : '';
    return children.map(plainText).join(separator);
  }
  return '';
}

const BLOCK_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'table']);

function isBlockContainer(node: mdast.Node): boolean {
  return BLOCK_CONTAINERS.has(node.type);
}

/** Line endings as LF, so a CRLF translation of a code block equals its LF original. */
function lf(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Whitespace that `collapse` changes: any but a single space between other characters. */
const LOOSE_WHITESPACE = /[^\S ]| {2}|^ | $/;

function collapse(text: string): string {
  return LOOSE_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

function emptyInline(): Inline {
  return { links: [], images: [], code: [], anchors: [], numbers: [] };
}
