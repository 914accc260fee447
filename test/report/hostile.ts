import { makeGitRepo } from '../support/git-repo.js';

/**
 * Pages whose names, front matter, headings, links, text and canonical change try to
 * run script in the report: each payload sets window.__pwned or opens a dialog if it
 * ever runs.
 */
export const HOSTILE_PAGE = '<svg onload=window.__pwned=1>';
export const HOSTILE_MISSING = '"><img src=x onerror=alert(9)>';
export const HOSTILE_ORPHAN = 'javascript:alert(10)';

/** The code block of the translation's sync (first commit), and what the canonical page changes it to. */
export const HOSTILE_CODE_BEFORE = '<img src=x onerror=window.__pwned=11> | `a` **b**';
export const HOSTILE_CODE_AFTER = '</del><script>window.__pwned=12</script> | `c` **d** <ins onmouseover=alert(13)>';

const en = (code: string) => `---
title: "<script>window.__pwned=2</script>"
description: "\\"><img src=x onerror=window.__pwned=3>"
---

# <script>window.__pwned=4</script>

## "><img src=x onerror=alert(5)>

See [the guide](javascript:window.__pwned=6) and <a href="javascript:alert(7)">this</a>.

## Setup </script><script>window.__pwned=8</script>

\`\`\`html
${code}
\`\`\`
`;

const DE = `---
title: "<script>window.__pwned=2</script>"
---

# <script>window.__pwned=4</script>

Siehe die Anleitung.

### Einrichtung </script><script>window.__pwned=8</script>

\`\`\`html
${HOSTILE_CODE_BEFORE}
\`\`\`
`;

/**
 * A git repository: the translation committed with the canonical page, then the
 * canonical code block changed, so that the translation is outdated and the report
 * shows the change.
 */
export function hostileTree(): string {
  const repo = makeGitRepo({
    'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } },
    [`en/${HOSTILE_PAGE}.md`]: en(HOSTILE_CODE_BEFORE),
    [`de/${HOSTILE_PAGE}-de.md`]: DE,
    [`en/${HOSTILE_MISSING}.md`]: '# Missing\n',
    [`de/${HOSTILE_ORPHAN}-de.md`]: '# Orphan\n',
  });
  repo.commit('translation synced');
  repo.write(`en/${HOSTILE_PAGE}.md`, en(HOSTILE_CODE_AFTER));
  repo.commit('canonical code changed');
  return repo.root;
}
