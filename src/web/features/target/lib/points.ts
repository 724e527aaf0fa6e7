const pointsFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Index points as Vietnamese readers write them, up to two decimals: 9.5 → "9,5", 72.25 → "72,25". */
export function formatPoints(value: number): string {
  return pointsFormat.format(value);
}
