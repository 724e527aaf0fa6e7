/**
 * Value parsers for dossier cells. They run about ten times per row on files of millions of rows,
 * so they scan char codes instead of using regular expressions, and the parsers of small
 * vocabularies (status, channel, rating, yes/no) cache their answer per distinct cell text.
 */
import type { Channel, Rating, StatusBucket } from '../domain/dossier.ts';
import { statusBucketOf } from '../domain/status.ts';
import { detached } from '../domain/strings.ts';
import { MS_PER_DAY, VN_OFFSET_MS, type WallTime } from '../domain/time.ts';
import { foldText } from './fold.ts';
import type { Cell } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Dates

export type DateParse =
  | { kind: 'empty' }
  | { kind: 'unparsable'; raw: string }
  | { kind: 'date'; t: WallTime; dateOnly: boolean };

const EMPTY_DATE: DateParse = Object.freeze({ kind: 'empty' });

/** Whether the last successful `parseWallTime` read a value without a time of day. */
let lastDateOnly = false;

/** Returned for .NET's "no date"; parseWallTime turns it into null. */
const NO_DATE_MARK = Number.NEGATIVE_INFINITY;

/**
 * Reads a date cell. See `parseWallTime` for the accepted forms. `dateOnly` says the value carried
 * no time of day (an Excel serial without fraction counts as date-only).
 */
export function parseDateTime(cell: Cell): DateParse {
  const t = parseWallTime(cell);
  if (t === null) return EMPTY_DATE;
  if (Number.isNaN(t)) return { kind: 'unparsable', raw: rawText(cell) };
  return { kind: 'date', t, dateOnly: lastDateOnly };
}

/**
 * Allocation-free form of `parseDateTime` for the per-row hot path: the wall time, `null` for an
 * empty cell, `NaN` for a value that is not a valid date.
 *
 * Text forms: `d/M/yyyy`, `d-M-yyyy`, `d.M.yyyy`, each optionally followed by ` H:mm[:ss[.fff]]`;
 * the time first (`H:mm[:ss] d/M/yyyy`); `yyyy-MM-dd` or `yyyy/MM/dd` optionally followed by
 * `T` or a space, a time and a `Z` / `±HH:mm` offset (converted to the Vietnam wall clock);
 * `yyyyMMdd`; `yyyyMMddHHmmss`; an Excel serial (1–2958465, fraction = time of day). Numbers are
 * Excel serials, except 8- and 14-digit integers, which are `yyyyMMdd[HHmmss]` stored as numbers.
 *
 * Rejected: two-digit years, years before 1900, out-of-range fields, AM/PM (a 12-hour clock comes
 * from US-style exports whose month/day order we cannot trust), anything else after the value.
 * Treated as empty: dash placeholders (`-`, `--`, `–`, `—`) and .NET's "no date" `01/01/0001`.
 */
export function parseWallTime(cell: Cell): WallTime | null {
  lastDateOnly = false;
  const t = typeof cell === 'number' ? parseDateNumber(cell) : parseDateText(cell);
  return t === NO_DATE_MARK ? null : t;
}

const FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;
const FAKE_LEAP_DAY_SERIAL = 60;
const MAX_EXCEL_SERIAL = 2_958_465;
/** Day number (days since 1970-01-01) of Excel serial 0 for serials from 61 on: 1899-12-30. */
const EXCEL_EPOCH_DAY = -25_569;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
const MIN_YEAR = 1900;
/** .NET prints an unset DateTime as 01/01/0001: it means "no date", not a bad one. */
const DOTNET_NO_DATE_YEAR = 1;

function parseDateNumber(n: number): WallTime | null {
  if (!Number.isFinite(n)) return Number.NaN;
  if (Number.isInteger(n) && n >= 10_000_000) return parseDateText(String(n));
  return excelSerialToWallTime(n);
}

function excelSerialToWallTime(serial: number): WallTime {
  if (!(serial >= 1 && serial < MAX_EXCEL_SERIAL + 1)) return Number.NaN;
  const day = Math.floor(serial);
  if (day === FAKE_LEAP_DAY_SERIAL) return Number.NaN;
  // Excel counts a 29/02/1900 that never was: serials before it are one day later than the rest.
  const epochDay =
    day >= FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? EXCEL_EPOCH_DAY + day : EXCEL_EPOCH_DAY + day + 1;
  // Serial fractions carry float noise (0.5416666666 for 13:00): round to the second.
  const seconds = Math.round((serial - day) * 86_400);
  lastDateOnly = seconds === 0;
  return epochDay * MS_PER_DAY + seconds * 1000;
}

/** Scan position shared by the text-date helpers below (saves returning pairs). */
let at = 0;

function parseDateText(s: string): WallTime | null {
  let end = s.length;
  at = 0;
  while (at < end && isSpaceCode(s.charCodeAt(at))) at++;
  while (end > at && isSpaceCode(s.charCodeAt(end - 1))) end--;
  if (at === end) return null;
  if (isDashPlaceholder(s, at, end)) return null;

  const start = at;
  const first = readDigits(s, end, 1, 14);
  if (first < 0) return Number.NaN;
  const firstLength = at - start;
  if (at === end) return parseAllDigits(s, start, firstLength, first);
  const sep = s.charCodeAt(at);
  if (firstLength === 4 && (sep === CH_DASH || sep === CH_SLASH)) return parseYearFirst(s, end, first, sep);
  if (firstLength <= 7 && (sep === CH_DOT || sep === CH_COMMA) && isDigitsToEnd(s, at + 1, end)) {
    return excelSerialToWallTime(first + fractionOf(s, at + 1, end));
  }
  if (firstLength <= 2 && (sep === CH_SLASH || sep === CH_DASH || sep === CH_DOT)) {
    return parseDayFirst(s, end, first, sep, true);
  }
  if (firstLength <= 2 && sep === CH_COLON) return parseTimeFirst(s, end, first);
  return Number.NaN;
}

function parseAllDigits(s: string, start: number, length: number, value: number): WallTime {
  if (length <= 7) return excelSerialToWallTime(value);
  if (length !== 8 && length !== 14) return Number.NaN;
  const year = digitsAt(s, start, 4);
  const month = digitsAt(s, start + 4, 2);
  const day = digitsAt(s, start + 6, 2);
  if (length === 8) return dateOrNaN(year, month, day, 0, true);
  const timeMs = timeOfDayMs(
    digitsAt(s, start + 8, 2),
    digitsAt(s, start + 10, 2),
    digitsAt(s, start + 12, 2),
    0,
  );
  return timeMs < 0 ? Number.NaN : dateOrNaN(year, month, day, timeMs, false);
}

/** `d/M/yyyy[ time]`; `at` is on the first separator. */
function parseDayFirst(s: string, end: number, day: number, sep: number, timeMayFollow: boolean): WallTime {
  at++;
  const month = readDigits(s, end, 1, 2);
  if (month < 0 || at >= end || s.charCodeAt(at) !== sep) return Number.NaN;
  at++;
  const year = readDigits(s, end, 4, 4);
  if (year < 0) return Number.NaN;
  if (at === end) return dateOrNaN(year, month, day, 0, true);
  if (!timeMayFollow || !skipSpaces(s, end)) return Number.NaN;
  const timeMs = readTime(s, end);
  if (timeMs < 0 || at !== end) return Number.NaN;
  return dateOrNaN(year, month, day, timeMs, false);
}

/** `H:mm[:ss] d/M/yyyy`; `at` is on the colon after the hour. */
function parseTimeFirst(s: string, end: number, hour: number): WallTime {
  const timeMs = readTimeAfterHour(s, end, hour);
  if (timeMs < 0 || !skipSpaces(s, end)) return Number.NaN;
  const day = readDigits(s, end, 1, 2);
  if (day < 0 || at >= end) return Number.NaN;
  const sep = s.charCodeAt(at);
  if (sep !== CH_SLASH && sep !== CH_DASH && sep !== CH_DOT) return Number.NaN;
  const dateOnlyValue = parseDayFirst(s, end, day, sep, false);
  if (Number.isNaN(dateOnlyValue)) return Number.NaN;
  lastDateOnly = false;
  return dateOnlyValue + timeMs;
}

/** `yyyy-MM-dd[(T| )time[Z|±HH:mm]]`; `at` is on the first separator. */
function parseYearFirst(s: string, end: number, year: number, sep: number): WallTime {
  at++;
  const month = readDigits(s, end, 1, 2);
  if (month < 0 || at >= end || s.charCodeAt(at) !== sep) return Number.NaN;
  at++;
  const day = readDigits(s, end, 1, 2);
  if (day < 0) return Number.NaN;
  if (at === end) return dateOrNaN(year, month, day, 0, true);
  const c = s.charCodeAt(at);
  if (c === CH_T || c === CH_LOWER_T) at++;
  else if (!skipSpaces(s, end)) return Number.NaN;
  const timeMs = readTime(s, end);
  if (timeMs < 0) return Number.NaN;
  const offsetMs = readOffset(s, end);
  if (Number.isNaN(offsetMs)) return Number.NaN;
  while (at < end && isSpaceCode(s.charCodeAt(at))) at++;
  if (at !== end) return Number.NaN;
  const local = dateOrNaN(year, month, day, timeMs, false);
  return offsetMs === NO_OFFSET ? local : local - offsetMs + VN_OFFSET_MS;
}

const NO_OFFSET = -1e15;

/** `Z`, `±HH:mm`, `±HHmm`, `±HH`, or nothing (NO_OFFSET); NaN when malformed. */
function readOffset(s: string, end: number): number {
  if (at >= end) return NO_OFFSET;
  const c = s.charCodeAt(at);
  if (c === CH_Z || c === CH_LOWER_Z) {
    at++;
    return 0;
  }
  if (c !== CH_PLUS && c !== CH_DASH) return isSpaceCode(c) ? NO_OFFSET : Number.NaN;
  at++;
  const hours = readTwoDigits(s, end);
  if (hours < 0 || hours > 14) return Number.NaN;
  let minutes = 0;
  if (at < end && s.charCodeAt(at) === CH_COLON) at++;
  if (at < end && isDigitCode(s.charCodeAt(at))) {
    minutes = readTwoDigits(s, end);
    if (minutes < 0 || minutes > 59) return Number.NaN;
  }
  const ms = hours * MS_PER_HOUR + minutes * MS_PER_MINUTE;
  return c === CH_PLUS ? ms : -ms;
}

/** `H:mm[:ss[.fff]]` from `at`; the time of day in ms, or -1. */
function readTime(s: string, end: number): number {
  const hour = readDigits(s, end, 1, 2);
  if (hour < 0 || at >= end || s.charCodeAt(at) !== CH_COLON) return -1;
  return readTimeAfterHour(s, end, hour);
}

function readTimeAfterHour(s: string, end: number, hour: number): number {
  at++;
  const minute = readDigits(s, end, 2, 2);
  if (minute < 0) return -1;
  let second = 0;
  let ms = 0;
  if (at < end && s.charCodeAt(at) === CH_COLON) {
    at++;
    second = readDigits(s, end, 2, 2);
    if (second < 0) return -1;
    if (at < end && s.charCodeAt(at) === CH_DOT) {
      at++;
      const fractionStart = at;
      while (at < end && isDigitCode(s.charCodeAt(at))) {
        if (at - fractionStart < 3) ms = ms * 10 + (s.charCodeAt(at) - CH_0);
        at++;
      }
      const digits = at - fractionStart;
      if (digits === 0) return -1;
      if (digits === 1) ms *= 100;
      else if (digits === 2) ms *= 10;
    }
  }
  return timeOfDayMs(hour, minute, second, ms);
}

function timeOfDayMs(hour: number, minute: number, second: number, ms: number): number {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  return hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * 1000 + ms;
}

/** The wall time of a validated calendar date, or NaN (null for .NET's "no date"). */
function dateOrNaN(year: number, month: number, day: number, timeMs: number, dateOnly: boolean): WallTime {
  if (year === DOTNET_NO_DATE_YEAR && month === 1 && day === 1 && timeMs === 0) return NO_DATE_MARK;
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return Number.NaN;
  }
  lastDateOnly = dateOnly;
  return daysFromCivil(year, month, day) * MS_PER_DAY + timeMs;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm), for years ≥ 1. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Reads min–max digits from `at`; their value, or -1 when there are fewer or more. */
function readDigits(s: string, end: number, min: number, max: number): number {
  const start = at;
  let value = 0;
  while (at < end) {
    const d = s.charCodeAt(at) - CH_0;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
    at++;
  }
  const length = at - start;
  return length < min || length > max ? -1 : value;
}

/** Exactly two digits from `at` (more may follow), or -1. */
function readTwoDigits(s: string, end: number): number {
  if (at + 2 > end) return -1;
  const tens = s.charCodeAt(at) - CH_0;
  const ones = s.charCodeAt(at + 1) - CH_0;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return -1;
  at += 2;
  return tens * 10 + ones;
}

function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) value = value * 10 + (s.charCodeAt(i) - CH_0);
  return value;
}

function fractionOf(s: string, from: number, end: number): number {
  let value = 0;
  let scale = 1;
  for (let i = from; i < end && scale < 1e15; i++) {
    value = value * 10 + (s.charCodeAt(i) - CH_0);
    scale *= 10;
  }
  return value / scale;
}

function isDigitsToEnd(s: string, from: number, end: number): boolean {
  if (from >= end) return false;
  for (let i = from; i < end; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

function skipSpaces(s: string, end: number): boolean {
  const start = at;
  while (at < end && isSpaceCode(s.charCodeAt(at))) at++;
  return at > start;
}

function isDashPlaceholder(s: string, from: number, end: number): boolean {
  if (end - from > 3) return false;
  for (let i = from; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== CH_DASH && c !== 0x2013 && c !== 0x2014) return false;
  }
  return true;
}

const CH_0 = 48;
const CH_DASH = 45;
const CH_DOT = 46;
const CH_SLASH = 47;
const CH_COMMA = 44;
const CH_COLON = 58;
const CH_PLUS = 43;
const CH_T = 84;
const CH_LOWER_T = 116;
const CH_Z = 90;
const CH_LOWER_Z = 122;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** ASCII controls and space, no-break space, BOM, the Unicode spaces and the ideographic space. */
function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

// ---------------------------------------------------------------------------------------------
// Text

const TEXT_CACHE_LIMIT = 50_000;
const textCache = new Map<string, string>();

/**
 * NFC-normalized, trimmed text of a cell, for names that repeat across rows (units, sectors,
 * procedures): a repeated name costs one Map lookup and every row shares one string. Numbers
 * become their digits. Whitespace-only cells give ''.
 */
export function cellText(cell: Cell): string {
  if (typeof cell === 'number') return numberText(cell);
  if (cell === '' || isCleanAscii(cell)) return cell;
  const known = textCache.get(cell);
  if (known !== undefined) return known;
  if (textCache.size >= TEXT_CACHE_LIMIT) textCache.clear();
  // Runs of white space fold to one space: HTML exports collapse them anyway, so names must
  // read the same from every file shape.
  const text = cell.trim().replace(/\s+/g, ' ').normalize('NFC');
  textCache.set(detached(cell), detached(text));
  return text;
}

/**
 * Like `cellText` without the cache, for values that are unique per row (dossier codes): caching
 * them would only evict the names that do repeat.
 */
export function uniqueCellText(cell: Cell): string {
  if (typeof cell === 'number') return numberText(cell);
  if (cell === '' || isTrimmedAscii(cell)) return cell;
  return cell.trim().normalize('NFC');
}

/** Raw text of a cell for messages: trimmed, numbers as their digits. */
export function rawText(cell: Cell): string {
  return typeof cell === 'number' ? numberText(cell) : cell.trim();
}

/** True for '' and whitespace-only text; a number is never empty. */
export function isEmptyCell(cell: Cell): boolean {
  if (typeof cell === 'number') return false;
  for (let i = 0; i < cell.length; i++) if (!isSpaceCode(cell.charCodeAt(i))) return false;
  return true;
}

/** A number as text without exponent or float artefacts for integers (codes read from .xlsx). */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e21) return BigInt(n).toString();
  return String(n);
}

/** Trimmed printable ASCII with no run of white space: already what cellText would return. */
function isCleanAscii(s: string): boolean {
  if (!isTrimmedAscii(s)) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || (c === 32 && s.charCodeAt(i - 1) === 32)) return false;
  }
  return true;
}

function isTrimmedAscii(s: string): boolean {
  const last = s.length - 1;
  if (isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(last))) return false;
  for (let i = 0; i <= last; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Small vocabularies

const VOCABULARY_CACHE_LIMIT = 10_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= VOCABULARY_CACHE_LIMIT) cache.clear();
  cache.set(detached(key), value);
  return value;
}

const statusCache = new Map<string, StatusBucket | 'unknown' | null>();

/** `statusBucketOf` with a cache per distinct cell text. */
export function parseStatus(cell: Cell): StatusBucket | 'unknown' | null {
  if (typeof cell === 'number') return statusBucketOf(cell);
  if (cell === '') return null;
  const known = statusCache.get(cell);
  return known !== undefined ? known : remember(statusCache, cell, statusBucketOf(cell));
}

const CHANNEL_BY_CODE: readonly Channel[] = ['unknown', 'direct', 'online', 'postal'];

const CHANNEL_BY_FOLDED_TEXT = new Map<string, Channel>([
  ['mang', 'online'],
  ['qua mang', 'online'],
  ['internet', 'online'],
  ['dien tu', 'online'],
]);

/** Keywords looked for anywhere in the text; when several occur, the earliest one wins. */
const CHANNEL_KEYWORDS: readonly (readonly [string, Channel])[] = [
  ['truc tuyen', 'online'],
  ['online', 'online'],
  ['qua mang', 'online'],
  ['cong dvc', 'online'],
  ['dich vu cong', 'online'],
  ['dvc', 'online'],
  ['vneid', 'online'],
  ['truc tiep', 'direct'],
  ['tai quay', 'direct'],
  ['mot cua', 'direct'],
  ['buu chinh', 'postal'],
  ['buu dien', 'postal'],
  ['bcci', 'postal'],
];

const channelCache = new Map<string, Channel>();

/**
 * Submission channel: sync codes 1 (direct), 2 (online), 3 (postal), or texts such as "Trực tuyến",
 * "Trực tiếp", "Bưu chính công ích". A text naming two channels ("Nộp trực tiếp, nhận qua bưu
 * chính") takes the one named first, since the submission is what exports lead with.
 */
export function parseChannel(cell: Cell): Channel {
  if (typeof cell === 'number') return CHANNEL_BY_CODE[cell] ?? 'unknown';
  if (cell === '') return 'unknown';
  const known = channelCache.get(cell);
  return known !== undefined ? known : remember(channelCache, cell, channelOfText(cell));
}

function channelOfText(text: string): Channel {
  const folded = foldText(text);
  const code = smallCodeOf(folded);
  if (code >= 0) return CHANNEL_BY_CODE[code] ?? 'unknown';
  const exact = CHANNEL_BY_FOLDED_TEXT.get(folded);
  if (exact !== undefined) return exact;
  let best: Channel = 'unknown';
  let bestAt = Number.POSITIVE_INFINITY;
  for (const [keyword, channel] of CHANNEL_KEYWORDS) {
    const found = indexOfWord(folded, keyword);
    if (found >= 0 && found < bestAt) {
      best = channel;
      bestAt = found;
    }
  }
  return best;
}

const RATING_BY_FOLDED_TEXT = new Map<string, Rating | null>([
  ['rat hai long', 'very_satisfied'],
  ['hai long', 'satisfied'],
  ['binh thuong', 'neutral'],
  ['khong hai long', 'dissatisfied'],
  ['rat khong hai long', 'very_dissatisfied'],
]);

const ratingCache = new Map<string, Rating | null>();

/**
 * Citizen rating from its Vietnamese label, in any case, with or without diacritics. Anything else
 * (empty, "Chưa đánh giá", numbers) is null: there is no common numeric convention for ratings —
 * 1 is the best level in some tools and the worst in others, and 3-level and 5-level scales mix —
 * so guessing would silently flip results.
 */
export function parseRating(cell: Cell): Rating | null {
  if (typeof cell === 'number' || cell === '') return null;
  const known = ratingCache.get(cell);
  if (known !== undefined) return known;
  return remember(ratingCache, cell, RATING_BY_FOLDED_TEXT.get(foldText(cell)) ?? null);
}

const YES_NO_BY_FOLDED_TEXT = new Map<string, boolean>([
  ['co', true],
  ['x', true],
  ['1', true],
  ['da gui', true],
  ['da', true],
  ['co gui', true],
  ['yes', true],
  ['y', true],
  ['true', true],
  ['khong', false],
  ['0', false],
  ['chua', false],
  ['chua gui', false],
  ['khong gui', false],
  ['no', false],
  ['n', false],
  ['false', false],
]);

const yesNoCache = new Map<string, boolean | null>();

/** "Có", "x", "1", "Đã gửi", "Yes", "true" → true; "Không", "0", "Chưa", "No" → false; empty or other → null. */
export function parseYesNo(cell: Cell): boolean | null {
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  if (cell === '') return null;
  const known = yesNoCache.get(cell);
  if (known !== undefined) return known;
  return remember(yesNoCache, cell, YES_NO_BY_FOLDED_TEXT.get(foldText(cell)) ?? null);
}

/** Value of a one- or two-digit code such as "2" or "02", else -1. */
function smallCodeOf(folded: string): number {
  if (folded.length === 0 || folded.length > 2) return -1;
  let value = 0;
  for (let i = 0; i < folded.length; i++) {
    const d = folded.charCodeAt(i) - CH_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Position of `word` in `text` as whole words (folded text is words separated by one space). */
function indexOfWord(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const found = text.indexOf(word, from);
    if (found < 0) return -1;
    const after = found + word.length;
    if (
      (found === 0 || text.charCodeAt(found - 1) === 32) &&
      (after === text.length || text.charCodeAt(after) === 32)
    ) {
      return found;
    }
    from = found + 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * A number written the Vietnamese way or plainly. "1.234.567" and "1,234,567" group thousands;
 * when both '.' and ',' occur, the last one is the decimal separator ("1.234,5", "1,234.5"); a
 * single ',' is decimal ("99,23"); a single '.' followed by exactly three digits after a 1–3 digit
 * integer part not starting with 0 groups thousands ("1.234" = 1234), otherwise it is decimal
 * ("1.5", "1234.5", "0.125"). A trailing '%' is allowed and ignored ("99,23 %" → 99.23).
 * Null for empty or anything else.
 */
export function parseVnNumber(text: Cell): number | null {
  if (typeof text === 'number') return Number.isFinite(text) ? text : null;
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start && text.charCodeAt(end - 1) === 37) {
    end--;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  }
  if (start === end) return null;
  let negative = false;
  const sign = text.charCodeAt(start);
  if (sign === CH_DASH || sign === CH_PLUS) {
    negative = sign === CH_DASH;
    start++;
  }
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === CH_DOT) {
      dots++;
      lastDot = i;
    } else if (c === CH_COMMA) {
      commas++;
      lastComma = i;
    } else if (!isDigitCode(c)) return null;
  }
  const decimalAt = decimalSeparatorAt(text, start, end, dots, commas, lastDot, lastComma);
  if (decimalAt === INVALID) return null;
  const integerEnd = decimalAt < 0 ? end : decimalAt;
  const groupCode = decimalAt >= 0 && text.charCodeAt(decimalAt) === CH_DOT ? CH_COMMA : CH_DOT;
  const hasGroups = decimalAt < 0 ? dots + commas > 0 : (groupCode === CH_DOT ? dots : commas) > 0;
  if (hasGroups && !isGroupedThousands(text, start, integerEnd)) return null;
  if (integerEnd === start && decimalAt < 0) return null;
  if (decimalAt >= 0 && !isDigitsToEnd(text, decimalAt + 1, end)) return null;
  let digits = '';
  for (let i = start; i < integerEnd; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) digits += text[i];
  }
  if (decimalAt >= 0) digits += `.${text.slice(decimalAt + 1, end)}`;
  const value = Number(digits);
  return negative ? -value : value;
}

const INVALID = -2;

/** Index of the decimal separator, -1 when there is none, INVALID when the separators conflict. */
function decimalSeparatorAt(
  text: string,
  start: number,
  end: number,
  dots: number,
  commas: number,
  lastDot: number,
  lastComma: number,
): number {
  if (dots > 0 && commas > 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const decimalCount = decimalAt === lastDot ? dots : commas;
    return decimalCount === 1 ? decimalAt : INVALID;
  }
  if (commas === 1) return lastComma;
  if (commas > 1) return -1;
  if (dots !== 1) return -1;
  const integerDigits = lastDot - start;
  const looksGrouped =
    end - lastDot - 1 === 3 && integerDigits >= 1 && integerDigits <= 3 && text.charCodeAt(start) !== CH_0;
  return looksGrouped ? -1 : lastDot;
}

/** `d{1,3}([.,]ddd)*` with one kind of separator and a first group not starting with 0. */
function isGroupedThousands(text: string, start: number, end: number): boolean {
  let groupLength = 0;
  let groups = 0;
  let sep = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigitCode(c)) {
      groupLength++;
      continue;
    }
    if (sep >= 0 && c !== sep) return false;
    sep = c;
    if (groups === 0 ? groupLength < 1 || groupLength > 3 : groupLength !== 3) return false;
    groups++;
    groupLength = 0;
  }
  if (groups === 0) return true;
  return groupLength === 3 && text.charCodeAt(start) !== CH_0;
}
