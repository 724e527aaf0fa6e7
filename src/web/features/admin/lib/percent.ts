import { formatDecimal } from '../../../lib/format.ts';

/**
 * A target typed as a percentage ("98", "98,5", "98.5 %") as the stored fraction (0.98, 0.985).
 * Null when the text is not a number from 0 to 100; empty text is `undefined` (no target).
 */
export function percentToFraction(text: string): number | null | undefined {
  const cleaned = text.replace(/%/g, '').replace(/\s/g, '').replace(',', '.');
  if (cleaned === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const percent = Number(cleaned);
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return null;
  // Division, not × 0.01: 98 / 100 is exactly the double nearest 0.98.
  return percent / 100;
}

/** A stored fraction as the text of its input, vi-VN: 0.985 → "98,5", 0.98 → "98". */
export function fractionToPercentText(fraction: number): string {
  const percent = Math.round(fraction * 100 * 10_000) / 10_000;
  const digits = Number.isInteger(percent) ? 0 : String(percent).split('.')[1]!.length;
  return formatDecimal(percent, digits);
}
