import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the public API', () => {
  it('is importable by package name and runs the pipeline in-process', async () => {
    const api = await import('l10n-lint');
    expect(typeof api.defineRule).toBe('function');
    const rule = api.defineRule({ meta: { id: 'x', description: 'd', defaultSeverity: 'warn', messages: {} }, checkPage() {} });
    expect(rule.meta.id).toBe('x');
    const config = api.loadConfig(process.cwd(), path.join(import.meta.dirname, '..', 'fixtures', 'example', 'l10n-lint.config.json'));
    const result = await api.lint(config);
    expect(result.results.reduce((sum, file) => sum + file.errorCount, 0)).toBe(16);
    expect(api.formatters.stylish?.(result, { cwd: config.root, color: false })).toContain('✖ 16 problems (16 errors, 0 warnings)');
    expect([...api.builtinRules.keys()]).toContain('table-rows');
  });
});
