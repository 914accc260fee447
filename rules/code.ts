import { everyBlock } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import type { Block, CodeBlock, InlineCode, Span } from '../src/page/model.js';

interface Options {
  /** Compare indented code blocks too. */
  indented: boolean;
  /** Compare inline code spans. */
  inline: boolean;
}

export default defineRule<Options>({
  meta: {
    id: 'code',
    description: 'Require code blocks and inline code to be kept unchanged from the canonical page',
    defaultSeverity: 'error',
    schema: {
      type: 'object',
      properties: {
        indented: { type: 'boolean', default: false },
        inline: { type: 'boolean', default: true },
      },
      additionalProperties: false,
    },
    messages: {
      missingBlock: 'Missing code block: the canonical {{lang}}code block (canonical line {{canonicalLine}}) has no counterpart here',
      extraBlock: 'Extra code block: this code block has no counterpart in the canonical page',
      changedBlock: 'Code block differs from its canonical code block (canonical line {{canonicalLine}}); code is not translated',
      missingInline: 'Missing inline code: `{{code}}` of the canonical text (canonical line {{canonicalLine}}) is not in this block',
      changedInline: 'Inline code `{{code}}` differs from `{{canonicalCode}}` in the canonical text (canonical line {{canonicalLine}}); code is not translated',
    },
  },
  checkPair({ alignment, options, report }) {
    for (const { pair } of everyBlock(alignment)) {
      const { canonical, locale } = pair;
      if (compared(canonical, options)) {
        if (!locale) {
          report({ messageId: 'missingBlock', at: pair.at ?? canonical.span, related: canonical.span, data: { lang: canonical.lang ? canonical.lang + ' ' : '' } });
        } else if (locale.kind === 'code' && locale.value !== canonical.value) {
          report({ messageId: 'changedBlock', at: locale.span, related: canonical.span });
        }
        continue;
      }
      if (compared(locale, options) && !canonical) {
        report({ messageId: 'extraBlock', at: locale.span });
        continue;
      }
      if (!options.inline || !canonical || !locale || hasChildren(canonical)) continue;
      // Codes kept as they are pair up by value; what is left on each side pairs up in order
      // as changed codes, and what is left of the canonical side is missing.
      const unmatched = [...locale.inline.code];
      const lost: InlineCode[] = [];
      for (const code of canonical.inline.code) {
        const index = unmatched.findIndex((candidate) => candidate.value === code.value);
        if (index < 0) lost.push(code);
        else unmatched.splice(index, 1);
      }
      for (let index = 0; index < lost.length; index++) {
        const code = lost[index] as InlineCode;
        const changed = unmatched[index];
        if (changed) {
          report({ messageId: 'changedInline', at: changed.span, related: code.span, data: { code: changed.value, canonicalCode: code.value } });
        } else {
          report({ messageId: 'missingInline', at: startOf(locale.span), related: code.span, data: { code: code.value } });
        }
      }
    }
  },
});

/** Whether a block is a code block the options compare. */
function compared(block: Block | undefined, options: Options): block is CodeBlock {
  return block?.kind === 'code' && (block.fenced || options.indented);
}

function startOf(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column };
}

/** Containers are compared through the blocks inside them, not as a whole. */
function hasChildren(block: Block): boolean {
  return block.kind === 'admonition' || block.kind === 'blockquote' || block.kind === 'list';
}
