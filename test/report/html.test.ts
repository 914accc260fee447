import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ClientData } from '../../src/report/client-data.js';
import { escapeHtml, jsonForScript } from '../../src/report/escape.js';
import { HOSTILE_CODE_AFTER, HOSTILE_CODE_BEFORE, HOSTILE_MISSING, HOSTILE_PAGE, hostileTree } from './hostile.js';
import { runCli, sampleTree } from './sample.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

function parts(html: string) {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
  const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  const script = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html)?.[1] ?? '';
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  return { csp, data, script, style };
}

describe('HTML report', () => {
  it('is one self-contained file whose policy lets only its own script and style sheet run', async () => {
    const { stdout: html } = await runCli(['report'], sampleTree());
    const { csp, script, style } = parts(html);
    expect(csp).toBe(`default-src 'none'; script-src 'sha256-${sha256(script)}'; style-src 'sha256-${sha256(style)}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/\s(src|href|srcset|action)=/i);
    expect(html).not.toMatch(/<link|<iframe|@import|url\(/i);
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:/);
  });

  it('embeds the pages with findings, worst first, with only the lines the findings show', async () => {
    const { stdout: html } = await runCli(['report'], sampleTree());
    const data = JSON.parse(parts(html).data) as ClientData;
    const pages = data.pages.map((page) => `${data.locales[page.l]} ${data.files[page.f]} ${page.k} ${page.x.map((f) => `${data.rules[f.r]}@${f.a[0]}:${f.a[1]}${f.k ? `>${data.files[f.k[0]]}:${f.k[1]}` : ''}`).join(' ')}`);
    expect(pages).toEqual([
      'de de/setup-de.md translation heading-spaces@7:4>en/setup.md:7 table-rows@11:1>en/setup.md:11',
      'de de/old-de.md orphan orphaned-page@1:1',
      'de de/setup.md stray stray-file@1:1',
      'en en/other.md canonical missing-translation@1:1',
      'de de/other-de.md translation untranslated-front-matter@2:1>en/other.md:2',
    ]);
    const lines = Object.fromEntries(data.files.map((file, i) => [file, data.lines[i]]));
    expect(lines).toEqual({
      'de/setup-de.md': { 7: '##  Installieren', 11: '| Erste Version | 2020-03-25 |' },
      'en/setup.md': { 7: '## Install', 11: '| Added SharePoint | 2020-05-12 |' },
      'de/old-de.md': { 1: '# Alt' },
      'en/old.md': {},
      'de/setup.md': { 1: '---' },
      'en/other.md': { 1: '---', 2: 'title: Other page' },
      'de/other-de.md': { 2: 'title: Other page' },
    });
  });

  it('shows coverage, drift per rule and locale, and missing translations without script', async () => {
    const { stdout: html } = await runCli(['report'], sampleTree());
    expect(html).toContain('<tr><th scope="row"><button type="button" class="filter " data-locale="de" title="Show the findings of de">de</button></th><td>2</td><td>2</td><td>0</td><td>1</td><td>1</td><td>2</td><td>1</td><td>0</td><td><b>100%</b></td><td>0%</td><td>4</td><td>1</td></tr>');
    expect(html).toContain('<tr><th scope="row"><button type="button" class="filter " data-locale="es" title="Show the findings of es">es</button></th><td>2</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td><b>50%</b></td><td>50%</td><td>0</td><td>0</td></tr>');
    expect(html).toContain(
      '<tr><th scope="row"><button type="button" class="filter code" data-rule="table-rows" title="Show the findings of table-rows">table-rows</button></th>' +
        '<td class="h5"><button type="button" class="filter " data-locale="de" data-rule="table-rows" title="Show the findings of table-rows in de">1</button></td>' +
        '<td class="h0">0</td><td class="h0">0</td><td><b>1</b></td><td>1</td><td>0</td></tr>',
    );
    expect(html).toContain('<summary><b>es</b>: 1 page has no translation</summary><ul><li><span class="path">en/other.md</span> <span class="muted">→ <span class="path">es/other-es.md</span></span></li></ul>');
    expect(html).toContain('<title>es: 1 missing translations</title>');
  });

  it('escapes page text everywhere: names, front matter, headings, links', async () => {
    const { stdout: html } = await runCli(['report'], hostileTree());
    const { data } = parts(html);
    expect(data).not.toMatch(/[<>&]/);
    const parsed = JSON.parse(data) as ClientData;
    expect(parsed.files).toContain(`de/${HOSTILE_PAGE}-de.md`);
    expect(Object.values(parsed.lines.flatMap((lines) => Object.values(lines)))).toContain('### Einrichtung </script><script>window.__pwned=8</script>');
    // The canonical change of the outdated page travels as data, with its payloads as they are.
    const changes = parsed.pages.flatMap((page) => page.x.flatMap((f) => (f.d ? [f.d] : [])));
    expect(changes).toHaveLength(1);
    const text = (op: number) => changes[0]?.filter(([kind]) => kind === op || kind === 0).map(([, part]) => part).join('');
    expect(text(-1)).toBe(`## Setup window.__pwned=8\n\n${HOSTILE_CODE_BEFORE}`);
    expect(text(1)).toBe(`## Setup window.__pwned=8\n\n${HOSTILE_CODE_AFTER}`);
    const outside = html.replace(data, '');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('<svg onload');
    // Outside the data, page text is only ever escaped: the outdated page's name in the sync section is the one place it shows.
    expect(outside).toContain(`<li><span class="path">${escapeHtml(`de/${HOSTILE_PAGE}-de.md`)}</span>`);
    expect(outside.replaceAll(escapeHtml(HOSTILE_PAGE), '')).not.toContain('window.__pwned');
    expect(outside).toContain(`<li><span class="path">${escapeHtml(`en/${HOSTILE_MISSING}.md`)}</span>`);
  });

  it('escapes what could end a script element or break an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
    expect(jsonForScript({ m: '</script><!-- \u2028' })).toBe('{"m":"\\u003c/script\\u003e\\u003c!-- \\u2028"}');
    expect(JSON.parse(jsonForScript({ m: '</script><!-- \u2028 &' }))).toEqual({ m: '</script><!-- \u2028 &' });
  });
});
