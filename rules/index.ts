import type { Rule } from '../src/engine/rule.js';
import admonitions from './admonitions.js';
import changelog from './changelog.js';
import code from './code.js';
import deadLinks from './dead-links.js';
import frontMatterKeys from './front-matter-keys.js';
import frontMatterSchema from './front-matter-schema.js';
import frontMatterSyntax from './front-matter-syntax.js';
import frontMatterValues from './front-matter-values.js';
import headingSpaces from './heading-spaces.js';
import headings from './headings.js';
import invisibleCharacters from './invisible-characters.js';
import linkParity from './link-parity.js';
import links from './links.js';
import lists from './lists.js';
import localizedLinks from './localized-links.js';
import missingTranslation from './missing-translation.js';
import numbers from './numbers.js';
import orphanedPage from './orphaned-page.js';
import outdated from './outdated.js';
import strayFile from './stray-file.js';
import tableRows from './table-rows.js';
import tables from './tables.js';
import untranslated from './untranslated.js';
import untranslatedFrontMatter from './untranslated-front-matter.js';

/** Every built-in rule, by id. A rule's id is its file name. */
export const registry: ReadonlyMap<string, Rule<object, string>> = new Map(
  [
    missingTranslation,
    orphanedPage,
    strayFile,
    frontMatterSyntax,
    frontMatterKeys,
    frontMatterValues,
    untranslatedFrontMatter,
    frontMatterSchema,
    headings,
    tables,
    tableRows,
    changelog,
    lists,
    admonitions,
    code,
    numbers,
    untranslated,
    invisibleCharacters,
    headingSpaces,
    links,
    localizedLinks,
    linkParity,
    deadLinks,
    outdated,
  ].map((rule) => [rule.meta.id, rule as unknown as Rule<object, string>] as const),
);
