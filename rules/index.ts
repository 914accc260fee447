import type { Rule } from '../src/engine/rule.js';
import admonitions from './admonitions.js';
import code from './code.js';
import headings from './headings.js';
import lists from './lists.js';
import missingTranslation from './missing-translation.js';
import orphanedPage from './orphaned-page.js';
import strayFile from './stray-file.js';
import tableRows from './table-rows.js';
import tables from './tables.js';

/** Every built-in rule, by id. A rule's id is its file name. */
export const registry: ReadonlyMap<string, Rule<object, string>> = new Map(
  [missingTranslation, orphanedPage, strayFile, headings, tables, tableRows, lists, admonitions, code].map(
    (rule) => [rule.meta.id, rule as unknown as Rule<object, string>] as const,
  ),
);
