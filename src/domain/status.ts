import type { StatusBucket } from './dossier.ts';

/** One national sync status code (reference §2), with its official label and how we count it. */
export interface StatusCodeDefinition {
  code: number;
  label: string;
  bucket: StatusBucket;
}

/** One status text seen in exports, matched ignoring case, diacritics and punctuation. */
export interface StatusTextDefinition {
  text: string;
  bucket: StatusBucket;
}

export const NATIONAL_STATUS_CODES: readonly StatusCodeDefinition[] = [
  { code: 1, label: 'Mới đăng ký', bucket: 'excluded' },
  { code: 2, label: 'Được tiếp nhận', bucket: 'pending' },
  { code: 3, label: 'Không được tiếp nhận', bucket: 'excluded' },
  { code: 4, label: 'Đang xử lý', bucket: 'pending' },
  { code: 5, label: 'Yêu cầu bổ sung giấy tờ', bucket: 'paused' },
  { code: 6, label: 'Yêu cầu thực hiện nghĩa vụ tài chính', bucket: 'paused' },
  { code: 7, label: 'Công dân yêu cầu rút hồ sơ', bucket: 'withdrawn' },
  { code: 8, label: 'Dừng xử lý', bucket: 'paused' },
  { code: 9, label: 'Đã xử lý xong', bucket: 'finished' },
  { code: 10, label: 'Đã trả kết quả', bucket: 'finished' },
];

/** The common status texts of reference §2 besides the national labels above. */
export const COMMON_STATUS_TEXTS: readonly StatusTextDefinition[] = [
  { text: 'Mới đăng ký', bucket: 'excluded' },
  { text: 'Chờ tiếp nhận', bucket: 'excluded' },
  { text: 'Không tiếp nhận', bucket: 'excluded' },
  { text: 'Từ chối tiếp nhận', bucket: 'excluded' },
  { text: 'Đã hủy', bucket: 'excluded' },
  { text: 'Hủy', bucket: 'excluded' },
  { text: 'Mới tiếp nhận', bucket: 'pending' },
  { text: 'Đã tiếp nhận', bucket: 'pending' },
  { text: 'Chờ xử lý', bucket: 'pending' },
  { text: 'Đang xử lý', bucket: 'pending' },
  { text: 'Đang giải quyết', bucket: 'pending' },
  { text: 'Chờ bổ sung', bucket: 'paused' },
  { text: 'Yêu cầu bổ sung', bucket: 'paused' },
  { text: 'Tạm dừng', bucket: 'paused' },
  { text: 'Chờ thực hiện nghĩa vụ tài chính', bucket: 'paused' },
  { text: 'Rút hồ sơ', bucket: 'withdrawn' },
  { text: 'Đã rút', bucket: 'withdrawn' },
  { text: 'Công dân rút', bucket: 'withdrawn' },
  { text: 'Công dân rút hồ sơ', bucket: 'withdrawn' },
  { text: 'Đã rút hồ sơ', bucket: 'withdrawn' },
  { text: 'Hoàn thành', bucket: 'finished' },
  { text: 'Đã có kết quả', bucket: 'finished' },
  { text: 'Đã xử lý xong', bucket: 'finished' },
  { text: 'Đã trả', bucket: 'finished' },
  { text: 'Đã trả kết quả', bucket: 'finished' },
];

/** Vietnamese names of the buckets, for showing the definitions next to the numbers. */
export const STATUS_BUCKET_LABELS: Readonly<Record<StatusBucket, string>> = {
  pending: 'Đang giải quyết',
  paused: 'Tạm dừng (bổ sung, nghĩa vụ tài chính, dừng xử lý)',
  finished: 'Đã có kết quả',
  withdrawn: 'Rút hồ sơ (tính là đã kết thúc)',
  excluded: 'Không tính (chưa tiếp nhận, không tiếp nhận, đã hủy)',
};

const BUCKET_BY_CODE = new Map<number, StatusBucket>(NATIONAL_STATUS_CODES.map((d) => [d.code, d.bucket]));

const BUCKET_BY_FOLDED_TEXT = new Map<string, StatusBucket>([
  ...NATIONAL_STATUS_CODES.map((d) => [foldStatusText(d.label), d.bucket] as const),
  ...COMMON_STATUS_TEXTS.map((d) => [foldStatusText(d.text), d.bucket] as const),
]);

/**
 * How a status cell counts: a national code (1–10, as a number or as text like "4" or "04") or one
 * of the known texts in any case, with or without diacritics, NFC or NFD. `null` for an empty cell
 * (a missing status is for the caller to judge); 'unknown' for anything else.
 */
export function statusBucketOf(value: string | number): StatusBucket | 'unknown' | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? (BUCKET_BY_CODE.get(value) ?? 'unknown') : 'unknown';
  }
  const folded = foldStatusText(value);
  if (folded === '') return null;
  const byText = BUCKET_BY_FOLDED_TEXT.get(folded);
  if (byText !== undefined) return byText;
  const code = codeOfDigits(folded);
  return code === null ? 'unknown' : (BUCKET_BY_CODE.get(code) ?? 'unknown');
}

function codeOfDigits(text: string): number | null {
  if (text.length > 4) return null;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Lower case, without diacritics (đ → d), every run of spaces or punctuation as one space.
 * Kept local so the domain layer does not depend on src/ingest; statuses are few, so speed is moot.
 */
function foldStatusText(text: string): string {
  const decomposed = text.normalize('NFD');
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    let ch: string;
    // U+00D0 (Ð) stands in for Đ in text converted from legacy Vietnamese encodings.
    if (c === 0x111 || c === 0x110 || c === 0xd0) ch = 'd';
    else if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) ch = decomposed[i]!;
    else if (c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
    else if (c < 128 || c === 0xa0) {
      pendingSpace = out !== '';
      continue;
    } else ch = decomposed[i]!.toLowerCase();
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  return out;
}
