import { rememberedIn } from '../engine/remembered.js';
import type { Block, BlockKind, ListItem, PageModel, Span, TableRow } from '../page/model.js';
import { alignSequences, alignsByContent, type Pair, type Similarity } from './sequence.js';
import { tokenOverlap, type TokenOverlap } from './token-overlap.js';

export { anyAmbiguous, type Pair } from './sequence.js';

/** A pair of blocks, with the alignment of what is inside them when both exist. */
export interface AlignedBlock extends Pair<Block> {
  /** Table body rows. */
  rows?: Pair<TableRow>[];
  /** List items, each with the alignment of its own blocks. */
  items?: AlignedItem[];
  /** Blocks inside an admonition or block quote. */
  blocks?: AlignedBlock[];
}

export interface AlignedItem extends Pair<ListItem> {
  blocks?: AlignedBlock[];
}

export interface Alignment {
  blocks: AlignedBlock[];
}

/**
 * Aligns a locale page with its canonical page: the block sequences first, then,
 * inside every matched pair, table rows, list items and the blocks of admonitions,
 * quotes and list items. Text differs by definition, so blocks are matched on
 * their kind, their shape and their untranslatable tokens.
 */
export function alignPages(canonical: PageModel, locale: PageModel): Alignment {
  // Several rules align the same pair: once is enough (kept as long as both models are).
  const byLocale = rememberedIn(aligned, canonical, () => new WeakMap<PageModel, Alignment>());
  return rememberedIn(byLocale, locale, () => ({ blocks: alignBlocks(canonical.blocks, locale.blocks, bodyStart(locale)) }));
}

/** Where a page's body starts: after its front matter, or at the end of a file that is nothing else. */
function bodyStart(page: PageModel): Span {
  const frontMatter = page.frontMatter?.span;
  if (!frontMatter) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (frontMatter.endLine < page.lineCount) return { line: frontMatter.endLine + 1, column: 1, endLine: frontMatter.endLine + 1, endColumn: 1 };
  return { line: frontMatter.endLine, column: frontMatter.endColumn, endLine: frontMatter.endLine, endColumn: frontMatter.endColumn };
}

const aligned = new WeakMap<PageModel, WeakMap<PageModel, Alignment>>();

/**
 * Aligns two sequences whose elements are compared by their tokens (see
 * `tokenOverlap`: every element is compared with every element of the other sequence).
 */
function alignByTokens<T extends { span: Span; tokens: readonly string[] }>(
  canonical: readonly T[],
  locale: readonly T[],
  similarity: Similarity<T, TokenOverlap>,
  container: Span,
): Pair<T>[] {
  // Sequences too long to align by content are paired in order: their tokens are never compared.
  if (!alignsByContent(canonical.length, locale.length)) return alignSequences(canonical, locale, never, container);
  const tokens = tokenOverlap(tokensOf(canonical), tokensOf(locale), canonical);
  return alignSequences(canonical, locale, similarity, container, tokens);
}

function never(): null {
  return null;
}

function tokensOf(elements: readonly { tokens: readonly string[] }[]): (readonly string[])[] {
  const tokens: (readonly string[])[] = [];
  for (const element of elements) tokens.push(element.tokens);
  return tokens;
}

// Matched pairs get their inner alignment in a new object of the same fields, written
// out rather than spread: one shape per kind of pair (see `pairOf` in sequence.ts).
function alignBlocks(canonical: readonly Block[], locale: readonly Block[], container: Span): AlignedBlock[] {
  const pairs: AlignedBlock[] = alignByTokens(canonical, locale, blockSimilarity, container);
  for (let k = 0; k < pairs.length; k++) {
    const { canonical: c, locale: l } = pairs[k] as AlignedBlock;
    if (!c || !l) continue;
    if (c.kind === 'table' && l.kind === 'table') {
      pairs[k] = { canonical: c, locale: l, at: undefined, ambiguous: undefined, rows: alignByTokens(c.rows, l.rows, rowSimilarity, endOf(l.span)) };
    } else if (c.kind === 'list' && l.kind === 'list') {
      pairs[k] = { canonical: c, locale: l, at: undefined, ambiguous: undefined, items: alignItems(c.items, l.items, l.span) };
    } else if ((c.kind === 'admonition' || c.kind === 'blockquote') && (l.kind === 'admonition' || l.kind === 'blockquote')) {
      pairs[k] = { canonical: c, locale: l, at: undefined, ambiguous: undefined, blocks: alignBlocks(c.blocks, l.blocks, l.span) };
    }
  }
  return pairs;
}

function alignItems(canonical: readonly ListItem[], locale: readonly ListItem[], container: Span): AlignedItem[] {
  const pairs: AlignedItem[] = alignByTokens(canonical, locale, itemSimilarity, container);
  for (let k = 0; k < pairs.length; k++) {
    const { canonical: c, locale: l } = pairs[k] as AlignedItem;
    if (c && l) pairs[k] = { canonical: c, locale: l, at: undefined, ambiguous: undefined, blocks: alignBlocks(c.blocks, l.blocks, l.span) };
  }
  return pairs;
}

const COMPATIBLE: Partial<Record<BlockKind, BlockKind[]>> = {
  admonition: ['blockquote'],
  blockquote: ['admonition'],
};

/** How alike two blocks are, in [0, 1]; null when their kinds can never correspond. */
function blockSimilarity(c: Block, l: Block, i: number, j: number, tokens: TokenOverlap): number | null {
  if (c.kind !== l.kind) return COMPATIBLE[c.kind]?.includes(l.kind) ? 0.2 : null;
  switch (c.kind) {
    case 'heading':
      return (l.kind === 'heading' && c.depth === l.depth ? 1 : 0.6) * tokens.evidence(i, j, 0.5);
    case 'table':
      if (l.kind !== 'table') return null;
      return (c.columns === l.columns ? 1 : 0.6) * (0.5 + 0.5 * ratio(c.rows.length, l.rows.length)) * tokens.evidence(i, j, 0.3);
    case 'list':
      if (l.kind !== 'list') return null;
      return (c.ordered === l.ordered ? 1 : 0.7) * (0.5 + 0.5 * ratio(c.items.length, l.items.length)) * tokens.evidence(i, j, 0.1);
    case 'admonition':
      return (l.kind === 'admonition' && c.type === l.type ? 1 : 0.6) * tokens.evidence(i, j, 0.3);
    case 'code':
      return l.kind === 'code' && c.value === l.value ? 1 : 0.5;
    case 'include':
      return l.kind === 'include' && c.path === l.path ? 1 : 0.3;
    case 'html':
      return l.kind === 'html' && c.value === l.value ? 1 : 0.4;
    case 'thematicBreak':
      return 0.6;
    default:
      return tokens.evidence(i, j, 0.1);
  }
}

function rowSimilarity(c: TableRow, l: TableRow, i: number, j: number, tokens: TokenOverlap): number {
  let sameCells = 0;
  for (let index = 0; index < c.cells.length; index++) {
    const cell = c.cells[index];
    if (cell !== '' && cell === l.cells[index]) sameCells++;
  }
  const cellScore = c.cells.length === 0 ? 0 : sameCells / c.cells.length;
  return Math.min(1, tokens.evidence(i, j, 0.1) + 0.4 * cellScore);
}

function itemSimilarity(_c: ListItem, _l: ListItem, i: number, j: number, tokens: TokenOverlap): number {
  return tokens.evidence(i, j, 0.1);
}

/** Rows missing from a table that has none go at its end, after the delimiter row. */
function endOf(span: Span): Span {
  return { line: span.endLine, column: span.endColumn, endLine: span.endLine, endColumn: span.endColumn };
}

function ratio(a: number, b: number): number {
  return a === b ? 1 : Math.min(a, b) / Math.max(a, b);
}

/**
 * Calls `visit` for every aligned block, nested ones included, in document order;
 * `inItem` tells whether the block stands in a list item.
 */
export function walkBlocks(blocks: readonly AlignedBlock[], visit: (pair: AlignedBlock, where: { inItem: boolean }) => void, inItem = false): void {
  for (const where of listBlocks(blocks, inItem, [])) visit(where.pair, where);
}

/** An aligned block as `everyBlock` lists it. */
export interface BlockVisit {
  readonly pair: AlignedBlock;
  /** Whether the block stands in a list item. */
  readonly inItem: boolean;
}

/**
 * Every aligned block of an alignment, nested ones included, in the order `walkBlocks`
 * visits them; listed once per alignment, for all the rules that go through it.
 * The built-in rules loop over it rather than pass `walkBlocks` a function: a function
 * made anew at each call has its optimised code thrown away by V8 at every full
 * garbage collection and compiled again, which in a long run costs more than the loop.
 */
export function everyBlock(alignment: Alignment): readonly BlockVisit[] {
  return rememberedIn(visits, alignment, () => listBlocks(alignment.blocks, false, []));
}

const visits = new WeakMap<Alignment, BlockVisit[]>();

function listBlocks(blocks: readonly AlignedBlock[], inItem: boolean, list: BlockVisit[]): BlockVisit[] {
  for (const pair of blocks) {
    list.push({ pair, inItem });
    if (pair.blocks) listBlocks(pair.blocks, inItem, list);
    if (pair.items) for (const item of pair.items) if (item.blocks) listBlocks(item.blocks, true, list);
  }
  return list;
}
