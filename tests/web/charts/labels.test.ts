import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneLineLabel } from '../../../src/web/features/charts/lib/labels.ts';

describe('oneLineLabel', () => {
  it('keeps a short name and cuts a long one with an ellipsis', () => {
    expect(oneLineLabel('3. Sở Ngoại vụ', 28)).toBe('3. Sở Ngoại vụ');
    expect(oneLineLabel('6. Sở Nông nghiệp và Phát triển nông thôn', 28)).toBe(
      '6. Sở Nông nghiệp và Phát t…',
    );
    // No space left dangling before the ellipsis, and line breaks never reach the axis.
    expect(oneLineLabel('12. Sở Thông tin và Truyền thông', 21)).toBe('12. Sở Thông tin và…');
    expect(oneLineLabel('Sở Y tế\ntỉnh', 28)).toBe('Sở Y tế tỉnh');
  });

  it('never exceeds the limit, and a cut label starts the name', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 1, max: 60 }),
        (text, max) => {
          const label = oneLineLabel(text, max);
          const single = text.trim().replace(/\s+/g, ' ');
          expect(Array.from(label).length).toBeLessThanOrEqual(max);
          expect(label).not.toMatch(/\n/);
          if (label.endsWith('…') && label !== single)
            expect(single.startsWith(label.slice(0, -1))).toBe(true);
          else expect(label).toBe(single);
        },
      ),
    );
  });
});
