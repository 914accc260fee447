import { walkBlocks } from '../src/align/align.js';
import { defineRule } from '../src/engine/rule.js';
import type { Block, CodeBlock } from '../src/page/model.js';

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
      missingInline: 'Inline code `{{code}}` of the canonical text (canonical line {{canonicalLine}}) is missing or changed here',
    },
  },
  checkPair({ alignment, options, report }) {
    const compared = (block: Block | undefined): block is CodeBlock => block?.kind === 'code' && (block.fenced || options.indented);
    walkBlocks(alignment.blocks, (pair) => {
      const { canonical, locale } = pair;
      if (compared(canonical)) {
        if (!locale) {
          report({ messageId: 'missingBlock', at: pair.at ?? canonical.span, related: canonical.span, data: { lang: canonical.lang ? canonical.lang + ' ' : '' } });
        } else if (locale.kind === 'code' && locale.value !== canonical.value) {
          report({ messageId: 'changedBlock', at: locale.span, related: canonical.span });
        }
        return;
      }
      if (compared(locale) && !canonical) {
        report({ messageId: 'extraBlock', at: locale.span });
        return;
      }
      if (!options.inline || !canonical || !locale || hasChildren(canonical)) return;
      const remaining = locale.inline.code.map((code) => code.value);
      for (const code of canonical.inline.code) {
        const index = remaining.indexOf(code.value);
        if (index >= 0) remaining.splice(index, 1);
        else report({ messageId: 'missingInline', at: locale.span, related: code.span, data: { code: code.value } });
      }
    });
  },
});


/** Containers are compared through the blocks inside them, not as a whole. */
function hasChildren(block: Block): boolean {
  return block.kind === 'admonition' || block.kind === 'blockquote' || block.kind === 'list';
}
