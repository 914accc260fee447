// Generates dist/validators.cjs: the validators of the JSON schemas l10n-lint ships
// (the config schema, the built-in front-matter schemas, the built-in rules' options),
// as ajv's standalone code, so that a run need not load ajv nor compile them (see
// src/validators.ts). Runs after tsc: it takes the schemas and ajv's options from the
// compiled modules, so the generated validators are the ones a run would compile.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

/** Writes `dist/validators.cjs` under `root`, from the compiled modules in `root/dist`. */
export async function buildValidators(root) {
  const load = (file) => import(pathToFileURL(path.join(root, 'dist', file)).href);
  const { CONFIG_SCHEMA_OPTIONS } = await load('src/config/load.js');
  const { BUILT_IN_SCHEMAS, FRONT_MATTER_SCHEMA_OPTIONS } = await load('src/engine/json-schema.js');
  const { RULE_OPTIONS_SCHEMA_OPTIONS } = await load('src/engine/settings.js');
  const { readSchema } = await load('src/schemas.js');
  const { ajvFor, validatorKey } = await load('src/validators.js');
  const { registry } = await load('rules/index.js');

  const schemas = [
    { use: 'config', schema: readSchema('config.schema.json'), options: CONFIG_SCHEMA_OPTIONS },
    ...Object.values(BUILT_IN_SCHEMAS).map(({ file }) => ({ use: 'front-matter', schema: readSchema(file), options: FRONT_MATTER_SCHEMA_OPTIONS })),
    ...[...registry.values()].filter((rule) => rule.meta.schema).map((rule) => ({ use: 'rule-options', schema: rule.meta.schema, options: RULE_OPTIONS_SCHEMA_OPTIONS })),
  ];
  const factories = new Map();
  for (const { use, schema, options } of schemas) {
    const key = validatorKey(use, schema);
    if (factories.has(key)) continue;
    const ajv = ajvFor(schema, { ...options, code: { source: true } });
    const code = standaloneCode(ajv, ajv.compile(schema));
    factories.set(key, `(module, exports) => {\n${code}\n}`);
  }

  // Each validator is a CommonJS module of its own, made on first use; esbuild joins
  // them and the parts of ajv they require into one file.
  const contents = [
    '"use strict";',
    'const factories = new Map([',
    ...[...factories].map(([key, factory]) => `[${JSON.stringify(key)}, ${factory}],`),
    ']);',
    'const made = new Map();',
    'module.exports = function validator(key) {',
    '  if (!made.has(key) && factories.has(key)) {',
    '    const module = { exports: {} };',
    '    factories.get(key)(module, module.exports);',
    '    made.set(key, module.exports);',
    '  }',
    '  return made.get(key);',
    '};',
  ].join('\n');
  await build({
    stdin: { contents, resolveDir: root, sourcefile: 'validators.cjs', loader: 'js' },
    outfile: path.join(root, 'dist', 'validators.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Read and compiled at every start, as the bundle is (see scripts/bundle.js).
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  return factories.size;
}
