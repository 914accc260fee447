import type { ErrorObject } from 'ajv';
import { loadJsonSchema } from '../src/engine/json-schema.js';
import { editDistance, keySpan, openingSpan, showValue } from '../src/engine/metadata.js';
import { defineRule, type Data } from '../src/engine/rule.js';
import type { PageModel, Span } from '../src/page/model.js';
import { either } from '../src/engine/words.js';

interface Options {
  /** `docfx`, the path of a JSON schema file relative to the config's root, or a schema object. */
  schema: string | object;
}

type MessageId = 'required' | 'unknownKey' | 'empty' | 'type' | 'enum' | 'pattern' | 'noMatch' | 'other';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of keys',
  null: 'nothing',
};

export default defineRule<Options, MessageId>({
  meta: {
    id: 'front-matter-schema',
    description: "Require every page's front matter to match a JSON schema, such as DocFX / Microsoft Learn metadata",
    defaultSeverity: 'off',
    schema: {
      type: 'object',
      properties: {
        schema: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'object' }], default: 'docfx' },
      },
      additionalProperties: false,
    },
    messages: {
      required: 'Missing front matter key {{key}}: the {{schema}} schema requires it',
      unknownKey: 'Front matter key {{key}} is not allowed by the {{schema}} schema',
      empty: 'Front matter {{key}} is empty; the {{schema}} schema wants a value',
      type: 'Front matter {{key}} is {{value}}, but the {{schema}} schema wants {{expected}}',
      enum: 'Front matter {{key}} is {{value}}, which is not a value the {{schema}} schema allows ({{allowed}})',
      pattern: 'Front matter {{key}} is {{value}}, which does not have the form the {{schema}} schema asks for: {{expected}}',
      noMatch: 'Front matter {{key}} is {{value}}, which has none of the forms the {{schema}} schema allows',
      other: 'Front matter {{key}} {{problem}} (the {{schema}} schema)',
    },
  },
  checkPage({ page, options, project, report }) {
    // Front matter that cannot be read is front-matter-syntax's to report.
    if (page.frontMatter && (page.frontMatter.error || !page.frontMatter.data)) return;
    const schema = loadJsonSchema(options.schema, project.root, 'rule "front-matter-schema": option "schema"');
    const data = page.frontMatter?.data ?? {};
    if (schema.validate(data)) return;
    const seen = new Set<string>();
    for (const error of relevant(schema.validate.errors ?? [])) {
      const problem = describe(error, page, schema.title);
      const id = `${problem.at.line}:${problem.messageId}:${JSON.stringify(problem.data)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      report(problem);
    }
  },
});

/**
 * The errors worth a finding: a failed `anyOf` / `oneOf` stands for its branches'
 * errors (one finding, "none of the forms"), and a failed `if` for its `then`.
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf').map((error) => `${error.schemaPath}/`);
  return errors.filter((error) => error.keyword !== 'if' && !alternatives.some((prefix) => error.schemaPath.startsWith(prefix)));
}

function describe(error: ErrorObject, page: PageModel, schema: string): { messageId: MessageId; at: Span; data: Data } {
  const segments = error.instancePath.split('/').slice(1).map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const top = segments[0];
  const params = error.params as Record<string, unknown>;
  const value = showValue(error.data);

  if (top === undefined) {
    // Errors about the front matter as a whole: a required key, a key not allowed.
    if (error.keyword === 'required') {
      return { messageId: 'required', at: openingSpan(page), data: { key: `"${String(params.missingProperty)}"`, schema } };
    }
    if (error.keyword === 'additionalProperties') {
      const key = String(params.additionalProperty);
      return { messageId: 'unknownKey', at: keySpan(page, key), data: { key: `"${key}"`, schema } };
    }
    return { messageId: 'other', at: openingSpan(page), data: { key: 'as a whole', problem: error.message ?? 'is not valid', schema } };
  }

  const at = keySpan(page, top);
  const key = label(segments);
  switch (error.keyword) {
    case 'required':
      return { messageId: 'required', at, data: { key: `${key} key "${String(params.missingProperty)}"`, schema } };
    case 'additionalProperties':
      return { messageId: 'unknownKey', at, data: { key: `${key} key "${String(params.additionalProperty)}"`, schema } };
    case 'type': {
      if (error.data === null || error.data === undefined) return { messageId: 'empty', at, data: { key, schema } };
      const expected = either(String(params.type).split(',').map((type) => TYPE_WORDS[type] ?? type));
      return { messageId: 'type', at, data: { key, value, expected, schema } };
    }
    case 'minLength':
      if (error.data === '' && params.limit === 1) return { messageId: 'empty', at, data: { key, schema } };
      break;
    case 'enum':
      return { messageId: 'enum', at, data: { key, value, allowed: allowedValues(params.allowedValues as unknown[], error.data), schema } };
    case 'pattern': {
      const description = (error.parentSchema as { description?: unknown } | undefined)?.description;
      const expected = typeof description === 'string' ? description : `text matching the pattern ${String(params.pattern)}`;
      return { messageId: 'pattern', at, data: { key, value, expected, schema } };
    }
    case 'anyOf':
    case 'oneOf':
      return { messageId: 'noMatch', at, data: { key, value, schema } };
  }
  return { messageId: 'other', at, data: { key, problem: error.message ?? 'is not valid', schema } };
}

/** `"ms.date"`, `"ms.custom" item 2`, `"links" item 1 key "url"`. */
function label(segments: string[]): string {
  return segments.map((segment, index) => (index === 0 ? `"${segment}"` : /^\d+$/.test(segment) ? `item ${Number(segment) + 1}` : `key "${segment}"`)).join(' ');
}

/** The allowed values; of a long list, those spelt nearly like the value given, else the first ten. */
function allowedValues(allowed: unknown[], value: unknown): string {
  const shown = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
  if (allowed.length <= 10) return shown(allowed);
  const text = typeof value === 'string' ? value.toLowerCase() : String(value);
  const near = allowed.filter((candidate) => {
    const other = String(candidate).toLowerCase();
    return editDistance(text, other) <= Math.max(2, Math.floor(other.length / 4)) || (text.length >= 3 && (other.startsWith(text) || text.startsWith(other)));
  });
  if (near.length > 0 && near.length <= 5) return `nearest: ${shown(near)}; ${allowed.length} in all`;
  return `${shown(allowed.slice(0, 10))}… ${allowed.length} in all`;
}
