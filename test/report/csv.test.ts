import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/report/csv.js';
import { makeTree } from '../support/tree.js';
import { runCli, sampleTree } from './sample.js';

/** A minimal RFC 4180 reader: fields, quoted fields with doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

describe('l10n-lint report --format csv', () => {
  it('writes one row per finding with locale, page, canonical page, rule, severity, line and message', async () => {
    const dir = sampleTree();
    const { code, stdout } = await runCli(['report', '--format', 'csv'], dir);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFFlocale,page,canonical page,rule,severity,line,column,canonical line,message\r\n')).toBe(true);
    expect(stdout.endsWith('\r\n')).toBe(true);
    expect(parseCsv(stdout.slice(1))).toEqual([
      ['locale', 'page', 'canonical page', 'rule', 'severity', 'line', 'column', 'canonical line', 'message'],
      ['de', 'de/setup-de.md', 'en/setup.md', 'heading-spaces', 'error', '7', '4', '7', 'Heading "Installieren" has 2 spaces after its # marker instead of one, as translation tools often leave them (Markdown linters report this too). Delete the extra space'],
      ['de', 'de/setup-de.md', 'en/setup.md', 'table-rows', 'error', '11', '1', '11', 'Missing table row: canonical row 1 "Added SharePoint | 2020-05-12" (canonical line 11) has no counterpart here'],
      ['de', 'de/old-de.md', '', 'orphaned-page', 'error', '1', '1', '', 'This German (de) page has no canonical page: en/old.md does not exist (renamed or deleted?)'],
      ['de', 'de/setup.md', 'en/setup.md', 'stray-file', 'error', '1', '1', '', 'Stray file: de/setup-de.md is the German (de) translation of en/setup.md, so this file is never used (an old or untranslated copy?)'],
      ['en', 'en/other.md', 'en/other.md', 'missing-translation', 'error', '1', '1', '', 'No Spanish (es) translation of this page: expected es/other-es.md'],
      ['de', 'de/other-de.md', 'en/other.md', 'untranslated-front-matter', 'warning', '2', '1', '2', 'Untranslated front matter: "title" is "Other page", the same as in the canonical page (canonical line 2); translate it, or add the value to the rule\'s "allow" option if it stays as it is'],
    ]);
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('x-1')).toBe('x-1');
  });

  it('guards page text that reaches the start of a cell: files named =cmd, +x and @y', async () => {
    const dir = makeTree({
      'l10n-lint.config.json': { source: '{path}.md', locales: { de: '{path}.de.md' } },
      '=cmd.md': '# =SUM(1+1)\n\n## Part\n',
      '=cmd.de.md': '# =SUM(1+1)\n',
      '+x.md': '# X\n',
      '@y.de.md': '# Y\n',
    });
    const { stdout } = await runCli(['report', '--format', 'csv'], dir);
    const rows = parseCsv(stdout.slice(1));
    expect(rows.map((row) => row.slice(0, 6))).toEqual([
      ['locale', 'page', 'canonical page', 'rule', 'severity', 'line'],
      ['en', "'+x.md", "'+x.md", 'missing-translation', 'error', '1'],
      ['de', "'=cmd.de.md", "'=cmd.md", 'headings', 'error', '1'],
      ['de', "'@y.de.md", '', 'orphaned-page', 'error', '1'],
    ]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
