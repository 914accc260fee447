/**
 * Suppression directives in HTML comments:
 *
 *   <!-- l10n-lint-disable-next-line table-rows, headings -- reason -->
 *   <!-- l10n-lint-disable-line -->
 *   <!-- l10n-lint-disable code -->  …  <!-- l10n-lint-enable code -->
 *   <!-- l10n-lint-disable-file -->
 *
 * No rule ids means every rule. Text after ` -- ` is the reason, kept for reports.
 */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';
  /** Rule ids; empty for every rule. */
  rules: string[];
  reason: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const DIRECTIVE = /<!--\s*l10n-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->/g;

/** Every directive of a text (no leading BOM), with whole-file positions. */
export function directivesOf(text: string): Directive[] {
  const directives: Directive[] = [];
  for (const match of text.matchAll(DIRECTIVE)) {
    const [body = '', reason = ''] = (match[2] ?? '').split(/\s--\s|\s--$/);
    const start = position(text, match.index);
    const end = position(text, match.index + match[0].length);
    directives.push({
      kind: match[1] as Directive['kind'],
      rules: body
        .split(/[\s,]+/)
        .map((rule) => rule.trim())
        .filter(Boolean),
      reason: reason.trim(),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    });
  }
  return directives;
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
