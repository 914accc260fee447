import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { createProjectView } from '../../src/engine/project.js';
import { checkableUrl, classifyUrl, isLocaleTag, normaliseExternal, relativeUrl, resolveLink } from '../../src/links/resolve.js';
import { makeTree } from '../support/tree.js';

function project(files: Record<string, string>, siteRoot?: string) {
  const root = makeTree(files);
  const config = resolveConfig(
    { source: 'en/{path}.md', locales: { de: ['de/{path}-de.md', 'de/{path}.md'] }, ...(siteRoot !== undefined ? { siteRoot } : {}) },
    path.join(root, 'l10n-lint.config.json'),
  );
  return createProjectView(config, new Map());
}

describe('classifyUrl', () => {
  it('tells external links, other schemes and same-page anchors apart', () => {
    expect(classifyUrl('https://example.com/x')).toEqual({ kind: 'external', url: 'https://example.com/x' });
    expect(classifyUrl('HTTP://example.com')).toEqual({ kind: 'external', url: 'HTTP://example.com' });
    expect(classifyUrl('//cdn.example.com/a.js')).toEqual({ kind: 'external', url: '//cdn.example.com/a.js' });
    expect(classifyUrl('mailto:a@example.com')).toEqual({ kind: 'other', scheme: 'mailto' });
    expect(classifyUrl('tel:+4930123')).toEqual({ kind: 'other', scheme: 'tel' });
    expect(classifyUrl('xref:System.String')).toEqual({ kind: 'other', scheme: 'xref' });
    expect(classifyUrl('#%C3%BCber-uns')).toEqual({ kind: 'anchor', anchor: 'über-uns' });
    expect(classifyUrl('  ')).toEqual({ kind: 'empty' });
  });

  it('decodes relative paths and drops the query', () => {
    expect(classifyUrl('../my%20notes.md?view=1#top')).toEqual({ kind: 'relative', path: '../my notes.md', anchor: 'top' });
    expect(classifyUrl('media/a.png')).toEqual({ kind: 'relative', path: 'media/a.png', anchor: null });
    expect(classifyUrl('/docs/a.md#x')).toEqual({ kind: 'site-root', path: 'docs/a.md', anchor: 'x' });
    expect(classifyUrl('~/docs/a.md')).toEqual({ kind: 'site-root', path: 'docs/a.md', anchor: null });
    expect(classifyUrl('bad%zzname.md')).toEqual({ kind: 'relative', path: 'bad%zzname.md', anchor: null });
    expect(classifyUrl('media\\shot.png')).toEqual({ kind: 'relative', path: 'media/shot.png', anchor: null });
  });

  it('recognises addresses written so that they break', () => {
    expect(classifyUrl('\u200bhttps://example.com')).toEqual({
      kind: 'malformed',
      problem: 'invisible',
      detail: 'starts with an invisible zero-width space (U+200B)',
      repaired: 'https://example.com',
    });
    expect(classifyUrl('www.example.com/partners')).toMatchObject({ kind: 'malformed', problem: 'no-scheme', repaired: 'https://www.example.com/partners' });
    expect(classifyUrl('team@example.com')).toMatchObject({ kind: 'malformed', problem: 'email', repaired: 'mailto:team@example.com' });
    // A file name with a dot is not an address.
    expect(classifyUrl('www.md')).toEqual({ kind: 'relative', path: 'www.md', anchor: null });
  });
});

describe('resolveLink', () => {
  const files = {
    'en/setup.md': '# Setup\n',
    'en/guide/index.md': '# Guide\n',
    'en/plain/readme.txt': 'x',
    'en/media/a.png': 'png',
    'site/docs/a.md': '# A\n',
  };

  it('resolves relative paths against the page folder, folders to their index page', () => {
    const view = project(files);
    expect(resolveLink('setup.md#configure', 'en/page.md', view)).toEqual({
      kind: 'file',
      file: 'en/setup.md',
      anchor: 'configure',
      exists: true,
      page: 'en/setup.md',
      self: false,
      siteRoot: false,
    });
    expect(resolveLink('guide/', 'en/page.md', view)).toMatchObject({ file: 'en/guide', exists: true, page: 'en/guide/index.md' });
    expect(resolveLink('plain', 'en/page.md', view)).toMatchObject({ file: 'en/plain', exists: true, page: null });
    expect(resolveLink('media/a.png', 'en/page.md', view)).toMatchObject({ file: 'en/media/a.png', exists: true, page: null });
    expect(resolveLink('gone.md', 'en/page.md', view)).toMatchObject({ file: 'en/gone.md', exists: false, page: null });
    expect(resolveLink('#top', 'en/page.md', view)).toMatchObject({ file: 'en/page.md', self: true, anchor: 'top' });
    expect(resolveLink('?tab=2', 'en/page.md', view)).toMatchObject({ file: 'en/page.md', self: true });
  });

  it('never leaves the root', () => {
    expect(resolveLink('../../secret.md', 'en/page.md', project(files))).toEqual({ kind: 'outside', path: '../../secret.md' });
    expect(resolveLink('/../../secret.md', 'en/page.md', project(files, 'site'))).toEqual({ kind: 'outside', path: '../../secret.md' });
  });

  it('resolves site-root links against siteRoot, and leaves them unchecked without it', () => {
    expect(resolveLink('/docs/a.md', 'en/page.md', project(files))).toEqual({ kind: 'unchecked', path: '/docs/a.md' });
    expect(resolveLink('/docs/a.md', 'en/page.md', project(files, 'site'))).toMatchObject({ kind: 'file', file: 'site/docs/a.md', exists: true, siteRoot: true });
  });
});

describe('external URLs', () => {
  it('normalises what locales change: scheme, www, host case, locale segments and parameters, trailing slash', () => {
    expect(normaliseExternal('https://docs.example.com/en-us/azure/')).toBe(normaliseExternal('http://Docs.Example.com/de-de/azure'));
    expect(normaliseExternal('https://www.example.com/')).toBe('example.com');
    expect(normaliseExternal('https://support.example.com/office/x?ui=en-us&rs=en-us&ad=us#b')).toBe('support.example.com/office/x#b');
    expect(normaliseExternal('https://example.com/de/docs')).toBe('example.com/docs');
    // Two-letter segments that are no language stay.
    expect(normaliseExternal('https://example.com/go/xy/docs')).toBe('example.com/go/xy/docs');
    expect(normaliseExternal('https://aka.ms/AA6toq2')).not.toBe(normaliseExternal('https://aka.ms/AA6sgh7'));
  });

  it('knows locale tags', () => {
    expect(['en-us', 'de', 'pt-BR', 'zh-hans', 'de_DE'].every(isLocaleTag)).toBe(true);
    expect(['go', 'docs', 'x1', 'us'].some(isLocaleTag)).toBe(false);
  });

  it('gives the address to request: http(s) only, without fragment', () => {
    expect(checkableUrl('https://example.com/a#b')).toBe('https://example.com/a');
    expect(checkableUrl('//example.com/a')).toBe('https://example.com/a');
    expect(checkableUrl('ftp://example.com/a')).toBeNull();
    expect(checkableUrl('mailto:a@example.com')).toBeNull();
    expect(checkableUrl('setup.md')).toBeNull();
    expect(checkableUrl('https://exa mple.com')).toBeNull();
  });

  it('writes relative URLs from one page to another', () => {
    expect(relativeUrl('german-playbook/a-de.md', 'german-playbook/b-de.md')).toBe('b-de.md');
    expect(relativeUrl('german-playbook/a-de.md', 'english-playbook/media/x y.png')).toBe('../english-playbook/media/x%20y.png');
    expect(relativeUrl('de/page.md', 'de/page.md')).toBe('page.md');
  });
});
