import { describe, it } from 'vitest';
import frontMatterValues from '../../rules/front-matter-values.js';
import { expectClean, expectFindings, expectFix } from '../support/rule-tester.js';

const canonical = `---
title: Setup
description: Install the command-line tool.
author: jdoe
ms.date: 09/27/2019
ms.topic: how-to
ms.custom: [cli, setup]
---

# Setup
`;

const translation = (lines: Record<string, string>) => {
  const values = { title: 'Einrichtung', description: 'Das Werkzeug installieren.', author: 'jdoe', 'ms.date': '09/27/2019', 'ms.topic': 'how-to', 'ms.custom': '[cli, setup]', ...lines };
  return `---\n${Object.entries(values)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\n# Einrichtung\n`;
};

describe('front-matter-values', () => {
  it('accepts translated titles and the same values, dates written another way', () => {
    expectClean(frontMatterValues, { canonical, locale: translation({ 'ms.date': '9/27/2019' }) });
    expectClean(frontMatterValues, { canonical, locale: translation({ 'ms.date': '2019-09-27', author: '"jdoe"' }) });
  });

  it('reports a value that differs, with both values and the canonical line', () => {
    expectFindings(frontMatterValues, { canonical, locale: translation({ author: 'mmustermann' }) }, [
      {
        messageId: 'differs',
        line: 4,
        column: 1,
        endLine: 4,
        endColumn: 20,
        canonicalLine: 4,
        message:
          'Front matter "author" is "mmustermann" here but "jdoe" in the canonical page (canonical line 4); this value is not translated, copy it from the canonical page',
      },
    ]);
  });

  it('reports a different date', () => {
    expectFindings(frontMatterValues, { canonical, locale: translation({ 'ms.date': '5/02/2019' }) }, [
      {
        messageId: 'differentDate',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 19,
        canonicalLine: 5,
        message:
          'Front matter "ms.date" is "5/02/2019" here but "09/27/2019" in the canonical page (canonical line 5): a different date; copy the canonical date',
      },
    ]);
  });

  it('compares lists item by item, and a date with a text that is not one', () => {
    expectFindings(frontMatterValues, { canonical, locale: translation({ 'ms.custom': '[setup, cli]', 'ms.date': '27.09.2019' }) }, [
      { messageId: 'differs', line: 5, column: 1, endLine: 5, endColumn: 20, canonicalLine: 5 },
      {
        messageId: 'differs',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 24,
        canonicalLine: 7,
        message:
          'Front matter "ms.custom" is ["setup","cli"] here but ["cli","setup"] in the canonical page (canonical line 7); this value is not translated, copy it from the canonical page',
      },
    ]);
  });

  it('compares groups of keys in any order', () => {
    const nested = (order: string) => `---\ntitle: T\nsearch:\n${order}\n---\n`;
    expectClean(frontMatterValues, { canonical: nested('  a: 1\n  b: 2'), locale: nested('  b: 2\n  a: 1') });
    expectFindings(frontMatterValues, { canonical: nested('  a: 1\n  b: 2'), locale: nested('  a: 1\n  b: 3') }, [
      { messageId: 'differs', line: 3, column: 1, endLine: 3, endColumn: 8, canonicalLine: 3 },
    ]);
  });

  it('leaves missing keys to front-matter-keys, and broken YAML to front-matter-syntax', () => {
    expectClean(frontMatterValues, { canonical, locale: `---\ntitle: Einrichtung\n---\n` });
    expectClean(frontMatterValues, { canonical, locale: `---\nauthor: x: y\n---\n` });
  });

  it('compares only the invariant keys when they are listed, never translatable or ignored ones', () => {
    const locale = translation({ author: 'mmustermann', 'ms.date': '1/1/2020', 'ms.topic': 'tutorial' });
    expectFindings(frontMatterValues, { canonical, locale, options: { invariant: ['ms.date'] } }, [
      { messageId: 'differentDate', line: 5, column: 1, endLine: 5, endColumn: 18, canonicalLine: 5 },
    ]);
    expectFindings(frontMatterValues, { canonical, locale, options: { ignore: ['ms.*'], translatable: ['title', 'description', 'author'] } }, []);
    expectFindings(frontMatterValues, { canonical, locale, options: { translatable: ['*'] } }, []);
  });

  it('fixes by copying the canonical line, as written, where both values stand on their key\'s line', () => {
    const locale = translation({ author: 'mmustermann', 'ms.date': '5/02/2019', 'ms.custom': '\n  - cli\n  - einrichtung' }).replace(/\n/g, '\r\n');
    expectFix(frontMatterValues, { canonical, locale }, locale.replace('author: mmustermann', 'author: jdoe').replace('ms.date: 5/02/2019', 'ms.date: 09/27/2019'));
    expectFindings(frontMatterValues, { canonical, locale: translation({ 'ms.date': '09/27/2019', 'ms.custom': '\n  - cli\n  - einrichtung' }) }, [
      { messageId: 'differs', line: 7, column: 1, endLine: 7, endColumn: 12, canonicalLine: 7 },
    ]);
  });
});
