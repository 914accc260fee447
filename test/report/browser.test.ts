import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { lint, type LintResult } from '../../src/engine/lint.js';
import { buildReport } from '../../src/report/report.js';
import { CORPUS, HAS_CORPUS } from '../support/corpus.js';
import { HOSTILE_CODE_AFTER, HOSTILE_CODE_BEFORE, HOSTILE_MISSING, HOSTILE_ORPHAN, HOSTILE_PAGE, hostileTree } from './hostile.js';
import { runCli, sampleTree } from './sample.js';
import { syncRepo } from './sync-repo.js';

/** Debian's chromium, installed by .ci/run; where it is missing (outside CI) these tests are skipped. */
const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM) || process.env.CI === 'true';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Screenshots are kept here for people to look at (ignored by git). */
const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', 'test-output');

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  scratch = mkdtempSync(path.join(tmpdir(), 'l10n-lint-report-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/**
 * Opens a report file in a fresh browser context, recording console errors and
 * warnings, script errors, dialogs and every request; any request but the report's
 * own file is refused.
 */
async function open(file: string) {
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
  await page.goto(url);
  return { page, url, problems, requests, dialogs, close: () => context.close() };
}

async function status(page: Page) {
  return page.evaluate(() => {
    const node = document.getElementById('status') as HTMLElement;
    const number = (name: string) => Number(node.getAttribute(name));
    return {
      pages: number('data-pages'),
      findings: number('data-findings'),
      errors: number('data-errors'),
      warnings: number('data-warnings'),
      listed: document.querySelectorAll('#page-list > details.page').length,
    };
  });
}

/** Chooses the option whose label starts with `start` (labels carry counts). */
async function choose(page: Page, select: string, start: string) {
  const value = await page.$eval(select, (node, prefix) => [...(node as HTMLSelectElement).options].find((o) => o.text.startsWith(prefix))?.value, start);
  if (value === undefined) throw new Error(`${select}: no option ${start}`);
  await page.selectOption(select, value);
}

/** Types into the search box and waits until the list shows the search's result. */
async function search(page: Page, text: string) {
  await page.fill('#f-search', text);
  await page.waitForFunction((q) => document.getElementById('status')?.getAttribute('data-query') === q, text.trim().toLowerCase());
}

describe.skipIf(!HAS_CHROMIUM || !HAS_CORPUS)('HTML report of the corpus in Chromium', () => {
  const configFile = path.join(import.meta.dirname, '..', '..', 'fixtures', 'layouts', 'fasttrack-playbook', 'l10n-lint.config.json');
  let result: LintResult;
  let file: string;
  /** Locale of each file, from the run's plan; canonical pages are 'en'. */
  let localeOf: (file: string) => string;
  /** Counts of pages and findings among the findings `keep` lets through: what the status line should say. */
  let expected: (keep: (finding: LintResult['results'][number]['findings'][number], locale: string) => boolean) => Awaited<ReturnType<typeof status>>;

  beforeAll(async () => {
    const config = loadConfig(process.cwd(), configFile);
    result = await lint(config);
    file = path.join(scratch, 'corpus.html');
    writeFileSync(file, buildReport(config, result, { format: 'html', generated: '2026-11-30T04:00:00.000Z' }).output);
    const locales = new Map<string, string>([...result.plan.pairs, ...result.plan.orphans, ...result.plan.strays].map((p) => [p.file, p.locale]));
    localeOf = (name) => locales.get(name) ?? 'en';
    expected = (keep) => {
      const kept = result.results.map((r) => r.findings.filter((f) => keep(f, localeOf(r.file)))).filter((list) => list.length > 0);
      const findings = kept.flat();
      const errors = findings.filter((f) => f.severity === 'error').length;
      return { pages: kept.length, findings: findings.length, errors, warnings: findings.length - errors, listed: Math.min(100, kept.length) };
    };
  }, 180_000);

  it('renders without console errors or any request, and each filter changes what is shown', async () => {
    const { page, url, problems, requests, dialogs, close } = await open(file);
    try {
      const all = expected(() => true);
      expect(all.pages).toBeGreaterThan(200);
      expect(await status(page)).toEqual(all);
      expect(await page.textContent('#status')).toBe(`${all.pages} pages with ${all.findings.toLocaleString('en-US')} findings (${all.errors.toLocaleString('en-US')} errors, ${all.warnings} warnings).`);

      await choose(page, '#f-locale', 'de ');
      const german = expected((_, locale) => locale === 'de');
      expect(german.pages).toBeLessThan(all.pages);
      expect(await status(page)).toEqual(german);
      const locales = await page.$$eval('#page-list .badge.loc', (nodes) => [...new Set(nodes.map((n) => n.textContent))]);
      expect(locales).toEqual(['de']);

      await choose(page, '#f-locale', 'All');
      await choose(page, '#f-rule', 'headings ');
      expect(await status(page)).toEqual(expected((f) => f.ruleId === 'headings'));

      await choose(page, '#f-rule', 'All');
      await page.selectOption('#f-severity', 'w');
      const warnings = expected((f) => f.severity === 'warn');
      expect(warnings.errors).toBe(0);
      expect(await status(page)).toEqual(warnings);

      await page.selectOption('#f-severity', '');
      await search(page, 'Revision Entry');
      const revision = expected((f) => f.message.toLowerCase().includes('revision entry'));
      expect(revision.findings).toBeGreaterThan(0);
      expect(await status(page)).toEqual(revision);

      await search(page, '');
      await choose(page, '#f-locale', 'es ');
      await choose(page, '#f-rule', 'changelog ');
      await page.selectOption('#f-severity', 'e');
      expect(await status(page)).toEqual(expected((f, locale) => locale === 'es' && f.ruleId === 'changelog' && f.severity === 'error'));

      await choose(page, '#f-locale', 'All');
      await choose(page, '#f-rule', 'All');
      await page.selectOption('#f-severity', '');
      expect(await status(page)).toEqual(all);
      await page.click('#more');
      expect((await status(page)).listed).toBe(Math.min(200, all.pages));

      // The tables above filter the list too: a rule, and a rule in one locale.
      await page.click('#drift button.filter[data-rule="changelog"]:not([data-locale])');
      expect(await status(page)).toEqual(expected((f) => f.ruleId === 'changelog'));
      await page.click('#drift button.filter[data-rule="headings"][data-locale="pt"]');
      expect(await status(page)).toEqual(expected((f, locale) => f.ruleId === 'headings' && locale === 'pt'));
      await page.click('#coverage button.filter[data-locale="es"]');
      expect(await status(page)).toEqual(expected((_, locale) => locale === 'es'));

      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await close();
    }
  });

  it('shows a finding beside the canonical lines it refers to, and saves a screenshot of the whole report', async () => {
    const { page, problems, close } = await open(file);
    try {
      await search(page, 'Patric Grimoso');
      expect(await status(page)).toMatchObject({ pages: 1, findings: 1, listed: 1 });
      const name = 'spanish-playbook/assess-conduct-customer-success-workshop-partner-es.md';
      expect(await page.textContent('#page-list details.page .path')).toBe(name);
      await page.click('#page-list details.page summary');
      // The findings of a page are built when it is opened.
      await page.waitForSelector('#page-list .finding');
      const finding = page.locator('#page-list .finding');
      expect(await finding.count()).toBe(1);
      expect(await finding.locator('.meta').innerText()).toBe(
        'ERROR\nchangelog\nline 197:2\nThe revision entry of 03/06/2019 names "Patric Grimoso"; the English page names "Patric Grimwood" for it (canonical line 201)',
      );
      const sides = finding.locator('.side > div');
      expect(await sides.locator('.head').allTextContents()).toEqual(['Translation (es) · line 197', 'Canonical (en) · line 201']);
      const lineOf = (relative: string, n: number) => readFileSync(path.join(CORPUS, relative), 'utf8').split('\n')[n - 1]?.replace(/\r$/, '');
      expect(await sides.nth(0).locator('.ln .t').first().textContent()).toBe(lineOf(name, 197));
      expect(await sides.nth(1).locator('.ln .t').first().textContent()).toBe(lineOf('english-playbook/assess-conduct-customer-success-workshop-partner.md', 201));
      expect(await sides.nth(1).textContent()).toContain('Patric Grimwood');

      mkdirSync(SCREENSHOTS, { recursive: true });
      const shot = path.join(SCREENSHOTS, 'report-corpus.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!HAS_CHROMIUM)('HTML report of hostile pages in Chromium', () => {
  let report: string;

  beforeAll(async () => {
    const dir = hostileTree();
    report = path.join(scratch, 'hostile.html');
    const { code } = await runCli(['report', '--out', report], dir);
    expect(code).toBe(0);
  });

  /** Opens every page's findings and every list, then checks that nothing ran and the text is shown as text. */
  async function expectInert(file: string) {
    const { page, url, problems, requests, dialogs, close } = await open(file);
    try {
      for (const summary of await page.locator('details > summary').all()) await summary.click();
      // Each page's findings are built when it opens: 9 in all.
      await page.waitForFunction(() => document.querySelectorAll('#page-list .finding').length === 9);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
      const markup = await page.evaluate(() => ({
        active: document.querySelectorAll('img, iframe, object, embed, a, form, base, link, meta[http-equiv="refresh"]').length,
        scripts: document.scripts.length,
        handlers: [...document.querySelectorAll('*')].flatMap((node) => [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${node.tagName} ${a.name}`)),
        svgs: [...document.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('aria-label')),
      }));
      expect(markup).toEqual({ active: 0, scripts: 2, handlers: [], svgs: ['Coverage per locale: clean translations, with warnings only, with errors, missing', 'Findings per locale: errors and warnings'] });
      // The canonical change is text in <del> and <ins> elements, nothing else.
      const change = await page.evaluate(() => {
        const diffs = [...document.querySelectorAll('#page-list .change .diff')];
        const nodes = diffs.flatMap((diff) => [...diff.childNodes].map((node) => node.nodeName));
        const inner = diffs.flatMap((diff) => [...diff.querySelectorAll('del, ins')].flatMap((node) => [...node.childNodes].map((child) => child.nodeName)));
        const text = (drop: string) => diffs.map((diff) => [...diff.childNodes].filter((node) => node.nodeName !== drop).map((node) => node.textContent).join(''));
        return { count: diffs.length, kinds: [...new Set(nodes)].sort(), inner: [...new Set(inner)], before: text('INS'), after: text('DEL') };
      });
      expect(change).toEqual({
        count: 1,
        kinds: ['#text', 'DEL', 'INS'],
        inner: ['#text'],
        before: [`## Setup window.__pwned=8\n\n${HOSTILE_CODE_BEFORE}`],
        after: [`## Setup window.__pwned=8\n\n${HOSTILE_CODE_AFTER}`],
      });
      const text = await page.evaluate(() => document.body.innerText);
      for (const literal of [
        `de/${HOSTILE_PAGE}-de.md`,
        `en/${HOSTILE_MISSING}.md`,
        `de/${HOSTILE_ORPHAN}-de.md`,
        '"title" is "<script>window.__pwned=2</script>"',
        'title: "<script>window.__pwned=2</script>"',
        'description: "\\"><img src=x onerror=window.__pwned=3>"',
        '## "><img src=x onerror=alert(5)>',
        'links "the guide" to javascript:window.__pwned=6',
        'See [the guide](javascript:window.__pwned=6) and <a href="javascript:alert(7)">this</a>.',
        '### Einrichtung </script><script>window.__pwned=8</script>',
      ]) {
        expect(text).toContain(literal);
      }
    } finally {
      await close();
    }
  }

  it('runs none of the payloads and shows them as text', async () => {
    await expectInert(report);
  });

  it('stays inert without its Content-Security-Policy: the escaping alone holds', async () => {
    const html = readFileSync(report, 'utf8');
    const bare = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
    expect(bare).not.toBe(html);
    const file = path.join(scratch, 'hostile-without-policy.html');
    writeFileSync(file, bare);
    await expectInert(file);
  });

  it('would block injected markup through its Content-Security-Policy', async () => {
    const html = readFileSync(report, 'utf8');
    const file = path.join(scratch, 'hostile-injected.html');
    writeFileSync(file, html.replace('<main>', '<main><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>'));
    const { page, problems, dialogs, close } = await open(file);
    try {
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems) expect(problem).toContain('Content Security Policy');
      expect(await status(page)).toMatchObject({ findings: 9 });
    } finally {
      await close();
    }
  });
});

describe.skipIf(!HAS_CHROMIUM)('HTML report excerpts in Chromium', () => {
  it('marks the span of a finding and names invisible characters', async () => {
    const dir = sampleTree({ 'en/zw.md': '# Hello\n\nSee the setup page.\n', 'de/zw-de.md': '# Hallo\n\nSiehe\u200B die Einrichtungsseite.\n' });
    const file = path.join(scratch, 'excerpts.html');
    expect((await runCli(['report', '--out', file], dir)).code).toBe(0);
    const { page, problems, close } = await open(file);
    try {
      await search(page, 'zw-de');
      await page.click('#page-list details.page summary');
      const translation = page.locator('#page-list .finding .side > div').first();
      expect(await translation.locator('.head').textContent()).toBe('Translation (de) · line 3');
      // The zero-width space at 3:6 is marked, and shown by its name.
      expect(await translation.locator('mark').evaluate((mark) => mark.innerHTML)).toBe('<span class="inv" title="invisible character U+200B">ZWSP</span>');
      expect(await translation.locator('.t').textContent()).toBe('SieheZWSP die Einrichtungsseite.');

      await search(page, 'Installieren');
      await page.click('#page-list details.page summary');
      // The doubled space after the heading marker (7:4) is marked; the canonical side is not.
      const sides = page.locator('#page-list .finding').first().locator('.side > div');
      expect(await sides.nth(0).locator('.t').evaluate((line) => line.innerHTML)).toBe('## <mark> </mark>Installieren');
      expect(await sides.nth(1).locator('.t').evaluate((line) => line.innerHTML)).toBe('## Install');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe.skipIf(!HAS_CHROMIUM)('HTML report of translations against their canonical pages in Chromium', () => {
  it('shows the sync table, the outdated pages oldest sync first, and each canonical change with removed and added words', async () => {
    const repo = syncRepo();
    const file = path.join(scratch, 'sync.html');
    expect((await runCli(['report', '--out', file], repo.root)).code).toBe(0);
    const { page, problems, requests, url, close } = await open(file);
    try {
      const rows = await page.$$eval('#sync tbody tr', (trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
      expect(rows).toEqual([
        ['de', '3', '1', '2', '3', '0'],
        ['es', '2', '0', '1', '2', '1'],
      ]);
      await page.click('#sync details summary');
      expect(await page.$$eval('#sync details:first-of-type li', (items) => items.map((item) => (item as HTMLElement).innerText))).toEqual([
        'de/b.md · 1 section changed · synced 2026-01-01 (from git history) · canonical en/b.md',
        'de/a.md · 2 sections changed · synced 2026-01-01 (from git history) · canonical en/a.md',
      ]);

      // The outdated count lists that locale's outdated findings.
      await page.click('#sync button.filter[data-locale="de"][data-rule="outdated"]');
      expect(await status(page)).toMatchObject({ pages: 2, findings: 3, errors: 0, warnings: 3 });
      await search(page, 'de/a.md');
      await page.click('#page-list details.page summary');
      await page.waitForSelector('#page-list .change');
      const changes = page.locator('#page-list .finding .change');
      expect(await changes.locator('.head').allTextContents()).toEqual(['Canonical (en) change since this translation was synced', 'Canonical (en) change since this translation was synced']);
      expect(await changes.locator('.diff').evaluateAll((nodes) => nodes.map((node) => node.innerHTML))).toEqual([
        '# Alpha\n\nAlpha starts the service<ins> and its workers</ins>.',
        '## Details\n\nIt listens on port <del>8080</del><ins>9090</ins>.',
      ]);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'report-sync.png'), fullPage: true });
      expect(problems).toEqual([]);
      expect(requests).toEqual([url]);
    } finally {
      await close();
    }
  });
});
