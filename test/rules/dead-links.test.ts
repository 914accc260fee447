import { describe, it } from 'vitest';
import deadLinks from '../../rules/dead-links.js';
import type { UrlStatus } from '../../src/engine/project.js';
import { expectClean, expectFindings } from '../support/rule-tester.js';

const canonical = `# Setup\n\nRead the [guide](https://example.com/guide#start) and the [FAQ](https://example.com/faq).\n`;
const locale = `# Einrichtung\n\nLesen Sie den [Leitfaden](https://example.com/guide-de#start) und die [FAQ](https://example.com/faq).\n`;

const statuses = new Map<string, UrlStatus>([
  ['https://example.com/guide-de', { ok: false, status: 404 }],
  ['https://example.com/faq', { ok: false, error: 'no answer within 10 s' }],
]);

describe('dead-links', () => {
  it('reports nothing when the links were not checked (no --online)', () => {
    expectClean(deadLinks, { canonical, locale });
  });

  it('reports external links that answered with an error or not at all, looked up without their fragment', () => {
    expectFindings(deadLinks, { canonical, locale, urlStatus: statuses }, [
      {
        messageId: 'status',
        line: 3,
        column: 15,
        endLine: 3,
        endColumn: 62,
        canonicalLine: 3,
        message: 'External link https://example.com/guide-de#start is broken: the server answered HTTP 404',
      },
      {
        messageId: 'noAnswer',
        line: 3,
        column: 71,
        endLine: 3,
        endColumn: 101,
        canonicalLine: 3,
        message: 'External link https://example.com/faq did not answer: no answer within 10 s',
      },
    ]);
  });

  it('accepts links that answered, and leaves ignored ones alone', () => {
    expectClean(deadLinks, {
      canonical,
      locale,
      urlStatus: new Map<string, UrlStatus>([
        ['https://example.com/guide-de', { ok: true, status: 200 }],
        ['https://example.com/faq', { ok: false, status: 500 }],
      ]),
      options: { ignore: ['/faq$'] },
    });
  });
});
