/**
 * A path pattern such as `german-playbook/{path}-de.md` or `content/{locale}/{path}.md`.
 * `{path}` stands for a page's path stem relative to the canonical root (it may
 * contain `/`); `{locale}` for the locale's code.
 */
export interface PathPattern {
  readonly source: string;
  /** The folder every match lies under (`german-playbook/`), or '' for the root. */
  readonly root: string;
  /** The stem a path matches with, or null. */
  match(file: string): string | null;
  /** The path of the page with this stem. */
  format(stem: string): string;
}

export function compilePattern(source: string, locale?: string): PathPattern {
  const text = locale === undefined ? source : source.replaceAll('{locale}', locale);
  const [before = '', after = ''] = text.split('{path}');
  const regex = new RegExp('^' + escape(before) + '(.+?)' + escape(after) + '$');
  return {
    source: text,
    root: before.slice(0, before.lastIndexOf('/') + 1),
    match(file) {
      const stem = regex.exec(file)?.[1];
      return stem === undefined || stem.startsWith('/') || stem.endsWith('/') ? null : stem;
    },
    format: (stem) => before + stem + after,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
