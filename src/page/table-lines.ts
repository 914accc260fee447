/**
 * Where a GFM table can be. Every table has a delimiter row (`| --- | :-: |`, or
 * without pipes `:--`): a line of only `-`, `:`, `|`, spaces and tabs, with a `-`
 * and a `:` or `|`, after whatever quote markers and indentation hold it. Its head
 * row is the line before it and its body rows the lines after it, up to the first
 * blank line: all of a table lies in one run of non-blank lines that holds a line
 * of that look.
 */

/** Line endings as Markdown counts them. */
const LINE_ENDING = /\r\n|\r|\n/;
/** A blank line: nothing but spaces and tabs. */
const BLANK = /^[ \t]*$/;
/** A delimiter row's characters, after quote markers and indentation. */
const DELIMITER_LOOK = /^[ \t>]*[-:| \t]*$/;

function looksLikeDelimiterRow(line: string): boolean {
  return DELIMITER_LOOK.test(line) && line.includes('-') && (line.includes('|') || line.includes(':'));
}

/**
 * For each line number (1-based, as in the parser's points), 1 when the line is in
 * a run of non-blank lines that has a line looking like a delimiter row, else 0;
 * `null` when no line of the text looks like one (it holds no table).
 */
export function tableLines(text: string): Uint8Array | null {
  const lines = text.split(LINE_ENDING);
  let found: Uint8Array | null = null;
  let runStart = 0;
  let runHasDelimiter = false;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    if (line === undefined || BLANK.test(line)) {
      if (runHasDelimiter) {
        found ??= new Uint8Array(lines.length + 1);
        found.fill(1, runStart + 1, index + 1);
      }
      runStart = index + 1;
      runHasDelimiter = false;
    } else if (!runHasDelimiter && looksLikeDelimiterRow(line)) {
      runHasDelimiter = true;
    }
  }
  return found;
}
