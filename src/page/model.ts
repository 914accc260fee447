import type { Directive } from './directives.js';

/**
 * The page model: a small, serialisable description of one Markdown page.
 *
 * It is what parsing produces and all that rules see. It holds no syntax tree, so
 * it can cross a worker-thread boundary or be cached as JSON. Every position is in
 * whole-file coordinates: 1-based lines and columns of the file as it is on disk
 * (front matter included; a leading BOM is not counted as a column).
 */

/** A range in a file. Lines and columns are 1-based; the end column is exclusive. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Link {
  url: string;
  text: string;
  span: Span;
  /**
   * Where the target stands in an inline link (`[text](target)`), when the file writes
   * it exactly as `url` (no escapes or character references): what a fix may replace.
   * Absent for reference links and autolinks.
   */
  urlSpan?: Span;
}

export interface Image {
  url: string;
  alt: string;
  span: Span;
}

export interface InlineCode {
  value: string;
  span: Span;
}

/**
 * A number in the text as written (`1,000`, `70`, `04/30/2020`, `1 000` with a
 * no-break or thin space between digit groups), outside code, link targets and
 * autolinked URLs, and not opening a line as an enumeration (`1.` or `2)` that
 * Markdown did not take for a list marker). The span is the number's own, unless the
 * source writes it with escapes or character references, when it is the span of the
 * text around it.
 */
export interface NumberMention {
  value: string;
  span: Span;
}

/** Everything inline in a block (and in the blocks nested inside it). */
export interface Inline {
  links: Link[];
  images: Image[];
  code: InlineCode[];
  /** Explicit anchors: `<a name="x">`, `<a id="x">`, `{#x}`. */
  anchors: string[];
  numbers: NumberMention[];
}

interface BlockBase {
  span: Span;
  /** Plain text of the block, whitespace collapsed. */
  text: string;
  /**
   * Untranslatable tokens: numbers, URLs, code, product-like names. Translated
   * text differs by definition; these are what a translation keeps, so alignment
   * matches blocks on them.
   */
  tokens: string[];
  inline: Inline;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  depth: number;
  /** The heading as written in the file (its first line), markers included. */
  source: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
}

export interface TableRow {
  span: Span;
  cells: string[];
  tokens: string[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  columns: number;
  header: TableRow;
  rows: TableRow[];
}

export interface ListItem {
  span: Span;
  text: string;
  tokens: string[];
  blocks: Block[];
}

export interface ListBlock extends BlockBase {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

/** The five DocFX / GitHub alert types. Others are kept as written, upper-cased. */
export const ADMONITION_TYPES = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'] as const;

export interface AdmonitionBlock extends BlockBase {
  kind: 'admonition';
  /** Upper-cased type as written: `NOTE`, `TIP`, … or an unknown word such as `HINWEIS`. */
  type: string;
  blocks: Block[];
}

export interface BlockquoteBlock extends BlockBase {
  kind: 'blockquote';
  blocks: Block[];
  /**
   * An admonition marker followed by text on its own line (`> [!NOTE] Text`), which
   * renders as a plain quote: the upper-cased type.
   */
  marker?: string;
}

export interface CodeBlock extends BlockBase {
  kind: 'code';
  lang: string;
  value: string;
  fenced: boolean;
}

export interface HtmlBlock extends BlockBase {
  kind: 'html';
  value: string;
}

/** A DocFX include, `[!INCLUDE [title](path)]`, standing as a paragraph of its own. */
export interface IncludeBlock extends BlockBase {
  kind: 'include';
  path: string;
}

export interface ThematicBreakBlock extends BlockBase {
  kind: 'thematicBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | ListBlock
  | AdmonitionBlock
  | BlockquoteBlock
  | CodeBlock
  | HtmlBlock
  | IncludeBlock
  | ThematicBreakBlock;

export type BlockKind = Block['kind'];

export interface FrontMatterKey {
  key: string;
  value: unknown;
  span: Span;
  /** The key's line as written (without its line ending). */
  source: string;
}

export interface FrontMatter {
  /** The whole front matter, delimiters included. */
  span: Span;
  /** Parsed data, or null when the YAML does not parse. */
  data: Record<string, unknown> | null;
  /** Top-level keys in file order, each with the span of its line. */
  keys: FrontMatterKey[];
  error?: { message: string; line: number; column: number };
}

/**
 * A character that does not show but changes what a reader or a parser gets:
 * - `zero-width-space` (U+200B) and `word-joiner` (U+2060) anywhere;
 * - `bom` (U+FEFF) anywhere but the very start of the file;
 * - `nbsp-marker`: a no-break space (U+00A0) where Markdown needs a plain space, after
 *   the `#` of a heading or a list marker, which turns the line into plain text.
 */
export interface Hazard {
  kind: 'zero-width-space' | 'word-joiner' | 'bom' | 'nbsp-marker';
  span: Span;
  /**
   * Present when only indentation, `>` and a heading or list marker stand before the
   * character on its line: there it decides whether Markdown sees that heading or list
   * item. Always so for `nbsp-marker`.
   */
  structural?: true;
}

export interface PageModel {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  bom: boolean;
  eol: 'lf' | 'crlf' | 'mixed' | 'none';
  lineCount: number;
  frontMatter: FrontMatter | null;
  blocks: Block[];
  hazards: Hazard[];
  /** `<!-- l10n-lint-disable… -->` comments, in file order. */
  directives: Directive[];
  /** SHA-256 of the file's bytes as read, when the page came from a file. */
  hash?: string;
}
