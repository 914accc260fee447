import { defineRule } from '../src/engine/rule.js';

/** Plain-words advice for the usual YAML mistakes, by js-yaml's reason. */
const HINTS: [RegExp, string][] = [
  [/duplicated mapping key/, 'the same key is written twice: keep one of them'],
  [/quoted scalar/, 'a quoted value is never closed: end it with the quote it starts with'],
  [/tab characters|tabs are not allowed/i, 'indent with spaces, not tabs'],
  [/indentation/, 'a line is indented differently from the lines around it: top-level keys start at the beginning of the line'],
];

const DEFAULT_HINT =
  'check this line and the one above it: a value that contains ": " or " #", or starts with a quote or one of @ ` [ { * & ! % |, must be put in double quotes';

export default defineRule({
  meta: {
    id: 'front-matter-syntax',
    description: "Require every page's front matter to be valid YAML, closed with a \"---\" line",
    defaultSeverity: 'error',
    messages: {
      invalid: 'Front matter is not valid YAML ({{reason}}), so none of the page\'s metadata can be read; {{hint}}',
      unclosed: 'Front matter is never closed: the "---" on this line opens it, but no "---" line ends it, so the page has no metadata; add a "---" line after the last key',
    },
  },
  checkPage({ page, report }) {
    const frontMatter = page.frontMatter;
    if (!frontMatter?.error) return;
    const { message, line, column } = frontMatter.error;
    // A front matter that is never closed is modelled as its opening line alone.
    if (frontMatter.span.endLine === frontMatter.span.line) {
      report({ messageId: 'unclosed', at: { line: frontMatter.span.line, column: 1, endLine: frontMatter.span.line, endColumn: 4 } });
      return;
    }
    const reason = message.split('\n')[0]?.trim() ?? message;
    const hint = HINTS.find(([pattern]) => pattern.test(reason))?.[1] ?? DEFAULT_HINT;
    // The key on the error's line, when there is one, is highlighted from the error to its end.
    const keyOnLine = frontMatter.keys.find((key) => key.span.line === line);
    const endColumn = keyOnLine && keyOnLine.span.endColumn > column ? keyOnLine.span.endColumn : column;
    report({ messageId: 'invalid', at: { line, column, endLine: line, endColumn }, data: { reason, hint } });
  },
});
