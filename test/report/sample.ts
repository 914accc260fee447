import { makeTree } from '../support/tree.js';

/** Canonical English pages, German and Spanish translations. */
export const CONFIG = {
  source: 'en/{path}.md',
  locales: { de: ['de/{path}-de.md', 'de/{path}.md'], es: 'es/{path}-es.md' },
};

const EN_SETUP = `---
title: Setup
---

# Setup

## Install

| Change | Date |
| --- | --- |
| Added SharePoint | 2020-05-12 |
| First version | 2020-03-25 |
`;

/**
 * A small tree with one of each: German setup page with two errors (a doubled space
 * in a heading at 7:4, a missing table row at 11:1), German other page with a warning
 * (untranslated title), a German orphan, a German stray copy, a clean Spanish page,
 * and a Spanish translation that is missing (reported on en/other.md).
 */
export const SAMPLE: Record<string, string | object> = {
  'l10n-lint.config.json': CONFIG,
  'en/setup.md': EN_SETUP,
  'en/other.md': '---\ntitle: Other page\n---\n\n# Other page\n\nSee the setup page for details.\n',
  'de/setup-de.md': '---\ntitle: Einrichtung\n---\n\n# Einrichtung\n\n##  Installieren\n\n| Änderung | Datum |\n| --- | --- |\n| Erste Version | 2020-03-25 |\n',
  'de/other-de.md': '---\ntitle: Other page\n---\n\n# Andere Seite\n\nSiehe die Einrichtungsseite.\n',
  'de/old-de.md': '# Alt\n\nAlter Text.\n',
  'de/setup.md': EN_SETUP,
  'es/setup-es.md': '---\ntitle: Configuración\n---\n\n# Configuración\n\n## Instalar\n\n| Cambio | Fecha |\n| --- | --- |\n| Se añadió SharePoint | 2020-05-12 |\n| Primera versión | 2020-03-25 |\n',
};

export function sampleTree(extra: Record<string, string | object> = {}): string {
  return makeTree({ ...SAMPLE, ...extra });
}

/** Runs the command line in `cwd`, capturing its output; `tty` makes standard error a terminal. */
export async function runCli(args: string[], cwd: string, options: { tty?: boolean; now?: Date } = {}) {
  const { main } = await import('../../src/main.js');
  const { reportCommand } = await import('../../src/report/command.js');
  let stdout = '';
  let stderr = '';
  const io = {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false, columns: 100 },
  };
  const now = options.now;
  const code = now && args[0] === 'report' ? await reportCommand(args.slice(1), io, () => now) : await main(args, io);
  return { code, stdout, stderr };
}
