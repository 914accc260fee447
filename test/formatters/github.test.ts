import { describe, expect, it } from 'vitest';
import { github } from '../../src/formatters/github.js';
import { CWD, HOSTILE, hostileResult, sampleResult } from './sample.js';

/** Reads workflow commands as the runner does: one per line, properties split on commas, then unescaped. */
function parseCommands(output: string) {
  return output.split(/\r\n|\r|\n/).map((line) => {
    const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
    if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
    const unescape = (text: string) => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const properties = Object.fromEntries(
      (match[2] as string).split(',').map((pair) => {
        const [key, ...value] = pair.split('=');
        return [key as string, unescape(value.join('='))];
      }),
    );
    const data = (match[3] as string).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    return { command: match[1], properties, data };
  });
}

describe('github formatter', () => {
  it('writes one annotation per finding, errors first, at exact places relative to the working directory', () => {
    expect(github(sampleResult(), { cwd: CWD, color: false })).toBe(
      [
        '::error file=docs/de/setup-de.md,line=11,endLine=11,col=1,endColumn=1,title=l10n-lint (table-rows)::Row 1 of the table under "Install" (canonical line 11) is missing here%0ACanonical page: docs/en/setup.md, line 11',
        '::warning file=docs/de/setup-de.md,line=5,endLine=5,col=1,endColumn=20,title=l10n-lint (untranslated)::This paragraph is the same as on the canonical page (canonical line 5): translate it%0ACanonical page: docs/en/setup.md, line 5',
      ].join('\n'),
    );
  });

  it('writes nothing for a clean run', () => {
    expect(github(sampleResult([]), { cwd: CWD, color: false })).toBe('');
  });

  it('escapes hostile text in messages and file names so that it cannot end the command or start another', () => {
    const output = github(hostileResult(), { cwd: CWD, color: false });
    expect(output.split('\n')).toHaveLength(1);
    expect(output).not.toMatch(/[\r\n]/);
    expect(output).toBe(
      '::error file=docs/de/we%2Cird%3A na%25me #1 ü.md,line=3,endLine=3,col=2,endColumn=9,title=l10n-lint (table-rows)::' +
        "a::error::b %250A %2525 50%25 %0D%0A::warning file=x::injected, c:d | `code` <script>alert(1)</script> & \"q\" 's' ]]> \u0001\u000B\uFFFF @team *x* _y_ [l](u) \\" +
        '%0ACanonical page: docs/en/we,ird: na%25me #1 ü.md, line 4',
    );
    const [command, ...more] = parseCommands(output);
    expect(more).toEqual([]);
    expect(command).toEqual({
      command: 'error',
      properties: { file: 'docs/de/we,ird: na%me #1 ü.md', line: '3', endLine: '3', col: '2', endColumn: '9', title: 'l10n-lint (table-rows)' },
      data: `${HOSTILE}\nCanonical page: docs/en/we,ird: na%me #1 ü.md, line 4`,
    });
  });
});
