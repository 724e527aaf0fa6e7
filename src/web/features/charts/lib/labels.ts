/**
 * A label cut to at most `max` characters (whole code points, an ellipsis at the end when cut), so a
 * long unit name stays on one line of an axis; the full name goes in a tooltip.
 */
export function oneLineLabel(text: string, max: number): string {
  const chars = Array.from(text.trim().replace(/\s+/g, ' '));
  if (chars.length <= max) return chars.join('');
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}
