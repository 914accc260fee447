import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The package's root folder. */
export const ROOT = path.join(import.meta.dirname, '..', '..');

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

/** The built `l10n-lint` bin, as package.json names it. */
export const BIN = path.join(ROOT, pkg.bin['l10n-lint'] ?? '');
