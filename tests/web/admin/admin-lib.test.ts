import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegistryUnit } from '../../../src/domain/units.ts';
import { fractionToPercentText, percentToFraction } from '../../../src/web/features/admin/lib/percent.ts';
import { mergeUnits, searchUnits } from '../../../src/web/features/admin/lib/registry-edit.ts';

describe('percent ↔ fraction', () => {
  it('reads Vietnamese and English decimal marks', () => {
    expect(percentToFraction('98')).toBe(0.98);
    expect(percentToFraction('98,5')).toBe(0.985);
    expect(percentToFraction(' 98.5 % ')).toBe(0.985);
    expect(percentToFraction('')).toBeUndefined();
    expect(percentToFraction('100,01')).toBeNull();
    expect(percentToFraction('-1')).toBeNull();
    expect(percentToFraction('9x')).toBeNull();
    expect(fractionToPercentText(0.98)).toBe('98');
    expect(fractionToPercentText(0.955)).toBe('95,5');
    expect(fractionToPercentText(0.07)).toBe('7');
  });

  it('round-trips any percentage with up to two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const text = fractionToPercentText(hundredths / 10_000);
        const back = percentToFraction(text);
        expect(back).toBeCloseTo(hundredths / 10_000, 12);
        expect(fractionToPercentText(back!)).toBe(text);
      }),
    );
  });
});

const unitArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ minLength: 1, maxLength: 12 }),
    group: fc.constantFrom('department', 'commune', 'vertical', 'other' as const),
    aliases: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
  });

describe('mergeUnits', () => {
  it('keeps every other unit, drops the merged one and repoints its successors', () => {
    const ids = ['a', 'b', 'c', 'd'];
    fc.assert(
      fc.property(
        fc.tuple(...ids.map(unitArb)),
        fc.array(fc.option(fc.constantFrom(...ids), { nil: undefined }), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(...ids),
        fc.constantFrom(...ids),
        (base, successors, from, into) => {
          fc.pre(from !== into);
          const units: RegistryUnit[] = base.map((u, i) =>
            successors[i] && successors[i] !== u.id ? { ...u, successorId: successors[i] } : u,
          );
          const merged = mergeUnits(units, from, into);
          expect(merged.map((u) => u.id)).toEqual(ids.filter((id) => id !== from));
          expect(merged.some((u) => u.successorId === from)).toBe(false);
          expect(merged.some((u) => u.successorId === u.id)).toBe(false);
          const target = merged.find((u) => u.id === into)!;
          // Every name of the merged unit is now recognised as the target.
          const source = units.find((u) => u.id === from)!;
          for (const name of [source.name, ...source.aliases]) {
            expect(searchUnits([target], name).length + (name.trim() === '' ? 1 : 0)).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});
