import { readFileSync } from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(import.meta.dirname, '..');

/** The package a bare import specifier names: `a`, `a/b` -> `a`; `@s/a/b` -> `@s/a`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

describe('the published code', () => {
  it('imports only Node built-ins and the packages listed in dependencies, never devDependencies', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
    const allowed = new Set([...Object.keys(pkg.dependencies), pkg.name]);
    const files = await glob(['src/**/*.ts', 'rules/**/*.ts'], { cwd: ROOT });
    const imported = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? '';
        if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
        // Type-only imports vanish from the built code.
        if (/^\s*(?:import|export)\s+type\s/.test(match[0].trim())) continue;
        imported.set(packageOf(specifier), file);
      }
    }
    const outside = [...imported].filter(([name]) => !allowed.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(outside).toEqual([]);
    expect(imported.size).toBeGreaterThan(5);
  });
});
