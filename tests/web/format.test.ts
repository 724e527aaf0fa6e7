import { describe, expect, it } from 'vitest';
import { wallTime } from '../../src/domain/time.ts';
import { formatDate, formatDecimal, formatInteger, formatPercent } from '../../src/web/lib/format.ts';

describe('vi-VN formats', () => {
  it('writes rates as 99,23 %, counts as 1.143.000 and dates as dd/MM/yyyy', () => {
    expect(formatPercent(0.99234)).toBe('99,23\u00a0%');
    expect(formatPercent(1)).toBe('100,00\u00a0%');
    expect(formatPercent(null)).toBeNull();
    expect(formatInteger(1_143_000)).toBe('1.143.000');
    expect(formatDecimal(19.821636, 2)).toBe('19,82');
    expect(formatDate(wallTime(2024, 3, 22, 16, 30))).toBe('22/03/2024');
  });
});
