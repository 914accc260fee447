import { describe, expect, it } from 'vitest';
import { mayHoldAutolinkLiteral } from '../../src/page/autolink-marks.js';

describe('mayHoldAutolinkLiteral', () => {
  it.each([
    // Addresses written as text.
    ['See https://example.com now.', true],
    ['See www.example.com now.', true],
    ['Write to team@example.com.', true],
    ['Visit (https://example.com) now.', true],
    ['[a](https://x.example) then www.y.example too', true],
    ['[https://x.example is not a link text]', true],
    // Addresses written as links, HTML attributes and definitions, or none at all.
    ['[docs](https://example.com/docs)', false],
    ['[a](https://x.example/?to=https://www.y.example)', false],
    ['[https://a.example](https://b.example)', false],
    ['[b@c.example](mailto:b@c.example)', false],
    ['<https://example.com> and <a href="https://example.com">x</a>', false],
    ["<img src='https://example.com/a.png'>", false],
    ['text\n   [label]: https://example.com\n[other]: <www.example.com>', false],
    ['No address at all.', false],
  ])('%j may hold a literal autolink: %s', (text, expected) => {
    expect(mayHoldAutolinkLiteral(text)).toBe(expected);
  });

  it('takes an @ for an e-mail address only with a name before it and a dotted domain after it', () => {
    expect(mayHoldAutolinkLiteral('Ask @team or me@host, not @ all.')).toBe(false);
    expect(mayHoldAutolinkLiteral('Ask me@host.example')).toBe(true);
  });
});
