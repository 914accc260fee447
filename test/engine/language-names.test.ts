import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES_ICU } from '../../src/engine/language-names.js';
import { englishName, languageName, localeName } from '../../src/engine/words.js';

const icu = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const icuName = (code: string) => {
  try {
    return icu.of(code);
  } catch {
    return undefined;
  }
};

describe('the English names of languages', () => {
  it('are those ICU gives, for every code of two or three letters in either case (the table is up to date)', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const every: string[] = [];
    for (const a of letters) for (const b of letters) every.push(a + b, ...[...letters].map((c) => a + b + c));
    // Another ICU may name a rare language otherwise: under it, the common ones are compared.
    const codes = process.versions.icu === LANGUAGE_NAMES_ICU ? every : ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'uk', 'zh'];
    const differing = [...codes, ...codes.map((code) => code.toUpperCase())].filter((code) => englishName(code) !== icuName(code));
    // On a difference: `node scripts/language-names.js` writes the table again.
    expect(differing).toEqual([]);
    expect(englishName('de')).toBe('German');
    expect(englishName('haw')).toBe('Hawaiian');
    expect(englishName('zz')).toBeUndefined();
  });

  it('are ICU’s for longer codes, and undefined for what is not a code', () => {
    expect(englishName('pt-BR')).toBe('Brazilian Portuguese');
    expect(englishName('zh-Hans')).toBe(icuName('zh-Hans'));
    expect(englishName('not a code')).toBeUndefined();
    expect(englishName('')).toBeUndefined();
  });

  it('name locales in messages, a code they do not know as it is', () => {
    expect(languageName('de')).toBe('German');
    expect(languageName('zz')).toBe('zz');
    expect(localeName('pt')).toBe('Portuguese (pt)');
    expect(localeName('zz')).toBe('zz');
  });
});
