/** Every literal autolink (URL, www., e-mail, mailto:, xmpp:) holds one of these. */
export const AUTOLINK_MARK = /:\/\/|www\.|@/i;
const MARKS = /:\/\/|www\.|@/gi;
/** What an e-mail address needs after its `@`: a domain with a dot. */
const EMAIL_DOMAIN = /^@[A-Za-z0-9_-]+\.[A-Za-z0-9_-]/;
const EMAIL_LOCAL = /[A-Za-z0-9._+-]/;
/** A character of an address as a run of text: anything but whitespace, brackets, parentheses, angle brackets and quotes. */
const IN_ADDRESS = /[^\s()<>"'[\]]/;
/** A link reference definition's label and colon, before its destination. */
const DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?$/;

/**
 * Whether a text may hold a literal autolink: some mark of one (`://`, `www.`, an
 * e-mail's `@`) stands in an address written otherwise than as a link's destination
 * (`](…)`, `<…>`, an HTML attribute, a definition) or as a link's whole text
 * (`[https://…](…)`). A guess from the text alone, used to parse such pages with
 * literal autolinks at once rather than twice: a page it passes over is still
 * checked on its tree.
 */
export function mayHoldAutolinkLiteral(text: string): boolean {
  // Where the last address looked at ends: later marks inside it share its verdict
  // (and a long run of marks is read once, not once per mark).
  let judged = 0;
  for (const match of text.matchAll(MARKS)) {
    const mark = match[0];
    let start = match.index;
    if (start < judged) continue;
    if (mark === '@' && !(EMAIL_LOCAL.test(text.charAt(start - 1)) && EMAIL_DOMAIN.test(text.slice(start, start + 64)))) continue;
    while (start > 0 && IN_ADDRESS.test(text.charAt(start - 1))) start--;
    let end = match.index + mark.length;
    while (end < text.length && IN_ADDRESS.test(text.charAt(end))) end++;
    if (!writtenAsLink(text, start, end)) return true;
    judged = end;
  }
  return false;
}

/** Whether the address at `start`..`end` is a link's destination or its whole text, or an HTML attribute. */
function writtenAsLink(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (before.endsWith('](') || before.endsWith('<') || before === '="' || before === "='") return true;
  if (before.endsWith('[') && text.startsWith('](', end)) return true;
  return DEFINITION.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
}
