import { describe, expect, it } from 'vitest';
import { mayHoldAutolinkLiteral } from '../../src/page/autolink-marks.js';

describe('mayHoldAutolinkLiteral', () => {
  it.each([
    'See https://example.com now.',
    'See www.example.com now.',
    'Write to team@example.com.',
    'Visit (https://example.com) now.',
    '[a](https://x.example) then www.y.example too',
    '[https://x.example is not a link text]',
  ])('finds an address written as text: %s', (text) => {
    expect(mayHoldAutolinkLiteral(text)).toBe(true);
  });

  it.each([
    '[docs](https://example.com/docs)',
    '[a](https://x.example/?to=https://www.y.example)',
    '[https://a.example](https://b.example)',
    '[b@c.example](mailto:b@c.example)',
    '<https://example.com> and <a href="https://example.com">x</a>',
    "<img src='https://example.com/a.png'>",
    'text\n   [label]: https://example.com\n[other]: <www.example.com>',
    'No address at all.',
  ])('passes over addresses written as links, HTML attributes and definitions: %s', (text) => {
    expect(mayHoldAutolinkLiteral(text)).toBe(false);
  });

  it('takes an @ for an e-mail address only with a name before it and a dotted domain after it', () => {
    expect(mayHoldAutolinkLiteral('Ask @team or me@host, not @ all.')).toBe(false);
    expect(mayHoldAutolinkLiteral('Ask me@host.example')).toBe(true);
  });
});
