import { relativePath } from './paths.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML, for CI test-report viewers: one test suite per linted file, one failed
 * test case per finding (a file without findings is one passing test case). Text is
 * escaped for XML (a carriage return as `&#13;`, which parsers would otherwise drop), and
 * characters XML 1.0 cannot hold are written as `\uXXXX`.
 */
export const junit: Formatter = (result, context) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of result.results) {
    const name = relativePath(result.root, file.file, context.cwd);
    const cases = file.findings.map((f) => {
      const severity = f.severity === 'error' ? 'error' : 'warning';
      const canonical = f.related ? ` (canonical page: ${relativePath(result.root, f.related.file, context.cwd)}, line ${f.related.line})` : '';
      return (
        `    <testcase classname="${attribute(name)}" name="${attribute(`${f.line}:${f.column} ${f.ruleId}`)}" time="0">\n` +
        `      <failure type="${severity}" message="${attribute(f.message)}">${text(`${severity} at line ${f.line}, column ${f.column}: ${f.message}${canonical} (${f.ruleId})`)}</failure>\n` +
        `    </testcase>`
      );
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${attribute(name)}" name="${attribute(name)}" time="0"/>`);
    tests += cases.length;
    failures += file.findings.length;
    suites.push(
      `  <testsuite name="${attribute(name)}" tests="${cases.length}" failures="${file.findings.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="l10n-lint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};

/** Characters XML 1.0 does not allow at all (controls, lone surrogates, U+FFFE, U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(value: string): string {
  return value
    .replace(NOT_XML, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values also keep their quotes, line breaks and tabs (which a parser would turn into spaces). */
function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
