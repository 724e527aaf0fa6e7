const COMBINING_MARKS = /\p{M}/gu;
// 'Ð' (U+00D0, Icelandic eth) turns up in place of 'Đ' in text converted from legacy Vietnamese encodings.
const D_WITH_STROKE = /[đĐÐ]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Folds text for comparing Vietnamese labels: NFC or NFD in, diacritics stripped, đ→d, lower case,
 * every run of spaces or punctuation collapsed to one space, trimmed.
 * `foldText('  Ngày tiếp nhận (HS) ')` → `'ngay tiep nhan hs'`.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, 'd')
    .toLowerCase()
    .replace(NOT_ALPHANUMERIC, ' ')
    .trim();
}
