import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/engine/remembered.js';

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
