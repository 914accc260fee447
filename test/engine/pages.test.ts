import { describe, expect, it } from 'vitest';
import { hashOf } from '../../src/engine/fix.js';
import { modelOf } from '../../src/engine/pages.js';
import type { PageModel } from '../../src/page/model.js';

describe('modelOf', () => {
  const bytes = Buffer.from('# Title\n\nText.\n');

  it('hashes the page when no hash is given', () => {
    expect((modelOf('a.md', bytes) as PageModel).hash).toBe(hashOf(bytes));
  });

  it('takes the hash the caller already made (the cache key) instead of hashing again', () => {
    expect((modelOf('a.md', bytes, 'made-by-the-caller') as PageModel).hash).toBe('made-by-the-caller');
  });
});
