import { crypto } from '../crypto.js';
import type { MissingTranslation } from '../discover/plan.js';
import { COLORS, coverageChart, findingsChart, lineChart, swatch, type Series } from './charts.js';
import { CLIENT_SCRIPT } from './client.js';
import type { ClientData } from './client-data.js';
import { escapeHtml as e, jsonForScript } from './escape.js';
import { STYLE } from './style.js';
import type { Summary } from './summary.js';

export interface HtmlReport {
  /** Shown in the title: the documentation set's name. */
  title: string;
  summary: Summary;
  data: ClientData;
  missing: MissingTranslation[];
  /** Earlier runs and this one, oldest first (empty without --history). */
  history: Summary[];
}

const n = (value: number) => value.toLocaleString('en-US');
const hash = (text: string) => `'sha256-${crypto().createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The whole report as one HTML file. Nothing is loaded from elsewhere, and the
 * Content-Security-Policy lets only the report's own script and style sheet run.
 */
export function renderHtml(report: HtmlReport): string {
  const { summary } = report;
  const csp = `default-src 'none'; script-src ${hash(CLIENT_SCRIPT)}; style-src ${hash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Translation report: ${e(report.title)}</title>
<style>${STYLE}</style>
</head>
<body data-source-locale="${e(summary.sourceLocale)}">
${header(report)}
<main>
${coverageSection(summary)}
${syncSection(summary)}
${report.history.length > 0 ? trendSection(report.history, summary) : ''}
${driftSection(summary)}
${missingSection(report.missing, summary)}
${pagesSection()}
</main>
<script type="application/json" id="report-data">${jsonForScript(report.data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function header({ title, summary }: HtmlReport): string {
  const canonical = summary.locales.reduce((sum, l) => sum + l.canonical, 0);
  const translated = summary.locales.reduce((sum, l) => sum + l.translated, 0);
  const clean = summary.locales.reduce((sum, l) => sum + l.clean, 0);
  const pct = (part: number) => (canonical === 0 ? 100 : Math.round((part / canonical) * 1000) / 10);
  const card = (value: string, label: string) => `<div class="card"><b>${e(value)}</b><span>${e(label)}</span></div>`;
  return `<header>
<h1>Translation report: ${e(title)}</h1>
<p>Generated ${e(displayTime(summary.generated))} · canonical locale ${e(summary.sourceLocale)} · ${n(summary.locales.length)} translated ${summary.locales.length === 1 ? 'locale' : 'locales'}: ${e(summary.locales.map((l) => l.locale).join(', '))}</p>
<div class="cards">
${card(n(summary.canonicalPages), 'canonical pages')}
${card(`${n(translated)} / ${n(canonical)}`, `translations present (${pct(translated)}%)`)}
${card(`${pct(clean)}%`, `clean translations (${n(clean)})`)}
${card(n(summary.errors), 'errors')}
${card(n(summary.warnings), 'warnings')}
</div>
</header>`;
}

function coverageSection(summary: Summary): string {
  const rows = summary.locales
    .map((l) => `<tr><th scope="row">${filterButton(l.locale, { locale: l.locale })}</th><td>${n(l.canonical)}</td><td>${n(l.translated)}</td><td>${n(l.missing)}</td><td>${n(l.orphaned)}</td><td>${n(l.strays)}</td><td>${n(l.withDrift)}</td><td>${n(l.withErrors)}</td><td>${n(l.clean)}</td><td><b>${l.coverage}%</b></td><td>${l.cleanShare}%</td><td>${n(l.errors)}</td><td>${n(l.warnings)}</td></tr>`)
    .join('\n');
  return `<section id="coverage">
<h2>Coverage per locale</h2>
<div class="row">
<div class="scroll"><table>
<thead><tr><th>Locale</th><th>Canonical pages</th><th>Translated</th><th>Missing</th><th>Orphaned</th><th>Stray files</th><th>With drift</th><th>With errors</th><th>Clean</th><th>Coverage</th><th>Clean share</th><th>Errors</th><th>Warnings</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
<div>${coverageChart(summary.locales)}
<p class="legend-row"><span>${swatch(COLORS.clean)}clean translation</span><span>${swatch(COLORS.warningsOnly)}warnings only</span><span>${swatch(COLORS.withErrors)}with errors</span><span>${swatch(COLORS.missing)}missing translation</span></p></div>
</div>
<p class="muted">Choose a locale, a rule or a count to list its findings below. Coverage: translated pages in percent of the canonical pages. With drift: translations with at least one finding. Clean share: translations without any finding. Orphaned pages have no canonical page; stray files are other files in a locale's folders (for example an untranslated copy).</p>
</section>`;
}

function syncSection(summary: Summary): string {
  const outdatedFindings = summary.rules.find((rule) => rule.rule === 'outdated')?.byLocale ?? {};
  const rows = summary.locales
    .map(({ locale, translated, sync }) => {
      // The count lists the locale's outdated findings when there are some to list.
      const outdated = sync.outdated > 0 && (outdatedFindings[locale] ?? 0) > 0 ? filterButton(n(sync.outdated), { locale, rule: 'outdated' }) : n(sync.outdated);
      return `<tr><th scope="row">${e(locale)}</th><td>${n(translated)}</td><td>${n(sync.upToDate)}</td><td>${outdated}</td><td>${n(sync.outdatedSections)}</td><td>${n(sync.neverStamped)}</td></tr>`;
    })
    .join('\n');
  const lists = summary.locales
    .filter((l) => l.sync.outdated > 0)
    .map((l) => {
      const items = summary.outdated
        .filter((page) => page.locale === l.locale)
        .map((page) => {
          const since = page.since ? `synced ${page.since.slice(0, 10)}` : 'sync date unknown';
          const from = page.from === 'git' ? 'from git history' : page.from === 'lockfile' ? 'stamp in the lockfile' : 'stamp in front matter';
          return `<li><span class="path">${e(page.file)}</span> <span class="muted">· ${n(page.sections)} ${page.sections === 1 ? 'section' : 'sections'} changed · ${e(since)} (${from}) · canonical <span class="path">${e(page.canonical)}</span></span></li>`;
        })
        .join('');
      return `<details class="list"><summary><b>${e(l.locale)}</b>: ${n(l.sync.outdated)} outdated ${l.sync.outdated === 1 ? 'page' : 'pages'}, oldest sync first</summary><ol>${items}</ol></details>`;
    });
  return `<section id="sync">
<h2>Sync with the canonical pages</h2>
<div class="scroll"><table>
<thead><tr><th>Locale</th><th>Translated</th><th>Up to date</th><th>Outdated</th><th>Outdated sections</th><th>Never stamped</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${lists.join('\n')}
<p class="muted">Up to date: no canonical section changed since the translation was synced, by its stamp (l10n-lint stamp) or, without one, by the git history. Outdated: canonical sections changed or were added since; the outdated findings show what changed. Never stamped: no stamp, and no git history that tells.</p>
</section>`;
}

function trendSection(history: Summary[], current: Summary): string {
  const labels = history.map((run) => displayTime(run.generated));
  const codes = [...new Set([...current.locales.map((l) => l.locale), ...history.flatMap((run) => run.locales.map((l) => l.locale))])];
  const series = (value: (l: Summary['locales'][number]) => number): Series[] =>
    codes.map((code) => ({
      name: code,
      values: history.map((run) => {
        const locale = run.locales.find((l) => l.locale === code);
        return locale ? value(locale) : null;
      }),
    }));
  return `<section id="trend">
<h2>Trend over ${n(history.length)} ${history.length === 1 ? 'run' : 'runs'}</h2>
<div class="row">
<div><h3>Coverage, % of canonical pages translated</h3>${lineChart('Coverage per locale over time', labels, series((l) => l.coverage), { max: 100, unit: '%' })}</div>
<div><h3>Clean translations, % of canonical pages</h3>${lineChart('Clean translations per locale over time', labels, series((l) => l.cleanShare), { max: 100, unit: '%' })}</div>
<div><h3>Findings (errors and warnings)</h3>${lineChart('Findings per locale over time', labels, series((l) => l.errors + l.warnings))}</div>
</div>
</section>`;
}

function driftSection(summary: Summary): string {
  const columns = [...summary.locales.map((l) => l.locale)];
  const canonicalColumn = summary.rules.some((rule) => (rule.byLocale[summary.sourceLocale] ?? 0) > 0);
  if (canonicalColumn) columns.push(summary.sourceLocale);
  const most = Math.max(1, ...summary.rules.flatMap((rule) => columns.map((code) => rule.byLocale[code] ?? 0)));
  const heat = (value: number) => (value === 0 ? 0 : Math.min(5, 1 + Math.floor((value / most) * 5)));
  const rows = summary.rules
    .map((rule) => {
      const cells = columns.map((code) => {
        const value = rule.byLocale[code] ?? 0;
        return `<td class="h${heat(value)}">${value === 0 ? '0' : filterButton(n(value), { locale: code, rule: rule.rule })}</td>`;
      });
      return `<tr><th scope="row">${filterButton(rule.rule, { rule: rule.rule }, 'code')}</th>${cells.join('')}<td><b>${n(rule.errors + rule.warnings)}</b></td><td>${n(rule.errors)}</td><td>${n(rule.warnings)}</td></tr>`;
    })
    .join('\n');
  const heads = columns.map((code) => `<th>${e(code)}${canonicalColumn && code === summary.sourceLocale && !summary.locales.some((l) => l.locale === code) ? ' (canonical)' : ''}</th>`).join('');
  const table =
    summary.rules.length === 0
      ? '<p>No findings.</p>'
      : `<div class="scroll"><table class="matrix"><thead><tr><th>Rule</th>${heads}<th>Total</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
  return `<section id="drift">
<h2>Drift per rule and per locale</h2>
<div class="row">
${table}
<div><h3>Findings per locale</h3>${findingsChart(summary)}
<p class="legend-row"><span>${swatch(COLORS.error)}errors</span><span>${swatch(COLORS.warning)}warnings</span></p></div>
</div>
</section>`;
}

function missingSection(missing: MissingTranslation[], summary: Summary): string {
  if (missing.length === 0) return `<section id="missing"><h2>Missing translations</h2><p>Every canonical page has a translation in every locale.</p></section>`;
  const lists = summary.locales
    .filter((l) => l.missing > 0)
    .map((l) => {
      const items = missing
        .filter((m) => m.locale === l.locale)
        .map((m) => `<li><span class="path">${e(m.canonical)}</span> <span class="muted">→ <span class="path">${e(m.expected[0] ?? '')}</span></span></li>`)
        .join('');
      return `<details class="list"><summary><b>${e(l.locale)}</b>: ${n(l.missing)} ${l.missing === 1 ? 'page has' : 'pages have'} no translation</summary><ul>${items}</ul></details>`;
    });
  return `<section id="missing"><h2>Missing translations</h2>${lists.join('\n')}</section>`;
}

function pagesSection(): string {
  return `<section id="pages">
<h2>Pages with findings, worst first</h2>
<div id="filters">
<label>Locale<select id="f-locale"><option value="">All locales</option></select></label>
<label>Rule<select id="f-rule"><option value="">All rules</option></select></label>
<label>Severity<select id="f-severity"><option value="">Errors and warnings</option><option value="e">Errors</option><option value="w">Warnings</option></select></label>
<label>Search<input id="f-search" type="search" placeholder="page, message or rule" autocomplete="off"></label>
</div>
<p id="status" aria-live="polite"></p>
<noscript><p>The page list needs JavaScript. The CSV format (--format csv) holds every finding.</p></noscript>
<div id="page-list"></div>
<button id="more" type="button" hidden></button>
</section>`;
}

/** A button that shows the findings of a locale, a rule, or both, in the page list. */
function filterButton(label: string, filter: { locale?: string; rule?: string }, className = ''): string {
  const what = [filter.rule, filter.locale].filter(Boolean).join(' in ');
  return `<button type="button" class="filter ${className}"${filter.locale ? ` data-locale="${e(filter.locale)}"` : ''}${filter.rule ? ` data-rule="${e(filter.rule)}"` : ''} title="${e(`Show the findings of ${what}`)}">${e(label)}</button>`;
}

/** `2026-11-30T03:31:35.123Z` as `2026-11-30 03:31 UTC`. */
function displayTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}
