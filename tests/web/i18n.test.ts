import { describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { vi } from '../../src/web/i18n/vi.ts';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('catalogues', () => {
  it('English has exactly the Vietnamese keys, and no Vietnamese text is left empty', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
    const empty = keys(vi).filter(
      (k) =>
        k !== 'definitions.languageNote' &&
        k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], vi) === '',
    );
    expect(empty).toEqual([]);
  });
});
