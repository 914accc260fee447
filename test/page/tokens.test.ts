import { describe, expect, it } from 'vitest';
import { textTokens } from '../../src/page/tokens.js';

describe('textTokens', () => {
  it('keeps product-like names and marks capitalised words weak', () => {
    expect(textTokens('Use SharePoint and iPhone on M365 with C# and snake_case_Name')).toEqual(['#365', 'w:Use', 'SharePoint', 'iPhone', 'M365']);
    expect(textTokens('IT SPO Intune iOS17 3D 2nd')).toEqual(['#17', '#3', '#2', 'w:IT', 'w:SPO', 'w:Intune', 'iOS17', '3D', '2nd']);
  });

  it('passes over lower-case words, joined words and numbers alone', () => {
    expect(textTokens('plain words, a+b#c d_e f__G and 42')).toEqual(['#42']);
  });

  it('reads letters and digits beyond ASCII, astral ones too', () => {
    expect(textTokens('Zürich Straße ÄÖÜ über émile Éric')).toEqual(['w:Zürich', 'w:Straße', 'w:ÄÖÜ', 'w:Éric']);
    expect(textTokens('𝐀𝐛𝐜Test x𝐀 abc١٢٣')).toEqual(['𝐀𝐛𝐜Test', 'x𝐀', 'abc١٢٣']);
    expect(textTokens('😀Word 😀 wordX')).toEqual(['w:Word', 'wordX']);
  });

  it('normalises numbers and dates', () => {
    expect(textTokens('1,000 and 1.000, 04/30/2020 and 30.04.2020')).toEqual(['#1.0', '#1.0', '#4.30.2020', '#4.30.2020']);
  });
});
