/**
 * Control characters (escape sequences that a terminal obeys, carriage returns and
 * line feeds that fake report lines) and bidirectional overrides (which reorder what
 * is shown) written as visible escapes, `\u001b`: page content that reaches a message
 * or a file name cannot act on the terminal or disguise the report.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'));
}
