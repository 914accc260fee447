import type { ReportPage } from './model.js';

export const CSV_COLUMNS = ['locale', 'page', 'canonical page', 'rule', 'severity', 'line', 'column', 'canonical line', 'message'];

/**
 * One row per finding (RFC 4180: CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break). The canonical page is the page itself for a
 * canonical page, and empty for an orphan (whose canonical page does not exist). Starts with a UTF-8 byte order mark so that
 * spreadsheet programs read accented letters right.
 */
export function renderCsv(pages: ReportPage[]): string {
  const rows = [CSV_COLUMNS];
  for (const page of pages) {
    for (const finding of page.findings) {
      rows.push([
        page.locale,
        page.file,
        page.kind === 'canonical' ? page.file : page.kind === 'orphan' ? '' : (page.canonical ?? ''),
        finding.ruleId,
        finding.severity === 'error' ? 'error' : 'warning',
        String(finding.line),
        String(finding.column),
        finding.related ? String(finding.related.line) : '',
        finding.message,
      ]);
    }
  }
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A field as written: text that a spreadsheet would run as a formula (starting with
 * =, +, -, @, a tab or a carriage return) gets a leading apostrophe, then the field
 * is quoted if it needs to be.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? "'" + value : value;
  return /[",\r\n]/.test(safe) ? '"' + safe.replaceAll('"', '""') + '"' : safe;
}
