import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/formatters/junit.js';
import { CWD, HOSTILE, hostileResult, sampleResult } from './sample.js';

/** Parses with a conforming XML 1.0 parser; returns the attributes and text of every element. */
function parseXml(xml: string) {
  const parser = new SaxesParser();
  const elements: Array<{ name: string; attributes: Record<string, string>; text: string }> = [];
  const open: Array<(typeof elements)[number]> = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '' };
    elements.push(element);
    open.push(element);
  });
  parser.on('text', (text) => {
    const top = open.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return elements;
}

describe('junit formatter', () => {
  it('writes a suite per file and a failed test case per finding; clean files pass', () => {
    expect(junit(sampleResult(), { cwd: CWD, color: false })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="l10n-lint" tests="4" failures="2" errors="0" time="0">',
        '  <testsuite name="docs/de/setup-de.md" tests="2" failures="2" errors="0" skipped="0" time="0">',
        '    <testcase classname="docs/de/setup-de.md" name="5:1 untranslated" time="0">',
        '      <failure type="warning" message="This paragraph is the same as on the canonical page (canonical line 5): translate it">warning at line 5, column 1: This paragraph is the same as on the canonical page (canonical line 5): translate it (canonical page: docs/en/setup.md, line 5) (untranslated)</failure>',
        '    </testcase>',
        '    <testcase classname="docs/de/setup-de.md" name="11:1 table-rows" time="0">',
        '      <failure type="error" message="Row 1 of the table under &quot;Install&quot; (canonical line 11) is missing here">error at line 11, column 1: Row 1 of the table under "Install" (canonical line 11) is missing here (canonical page: docs/en/setup.md, line 11) (table-rows)</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="docs/en/setup.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="docs/en/setup.md" name="docs/en/setup.md" time="0"/>',
        '  </testsuite>',
        '  <testsuite name="docs/es/setup-es.md" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="docs/es/setup-es.md" name="docs/es/setup-es.md" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('escapes hostile text into well-formed XML that reads back as the message', () => {
    const xml = junit(hostileResult(), { cwd: CWD, color: false });
    const elements = parseXml(xml);
    expect(elements.map((e) => e.name)).toEqual(['testsuites', 'testsuite', 'testcase', 'failure']);
    // Characters XML cannot hold at all are written out as \uXXXX; everything else comes back exactly.
    const readable = HOSTILE.replace('\u0001', '\\u0001').replace('\u000B', '\\u000B').replace('\uFFFF', '\\uFFFF');
    const failure = elements[3];
    expect(failure?.attributes.message).toBe(readable);
    expect(failure?.text).toBe(`error at line 3, column 2: ${readable} (canonical page: docs/en/we,ird: na%me #1 ü.md, line 4) (table-rows)`);
    expect(elements[1]?.attributes.name).toBe('docs/de/we,ird: na%me #1 ü.md');
  });

  it('rejects what it must: the parser used above refuses a raw control character', () => {
    expect(() => parseXml('<a>\u0001</a>')).toThrow();
  });
});
