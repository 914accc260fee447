import { describe, expect, it } from 'vitest';
import { mayHoldAutolinkLiteral } from '../../src/page/autolink-marks.js';

describe('mayHoldAutolinkLiteral', () => {
  it('finds addresses written as text', () => {
    expect(mayHoldAutolinkLiteral('See https://example.com now.')).toBe(true);
    expect(mayHoldAutolinkLiteral('See www.example.com now.')).toBe(true);
    expect(mayHoldAutolinkLiteral('Write to team@example.com.')).toBe(true);
    expect(mayHoldAutolinkLiteral('Visit (https://example.com) now.')).toBe(true);
    expect(mayHoldAutolinkLiteral('[a](https://x.example) then www.y.example too')).toBe(true);
    expect(mayHoldAutolinkLiteral('[https://x.example is not a link text]')).toBe(true);
  });

  it('passes over addresses written as links, HTML attributes and definitions', () => {
    expect(mayHoldAutolinkLiteral('[docs](https://example.com/docs)')).toBe(false);
    expect(mayHoldAutolinkLiteral('[a](https://x.example/?to=https://www.y.example)')).toBe(false);
    expect(mayHoldAutolinkLiteral('[https://a.example](https://b.example)')).toBe(false);
    expect(mayHoldAutolinkLiteral('[b@c.example](mailto:b@c.example)')).toBe(false);
    expect(mayHoldAutolinkLiteral('<https://example.com> and <a href="https://example.com">x</a>')).toBe(false);
    expect(mayHoldAutolinkLiteral("<img src='https://example.com/a.png'>")).toBe(false);
    expect(mayHoldAutolinkLiteral('text\n   [label]: https://example.com\n[other]: <www.example.com>')).toBe(false);
  });

  it('takes an @ for an e-mail address only with a name before it and a dotted domain after it', () => {
    expect(mayHoldAutolinkLiteral('Ask @team or me@host, not @ all.')).toBe(false);
    expect(mayHoldAutolinkLiteral('Ask me@host.example')).toBe(true);
  });
});
