import { escapeHtml as e } from './escape.js';
import type { LocaleSummary, Summary } from './summary.js';

/** Colours: status of a page, severity, and one per locale in the trend charts. */
export const COLORS = {
  clean: '#16a34a',
  warningsOnly: '#facc15',
  withErrors: '#f97316',
  missing: '#dc2626',
  error: '#dc2626',
  warning: '#f59e0b',
  grid: '#e2e8f0',
};
const SERIES = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#b91c1c'];

export function seriesColor(index: number): string {
  return SERIES[index % SERIES.length] as string;
}

const n = (value: number) => value.toLocaleString('en-US');
const svg = (width: number, height: number, label: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(label)}">${body}</svg>`;
const rect = (x: number, y: number, width: number, height: number, fill: string, title: string) =>
  width <= 0 ? '' : `<rect x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${height}" fill="${fill}"><title>${e(title)}</title></rect>`;
const text = (x: number, y: number, content: string, attrs = '') => `<text x="${x.toFixed(1)}" y="${y}"${attrs}>${e(content)}</text>`;

/** One stacked bar per locale: clean translations, with warnings only, with errors, and missing ones; scaled to the canonical page count. */
export function coverageChart(locales: LocaleSummary[]): string {
  const label = 70;
  const barWidth = 420;
  const row = 34;
  const width = label + barWidth + 150;
  const most = Math.max(1, ...locales.map((l) => l.canonical));
  const rows = locales.map((l, i) => {
    const y = 8 + i * row;
    const scale = barWidth / most;
    let x = label;
    const segment = (count: number, fill: string, what: string) => {
      const part = rect(x, y, count * scale, 22, fill, `${l.locale}: ${n(count)} ${what}`);
      x += count * scale;
      return part;
    };
    return (
      text(0, y + 16, l.locale, ' class="label"') +
      segment(l.clean, COLORS.clean, 'clean translations') +
      segment(l.withDrift - l.withErrors, COLORS.warningsOnly, 'translations with warnings only') +
      segment(l.withErrors, COLORS.withErrors, 'translations with errors') +
      segment(l.missing, COLORS.missing, 'missing translations') +
      text(label + barWidth + 10, y + 16, `${l.coverage}% translated`, ' class="value"')
    );
  });
  return svg(width, 8 + locales.length * row, 'Coverage per locale: clean translations, with warnings only, with errors, missing', rows.join(''));
}

/** Errors and warnings per locale, stacked; `canonical` adds a row for the canonical pages. */
export function findingsChart(summary: Summary): string {
  const rows = summary.locales.map((l) => ({ name: l.locale, errors: l.errors, warnings: l.warnings }));
  const { errors, warnings } = summary.canonicalFindings;
  if (errors + warnings > 0) rows.push({ name: `${summary.sourceLocale} (canonical)`, errors, warnings });
  const label = 120;
  const barWidth = 370;
  const row = 34;
  const most = Math.max(1, ...rows.map((r) => r.errors + r.warnings));
  const body = rows.map((r, i) => {
    const y = 8 + i * row;
    const scale = barWidth / most;
    return (
      text(0, y + 16, r.name, ' class="label"') +
      rect(label, y, r.errors * scale, 22, COLORS.error, `${r.name}: ${n(r.errors)} errors`) +
      rect(label + r.errors * scale, y, r.warnings * scale, 22, COLORS.warning, `${r.name}: ${n(r.warnings)} warnings`) +
      text(label + (r.errors + r.warnings) * scale + 8, y + 16, n(r.errors + r.warnings), ' class="value"')
    );
  });
  return svg(label + barWidth + 70, 8 + rows.length * row, 'Findings per locale: errors and warnings', body.join(''));
}

export interface Series {
  name: string;
  values: (number | null)[];
}

/**
 * A line chart of values over runs (evenly spaced), one line per series, and
 * below it a legend with each series' latest value (lines with equal values overlap).
 */
export function lineChart(title: string, labels: string[], series: Series[], options: { max?: number; unit?: string } = {}): string {
  const width = 360;
  const height = 200;
  const left = 44;
  const right = 14;
  const top = 12;
  const bottom = 26;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const highest = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const max = options.max ?? niceCeiling(highest);
  const unit = options.unit ?? '';
  const xOf = (i: number) => left + (labels.length === 1 ? plotWidth / 2 : (i * plotWidth) / (labels.length - 1));
  const yOf = (v: number) => top + plotHeight - (v / max) * plotHeight;

  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const grid = ticks
    .map((t) => `<line x1="${left}" x2="${width - right}" y1="${yOf(t).toFixed(1)}" y2="${yOf(t).toFixed(1)}" stroke="${COLORS.grid}"/>` + text(left - 6, Math.round(yOf(t)) + 4, `${n(Math.round(t * 10) / 10)}${unit}`, ' class="tick" text-anchor="end"'))
    .join('');
  const first = labels[0] ?? '';
  const last = labels[labels.length - 1] ?? '';
  const xLabels = text(xOf(0), height - 6, first, ` class="tick" text-anchor="${labels.length === 1 ? 'middle' : 'start'}"`) + (labels.length > 1 ? text(xOf(labels.length - 1), height - 6, last, ' class="tick" text-anchor="end"') : '');
  const lines = series
    .map((s, index) => {
      const color = seriesColor(index);
      const points = s.values.map((v, i) => (v === null ? null : ([xOf(i), yOf(v), v, labels[i] ?? ''] as const))).filter((p) => p !== null);
      const path = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`).join(' ');
      const dots = points.map(([x, y, v, label]) => `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3.5" fill="${color}"><title>${e(`${s.name}, ${label}: ${n(v)}${unit}`)}</title></circle>`).join('');
      return `<path d="${path}" fill="none" stroke="${color}" stroke-width="2.5" stroke-linejoin="round"/>${dots}`;
    })
    .join('');
  const legend = series
    .map((s, index) => {
      const latest = s.values[s.values.length - 1];
      return `<span>${swatch(seriesColor(index))}${e(s.name)}${latest === null || latest === undefined ? '' : ` <b>${n(latest)}${e(unit)}</b>`}</span>`;
    })
    .join('');
  return svg(width, height, title, grid + xLabels + lines) + `<p class="legend-row">${legend}</p>`;
}

/** A small coloured square for legends (an SVG, as the report's policy allows no style attributes). */
export function swatch(color: string): string {
  return `<svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${color}"/></svg>`;
}

/** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least `value` (at least 1). */
export function niceCeiling(value: number): number {
  if (value <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}
