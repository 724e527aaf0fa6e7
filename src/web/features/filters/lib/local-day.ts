/**
 * The calendar widget works in browser-local Date objects; the URL and the API in `yyyy-MM-dd`
 * days. These convert by calendar fields only, so the browser's time zone never shifts a day.
 */
export function localDateOf(isoDay: string): Date {
  return new Date(Number(isoDay.slice(0, 4)), Number(isoDay.slice(5, 7)) - 1, Number(isoDay.slice(8, 10)));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
