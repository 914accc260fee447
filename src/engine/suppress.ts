import type { Directive } from '../page/directives.js';
import type { PageModel } from '../page/model.js';
import type { Finding } from './rule.js';

/** A directive that suppressed nothing, for `--report-unused-disable-directives`. */
export interface UnusedDirective {
  file: string;
  directive: Directive;
}

/**
 * Drops the findings that `<!-- l10n-lint-disable… -->` comments suppress. A finding is
 * suppressed by the directives of its own file at its line, and by those of its
 * canonical page at the canonical line it relates to: a directive in the canonical
 * page applies to every locale. `disable-file` in a canonical page covers its
 * translations' findings too.
 *
 * `keep` takes the findings a file (or a few) at a time; once every finding has been
 * through it, `unused` lists the directives that suppressed nothing, in the order of
 * `pages`.
 */
export function createSuppressor(
  pages: ReadonlyMap<string, Pick<PageModel, 'directives'> | Error>,
  canonicalOf: ReadonlyMap<string, string>,
): { keep: (findings: readonly Finding[]) => Finding[]; unused: () => UnusedDirective[] } {
  const used = new Set<Directive>();
  const directivesOf = (file: string | undefined) => {
    const page = file === undefined ? undefined : pages.get(file);
    return page && !(page instanceof Error) ? page.directives : [];
  };
  const keep = (findings: readonly Finding[]) =>
    findings.filter((finding) => {
      const canonical = canonicalOf.get(finding.file);
      const by =
        suppressing(directivesOf(finding.file), finding.line, finding.ruleId) ??
        (finding.related && finding.related.file === canonical ? suppressing(directivesOf(canonical), finding.related.line, finding.ruleId) : null) ??
        fileWide(directivesOf(canonical), finding.ruleId);
      if (by) used.add(by);
      return !by;
    });
  const unused = () => {
    const list: UnusedDirective[] = [];
    for (const [file, page] of pages) {
      if (page instanceof Error) continue;
      for (const directive of page.directives) {
        if (directive.kind !== 'enable' && !used.has(directive)) list.push({ file, directive });
      }
    }
    return list;
  };
  return { keep, unused };
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function fileWide(directives: readonly Directive[], ruleId: string): Directive | null {
  return directives.find((d) => d.kind === 'disable-file' && names(d, ruleId)) ?? null;
}

/** The directive that silences `ruleId` at `line`, or null. */
function suppressing(directives: readonly Directive[], line: number, ruleId: string): Directive | null {
  const whole = fileWide(directives, ruleId);
  if (whole) return whole;
  let open: Directive | null = null;
  for (const directive of directives) {
    if (directive.kind === 'disable-line' && directive.line === line && names(directive, ruleId)) return directive;
    if (directive.kind === 'disable-next-line' && directive.endLine + 1 === line && names(directive, ruleId)) return directive;
    if (directive.line >= line) continue;
    if (directive.kind === 'disable' && names(directive, ruleId)) open = directive;
    if (directive.kind === 'enable' && open && (directive.rules.length === 0 || directive.rules.includes(ruleId))) open = null;
  }
  return open;
}
