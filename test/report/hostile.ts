import { makeTree } from '../support/tree.js';

/**
 * Pages whose names, front matter, headings, links and text try to run script in
 * the report: each payload sets window.__pwned or opens a dialog if it ever runs.
 */
export const HOSTILE_PAGE = '<svg onload=window.__pwned=1>';
export const HOSTILE_MISSING = '"><img src=x onerror=alert(9)>';
export const HOSTILE_ORPHAN = 'javascript:alert(10)';

const EN = `---
title: "<script>window.__pwned=2</script>"
description: "\\"><img src=x onerror=window.__pwned=3>"
---

# <script>window.__pwned=4</script>

## "><img src=x onerror=alert(5)>

See [the guide](javascript:window.__pwned=6) and <a href="javascript:alert(7)">this</a>.

## Setup </script><script>window.__pwned=8</script>
`;

const DE = `---
title: "<script>window.__pwned=2</script>"
---

# <script>window.__pwned=4</script>

Siehe die Anleitung.

### Einrichtung </script><script>window.__pwned=8</script>
`;

export function hostileTree(): string {
  return makeTree({
    'l10n-lint.config.json': { source: 'en/{path}.md', locales: { de: 'de/{path}-de.md' } },
    [`en/${HOSTILE_PAGE}.md`]: EN,
    [`de/${HOSTILE_PAGE}-de.md`]: DE,
    [`en/${HOSTILE_MISSING}.md`]: '# Missing\n',
    [`de/${HOSTILE_ORPHAN}-de.md`]: '# Orphan\n',
  });
}
