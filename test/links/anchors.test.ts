import { describe, expect, it } from 'vitest';
import { hasAnchor, headingAnchors, pageAnchors, slugOf, translatedAnchor } from '../../src/links/anchors.js';
import { parsePage } from '../../src/page/parse.js';

describe('heading anchors', () => {
  it('computes GitHub slugs: punctuation dropped, spaces to hyphens, repeats numbered', () => {
    const page = parsePage('en/a.md', `# Set up SharePoint & OneDrive!\n\n## FAQ\n\n## FAQ\n\n## C# (.NET) v2.0\n\n> ## Quoted \`code\` heading\n\n- ## Listed heading\n`);
    expect(headingAnchors(page, 'github').map((h) => h.slug)).toEqual([
      'set-up-sharepoint--onedrive',
      'faq',
      'faq-1',
      'c-net-v20',
      'quoted-code-heading',
      'listed-heading',
    ]);
  });

  it('computes DocFX slugs the way Markdig does in GitHub mode', () => {
    // Markdig drops what is not a letter, a decimal digit, - or _, and names an empty heading "section".
    expect(slugOf('This - is a &@! heading _ with . and ! -', 'docfx')).toBe('this---is-a--heading-_-with--and---');
    expect(slugOf('This - is a &@! heading _ with . and ! -', 'github')).toBe('this---is-a--heading-_-with--and---');
    expect(slugOf('Größe in m²', 'docfx')).toBe('größe-in-m');
    expect(slugOf('Cafe\u0301', 'docfx')).toBe('cafe');
    expect(slugOf('Cafe\u0301', 'github')).toBe('cafe\u0301');
    const page = parsePage('en/a.md', `# ???\n\n# ???\n\n# Notes\n\n# Notes\n`);
    expect(headingAnchors(page, 'docfx').map((h) => h.slug)).toEqual(['section', 'section-1', 'notes', 'notes-1']);
  });

  it('keeps runs of spaces that the page model collapses', () => {
    const page = parsePage('en/a.md', `## Two  spaces\n\n## **Bold**  and \`code\` ##\n`);
    expect(headingAnchors(page, 'github').map((h) => h.slug)).toEqual(['two--spaces', 'bold--and-code']);
  });

  it('counts explicit anchors: <a name>, <a id>, {#id} and ids in HTML blocks', () => {
    const page = parsePage('en/a.md', `# Title {#custom}\n\n<a name="top"></a>\n\nText <a id="inline"></a> here.\n\n<div id="box">\n</div>\n`);
    expect([...pageAnchors(page, 'github')].sort()).toEqual(['box', 'custom', 'inline', 'title', 'top']);
    expect(hasAnchor(page, 'user-content-title', 'github')).toBe(true);
    expect(hasAnchor(page, 'Title', 'github')).toBe(false);
  });
});

describe('translatedAnchor', () => {
  it("follows an anchor from the canonical heading to its translation's", () => {
    const canonical = parsePage('en/a.md', `# Setup\n\n## Install (SDK)\n\n## Configure\n`);
    const translation = parsePage('de/a.md', `# Einrichtung\n\n## Installieren (SDK)\n\n## Konfigurieren\n\n<a name="configure"></a>\n`);
    expect(translatedAnchor(canonical, translation, 'install-sdk', 'github')).toBe('installieren-sdk');
    // An explicit anchor kept in the translation wins.
    expect(translatedAnchor(canonical, translation, 'configure', 'github')).toBe('configure');
    expect(translatedAnchor(canonical, translation, 'nowhere', 'github')).toBeNull();
  });
});
