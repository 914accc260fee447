import { describe, expect, it } from 'vitest';
import { remembered, rememberedIn } from '../../src/engine/remembered.js';

describe('remembered', () => {
  it('works an answer out once per value and gives it again', () => {
    const asked: string[] = [];
    const upper = remembered((value) => {
      asked.push(value);
      return value.toUpperCase();
    });
    expect([upper('de'), upper('es'), upper('de'), upper('de')]).toEqual(['DE', 'ES', 'DE', 'DE']);
    expect(asked).toEqual(['de', 'es']);
  });

  it('remembers false answers too', () => {
    let calls = 0;
    const never = remembered(() => {
      calls++;
      return false;
    });
    expect([never('x'), never('x')]).toEqual([false, false]);
    expect(calls).toBe(1);
  });

  it('keeps at most its limit of answers, then starts over', () => {
    const asked: string[] = [];
    const same = remembered((value) => {
      asked.push(value);
      return value;
    }, 2);
    for (const value of ['a', 'b', 'a', 'c', 'a', 'c']) same(value);
    // 'c' finds two answers kept: they are forgotten, so 'a' is worked out again; 'c' is still known.
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('rememberedIn', () => {
  it('makes the value for a key once, keeps null, and never keeps undefined', () => {
    const made: string[] = [];
    const map = new Map<string, string | null | undefined>();
    const make = (key: string) => {
      made.push(key);
      return key === 'none' ? null : key === 'nothing' ? undefined : key.toUpperCase();
    };
    expect([rememberedIn(map, 'de', make), rememberedIn(map, 'de', make)]).toEqual(['DE', 'DE']);
    expect([rememberedIn(map, 'none', make), rememberedIn(map, 'none', make)]).toEqual([null, null]);
    expect([rememberedIn(map, 'nothing', make), rememberedIn(map, 'nothing', make)]).toEqual([undefined, undefined]);
    expect(made).toEqual(['de', 'none', 'nothing', 'nothing']);
  });
});
