import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { stringify } from 'yaml';
import { CONFIG_FILE_NAMES, ConfigError } from '../config/load.js';
import { detectLayouts, type DetectedLayout } from './detect.js';

/**
 * `l10n-lint init`: looks at the Markdown files under `dir`, recognises the layout
 * and writes `l10n-lint.config.yaml` with a comment on every key. Returns the file
 * written and the layout.
 */
export async function init(dir: string, force = false): Promise<{ file: string; layout: DetectedLayout }> {
  const existing = CONFIG_FILE_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
  if (existing && !force) throw new ConfigError(`${path.basename(existing)} already exists (pass --force to replace it)`);
  const files = await glob('**/*.{md,markdown,mdx}', { cwd: dir, ignore: ['**/node_modules/**', '**/.git/**'] });
  const [layout] = detectLayouts(files);
  if (!layout) {
    throw new ConfigError(
      `no known layout found in ${files.length} Markdown files (folder per locale with suffixes, Hugo, MDN, Docusaurus, x.de.md); write l10n-lint.config.json by hand (see README.md)`,
    );
  }
  const file = path.join(dir, 'l10n-lint.config.yaml');
  writeFileSync(existing && force ? existing.replace(/\.[a-z]+$/, '.yaml') : file, configText(layout));
  return { file, layout };
}

function configText(layout: DetectedLayout): string {
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 }).trimEnd();
  return [
    '# l10n-lint configuration, written by `l10n-lint init`.',
    `# Layout found: ${layout.evidence}; ${layout.pairs} pages have a translation.`,
    '# Every key is described in schemas/config.schema.json and in the README.',
    '',
    '# The canonical locale. Files named for it inside a locale folder (x-en.md) are reported as strays.',
    yaml({ sourceLocale: layout.config.sourceLocale ?? 'en' }),
    '',
    '# Where canonical pages are. {path} is a page\'s path stem; it may contain "/".',
    yaml({ source: layout.config.source }),
    '',
    '# Each locale: one pattern, or several tried in order (the first file that exists is the translation).',
    '# {locale} stands for the locale code.',
    yaml({ locales: layout.config.locales }),
    '',
    '# Rule settings: "error", "warn", "off", or [severity, {options}]. Rules not named run at their default.',
    '# rules:',
    '#   untranslated-front-matter: off',
    '#   front-matter-schema: [error, { schema: docfx }]',
    'rules: {}',
    '',
    '# Files never linted (globs relative to this file).',
    'ignore: []',
    '',
  ].join('\n');
}
