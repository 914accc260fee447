import { describe, expect, it } from 'vitest';
import frontMatterSchema from '../../rules/front-matter-schema.js';
import { ConfigError } from '../../src/config/load.js';
import { expectClean, expectFindings, runPairRule } from '../support/rule-tester.js';

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

const docfx = { schema: 'docfx' };

describe('front-matter-schema', () => {
  it('accepts DocFX metadata that fits the built-in schema, dates in any of its forms', () => {
    expectClean(frontMatterSchema, { canonical, locale: canonical.replace('09/27/2019', '9/7/2019'), options: docfx });
    expectClean(frontMatterSchema, { canonical, locale: canonical.replace('09/27/2019', '2019-09-27'), options: docfx });
    expectClean(frontMatterSchema, { canonical, locale: canonical, pageUnderTest: 'canonical' });
  });

  it('reports each problem on its key, a missing required key on the opening line', () => {
    expectFindings(
      frontMatterSchema,
      { canonical, locale: `---\ntitle: Einrichtung\nms.date: 27.09.2019\nms.topic: anleitung\nauthor: [jdoe, mmustermann]\nms.author:\n---\n`, options: docfx },
      [
        {
          messageId: 'required',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 4,
          message: 'Missing front matter key "description": the DocFX metadata schema requires it',
        },
        {
          messageId: 'pattern',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 20,
          message:
            'Front matter "ms.date" is "27.09.2019", which does not have the form the DocFX metadata schema asks for: a date written M/D/YYYY, MM/DD/YYYY or YYYY-MM-DD, such as 09/27/2019',
        },
        {
          messageId: 'enum',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 20,
          message:
            'Front matter "ms.topic" is "anleitung", which is not a value the DocFX metadata schema allows ("article", "best-practice", "checklist", "concept-article", "conceptual", "contributor-guide", "error-reference", "faq", "feature-availability", "get-started"… 37 in all)',
        },
        {
          messageId: 'type',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 28,
          message: 'Front matter "author" is ["jdoe","mmustermann"], but the DocFX metadata schema wants text',
        },
        {
          messageId: 'empty',
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 11,
          message: 'Front matter "ms.author" is empty; the DocFX metadata schema wants a value',
        },
      ],
    );
  });

  it('names the allowed values nearest to a misspelt one', () => {
    expectFindings(frontMatterSchema, { canonical, locale: canonical.replace('ms.topic: how-to', 'ms.topic: tutorail'), options: docfx }, [
      {
        messageId: 'enum',
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 19,
        message: 'Front matter "ms.topic" is "tutorail", which is not a value the DocFX metadata schema allows (nearest: "tutorial"; 37 in all)',
      },
    ]);
  });

  it('reports the required keys of a page without front matter on its first line', () => {
    expectFindings(frontMatterSchema, { canonical, locale: '# Einrichtung\n', options: docfx }, [
      { messageId: 'required', line: 1, column: 1, endLine: 1, endColumn: 1 },
      { messageId: 'required', line: 1, column: 1, endLine: 1, endColumn: 1 },
      { messageId: 'required', line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
  });

  it('checks canonical pages too, and leaves YAML that does not parse to front-matter-syntax', () => {
    expectFindings(frontMatterSchema, { canonical: canonical.replace('ms.date: 09/27/2019', 'ms.date: 5/2/19'), locale: canonical, pageUnderTest: 'canonical' }, [
      { messageId: 'pattern', line: 5, column: 1, endLine: 5, endColumn: 16 },
    ]);
    expectClean(frontMatterSchema, { canonical, locale: `---\ntitle: Einrichtung: die CLI\n---\n` });
  });

  it('uses a schema file relative to the config root, naming list items and nested keys', () => {
    const schema = {
      type: 'object',
      required: ['title'],
      properties: {
        title: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' }, maxItems: 2 },
        weight: { anyOf: [{ type: 'integer' }, { const: 'auto' }] },
        links: { type: 'array', items: { type: 'object', required: ['url'] } },
      },
      additionalProperties: false,
    };
    expectFindings(
      frontMatterSchema,
      {
        canonical,
        locale: `---\ntitle: T\ntags: [a, 2, c]\nweight: heavy\nlinks:\n  - text: x\nextra: 1\n---\n`,
        files: { 'schemas/page.schema.json': JSON.stringify(schema) },
        options: { schema: 'schemas/page.schema.json' },
      },
      [
        {
          messageId: 'other',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          message: 'Front matter "tags" must NOT have more than 2 items (the schemas/page.schema.json schema)',
        },
        {
          messageId: 'type',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 16,
          message: 'Front matter "tags" item 2 is 2, but the schemas/page.schema.json schema wants text',
        },
        {
          messageId: 'noMatch',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 14,
          message: 'Front matter "weight" is "heavy", which has none of the forms the schemas/page.schema.json schema allows',
        },
        {
          messageId: 'required',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 7,
          message: 'Missing front matter key "links" item 1 key "url": the schemas/page.schema.json schema requires it',
        },
        {
          messageId: 'unknownKey',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 9,
          message: 'Front matter key "extra" is not allowed by the schemas/page.schema.json schema',
        },
      ],
    );
  });

  it('takes a schema written in the config', () => {
    expectFindings(frontMatterSchema, { canonical, locale: canonical, options: { schema: { required: ['ms.service'] } } }, [
      {
        messageId: 'required',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 4,
        message: 'Missing front matter key "ms.service": the configured schema requires it',
      },
    ]);
  });

  it('stops with a configuration error when the schema cannot be used', () => {
    expect(() => runPairRule(frontMatterSchema, { canonical, locale: canonical, options: { schema: 'schemas/none.json' } })).toThrow(ConfigError);
    expect(() => runPairRule(frontMatterSchema, { canonical, locale: canonical, options: { schema: 'schemas/none.json' } })).toThrow(
      /option "schema": schema "schemas\/none.json": no such file/,
    );
    expect(() =>
      runPairRule(frontMatterSchema, { canonical, locale: canonical, files: { 'bad.json': '{ "type": ' }, options: { schema: 'bad.json' } }),
    ).toThrow(/schema "bad.json" is not valid JSON/);
    expect(() => runPairRule(frontMatterSchema, { canonical, locale: canonical, options: { schema: { properties: { x: { format: 'hostname' } } } } })).toThrow(
      /unknown format "hostname".*use a "pattern" instead/,
    );
  });
});
