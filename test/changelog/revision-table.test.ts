import { describe, expect, it } from 'vitest';
import { authorColumnOf, findRevisionTable, parseDate, readRevisionTable } from '../../src/changelog/revision-table.js';
import type { ChangelogSettings } from '../../src/config/load.js';
import { parsePage } from '../../src/page/parse.js';

const DEFAULT_FORMATS = ['M/D/YYYY', 'YYYY-MM-DD'];
const settings = (headings: Record<string, string[]> = {}, dateFormats = DEFAULT_FORMATS): ChangelogSettings => ({ headings, dateFormats, dateKey: 'ms.date' });

describe('parseDate', () => {
  it('normalises dates written with or without leading zeros', () => {
    expect(parseDate('04/30/2020', DEFAULT_FORMATS)).toBe('2020-04-30');
    expect(parseDate(' 4/30/2020 ', DEFAULT_FORMATS)).toBe('2020-04-30');
    expect(parseDate('2020-04-30', DEFAULT_FORMATS)).toBe('2020-04-30');
  });

  it('rejects dates that fit no format or do not exist', () => {
    expect(parseDate('10/018/2019', DEFAULT_FORMATS)).toBeNull();
    expect(parseDate('30.04.2020', DEFAULT_FORMATS)).toBeNull();
    expect(parseDate('2/30/2020', DEFAULT_FORMATS)).toBeNull();
    expect(parseDate('13/1/2020', DEFAULT_FORMATS)).toBeNull();
    expect(parseDate('2020-4-30', DEFAULT_FORMATS)).toBeNull();
    expect(parseDate('', DEFAULT_FORMATS)).toBeNull();
  });

  it('reads every token, and tries the formats in order', () => {
    expect(parseDate('30.04.20', ['DD.MM.YY'])).toBe('2020-04-30');
    expect(parseDate('2/29/2024', ['M/D/YYYY'])).toBe('2024-02-29');
    expect(parseDate('2/29/2023', ['M/D/YYYY'])).toBeNull();
    expect(parseDate('03/04/2020', ['D/M/YYYY', 'M/D/YYYY'])).toBe('2020-04-03');
    expect(parseDate('13/04/2020', ['M/D/YYYY', 'D/M/YYYY'])).toBe('2020-04-13');
  });

  it('treats other characters as literal, and a format without day, month and year as matching nothing', () => {
    expect(parseDate('2020.04.30', ['YYYY.MM.DD'])).toBe('2020-04-30');
    expect(parseDate('2020x04x30', ['YYYY.MM.DD'])).toBeNull();
    expect(parseDate('2020', ['YYYY'])).toBeNull();
  });
});

describe('findRevisionTable', () => {
  const page = parsePage(
    'en/page.md',
    `# Page

| Date | Event |
| --- | --- |
| 6/1/2020 | Webinar |

##  Refresh   SUMMARY

| Date | Who Changed | What Changed |
| --- | --- | --- |
| 05/12/2020 | Ana Silva | General maintenance |
| 10/018/2019 | Ken Ito | First version |

## Next steps

| Step | Owner |
| --- | --- |
| Review | Ken Ito |
`,
  );
  const [events, history] = page.blocks.filter((block) => block.kind === 'table');

  it('takes the last table under a configured heading, compared without regard to case or spacing', () => {
    expect(findRevisionTable(page, 'en', settings({ en: ['Refresh Summary'] }), 'en')).toBe(history);
  });

  it('accepts the source locale headings on a translation', () => {
    expect(findRevisionTable(page, 'de', settings({ en: ['Refresh Summary'], de: ['Zusammenfassung der Aktualisierung'] }), 'en')).toBe(history);
  });

  it('otherwise takes the last table whose first column holds only dates', () => {
    // The revision table holds a date that does not parse, so the table of events is taken.
    expect(findRevisionTable(page, 'en', settings(), 'en')).toBe(events);
    expect(findRevisionTable(page, 'en', settings({ en: ['Revision history'] }), 'en')).toBe(events);
  });

  it('answers each locale of one page and settings for itself', () => {
    // Rules look for a page's table once per pair: what one locale found is not another's answer.
    const germanOnly = settings({ de: ['Refresh Summary'] });
    expect(findRevisionTable(page, 'de', germanOnly, 'en')).toBe(history);
    expect(findRevisionTable(page, 'en', germanOnly, 'en')).toBe(events);
    expect(readRevisionTable(page, 'de', germanOnly, 'en')?.heading?.text).toBe('Refresh SUMMARY');
    expect(readRevisionTable(page, 'en', germanOnly, 'en')?.heading).toBeNull();
  });

  it('finds none on a page without dates', () => {
    expect(findRevisionTable(parsePage('en/x.md', '| A | B |\n| --- | --- |\n| x | y |\n'), 'en', settings(), 'en')).toBeNull();
  });

  it('reads entries: dates normalised, authors from the second column, empty dates skipped', () => {
    const table = readRevisionTable(
      parsePage('en/x.md', '| Date | Who | What |\n| --- | --- | --- |\n| 4/30/2020 | Ana Silva | Fix |\n|  |  | (continued) |\n| 2020-01-02 | Ken Ito | First |\n'),
      'en',
      settings(),
      'en',
    );
    expect(table?.entries.map(({ dateText, date, author, index }) => ({ dateText, date, author, index }))).toEqual([
      { dateText: '4/30/2020', date: '2020-04-30', author: 'Ana Silva', index: 0 },
      { dateText: '2020-01-02', date: '2020-01-02', author: 'Ken Ito', index: 2 },
    ]);
  });

  it('finds the author column by its header', () => {
    const table = (header: string) => {
      const block = parsePage('en/x.md', `${header}\n| --- | --- | --- |\n| 1/1/2020 | a | b |\n`).blocks[0];
      if (block?.kind !== 'table') throw new Error('no table');
      return block;
    };
    expect(authorColumnOf(table('| Date | Change | Author |'))).toBe(2);
    expect(authorColumnOf(table('| Datum | Änderung | Geändert durch |'))).toBe(2);
    expect(authorColumnOf(table('| Date | Change | Notes |'))).toBe(1);
    const read = (header: string) => readRevisionTable(parsePage('en/x.md', `${header}\n| --- | --- | --- |\n| 1/1/2020 | a | b |\n`), 'en', settings(), 'en');
    expect(read('| Date | Who Changed | What Changed |')).toMatchObject({ authorColumn: 1, authorNamed: true });
    expect(read('| Date | Change | Notes |')).toMatchObject({ authorColumn: 1, authorNamed: false });
  });
});
