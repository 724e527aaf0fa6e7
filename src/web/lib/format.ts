/**
 * Numbers and dates as Vietnamese readers write them, whatever the UI language:
 * 99,23 % · 1.143.000 · 22/03/2024. Dates are the domain's wall-clock times (ms on the UTC line).
 */

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();
/** No-break space between a number and its percent sign, as Vietnamese typography sets it. */
const PERCENT_SPACE = '\u00a0';

function decimalFormat(digits: number): Intl.NumberFormat {
  let format = decimalFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    decimalFormats.set(digits, format);
  }
  return format;
}

/** 1143000 → "1.143.000". */
export function formatInteger(value: number): string {
  return integerFormat.format(value);
}

/** 19.8216 → "19,82" (fixed number of decimals). */
export function formatDecimal(value: number, digits = 2): string {
  return decimalFormat(digits).format(value);
}

/** A fraction as a percentage: 0.99234 → "99,23 %". Null (no denominator) stays null for the caller to word. */
export function formatPercent(fraction: number | null, digits = 2): string | null {
  if (fraction === null || !Number.isFinite(fraction)) return null;
  return `${decimalFormat(digits).format(fraction * 100)}${PERCENT_SPACE}%`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A wall time (ms on the UTC line) as dd/MM/yyyy. */
export function formatDate(wallTime: number): string {
  const d = new Date(wallTime);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A wall time as dd/MM/yyyy HH:mm. */
export function formatDateTime(wallTime: number): string {
  const d = new Date(wallTime);
  return `${formatDate(wallTime)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A real instant (ISO string from the API) as Vietnamese wall-clock dd/MM/yyyy HH:mm. */
export function formatInstant(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : formatDateTime(t + 7 * 3_600_000);
}

/** 85638732 → "81,7 MB" (1 MB = 1024² bytes, as file pickers show it). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)} B`;
  if (bytes < 1024 * 1024) return `${decimalFormat(1).format(bytes / 1024)} KB`;
  if (bytes < 1024 ** 3) return `${decimalFormat(1).format(bytes / 1024 ** 2)} MB`;
  return `${decimalFormat(2).format(bytes / 1024 ** 3)} GB`;
}
