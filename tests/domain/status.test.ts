import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatusBucket } from '../../src/domain/dossier.ts';
import {
  COMMON_STATUS_TEXTS,
  NATIONAL_STATUS_CODES,
  STATUS_BUCKET_LABELS,
  statusBucketOf,
} from '../../src/domain/status.ts';

const REFERENCE_CODE_BUCKETS: Record<number, StatusBucket> = {
  1: 'excluded',
  2: 'pending',
  3: 'excluded',
  4: 'pending',
  5: 'paused',
  6: 'paused',
  7: 'withdrawn',
  8: 'paused',
  9: 'finished',
  10: 'finished',
};

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const ALL_TEXTS = [
  ...NATIONAL_STATUS_CODES.map((d) => ({ text: d.label, bucket: d.bucket })),
  ...COMMON_STATUS_TEXTS,
];

describe('status tables', () => {
  it('define codes 1–10 once each with the buckets of reference §2', () => {
    expect(NATIONAL_STATUS_CODES.map((d) => d.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const d of NATIONAL_STATUS_CODES) expect(d.bucket).toBe(REFERENCE_CODE_BUCKETS[d.code]);
  });

  it('label every bucket for the UI', () => {
    for (const bucket of ['pending', 'paused', 'finished', 'withdrawn', 'excluded'] as const) {
      expect(STATUS_BUCKET_LABELS[bucket].length).toBeGreaterThan(0);
    }
  });
});

describe('statusBucketOf', () => {
  it('maps the national codes as numbers and as numeric text', () => {
    for (let code = 1; code <= 10; code++) {
      const bucket = REFERENCE_CODE_BUCKETS[code];
      expect(statusBucketOf(code)).toBe(bucket);
      expect(statusBucketOf(String(code))).toBe(bucket);
      expect(statusBucketOf(String(code).padStart(2, '0'))).toBe(bucket);
      expect(statusBucketOf(` ${code} `)).toBe(bucket);
    }
  });

  it('maps the texts of reference §2 by hand-picked examples', () => {
    expect(statusBucketOf('Đang xử lý')).toBe('pending');
    expect(statusBucketOf('ĐANG XỬ LÝ')).toBe('pending');
    expect(statusBucketOf('dang xu ly')).toBe('pending');
    expect(statusBucketOf('Đã trả kết quả')).toBe('finished');
    expect(statusBucketOf('Đã trả')).toBe('finished');
    expect(statusBucketOf('Hoàn thành')).toBe('finished');
    expect(statusBucketOf('Công dân yêu cầu rút hồ sơ')).toBe('withdrawn');
    expect(statusBucketOf('Đã rút')).toBe('withdrawn');
    expect(statusBucketOf('Công dân rút hồ sơ')).toBe('withdrawn');
    expect(statusBucketOf('Yêu cầu bổ sung giấy tờ')).toBe('paused');
    expect(statusBucketOf('Dừng xử lý')).toBe('paused');
    expect(statusBucketOf('Chờ thực hiện nghĩa vụ tài chính')).toBe('paused');
    expect(statusBucketOf('Mới đăng ký')).toBe('excluded');
    expect(statusBucketOf('Không được tiếp nhận')).toBe('excluded');
    expect(statusBucketOf('Từ chối tiếp nhận')).toBe('excluded');
    expect(statusBucketOf('Hủy')).toBe('excluded');
    expect(statusBucketOf('Huỷ')).toBe('excluded'); // old-style tone placement
    expect(statusBucketOf('Được tiếp nhận')).toBe('pending');
    expect(statusBucketOf('Mới tiếp nhận')).toBe('pending');
  });

  it('ignores NFD, case, surrounding spaces and punctuation runs', () => {
    expect(statusBucketOf('  đã   xử lý xong. '.normalize('NFD'))).toBe('finished');
    expect(statusBucketOf('Đã xử lý - xong')).toBe('finished');
    expect(statusBucketOf('ÐANG XỬ LÝ')).toBe('pending'); // U+00D0 from legacy encodings
  });

  it('returns null for an empty status and unknown for anything else', () => {
    expect(statusBucketOf('')).toBeNull();
    expect(statusBucketOf('   ')).toBeNull();
    expect(statusBucketOf('Đang chờ ký')).toBe('unknown');
    expect(statusBucketOf('11')).toBe('unknown');
    expect(statusBucketOf('0')).toBe('unknown');
    expect(statusBucketOf(0)).toBe('unknown');
    expect(statusBucketOf(4.5)).toBe('unknown');
    expect(statusBucketOf(Number.NaN)).toBe('unknown');
    expect(statusBucketOf('Đã trả kết quả trễ hạn')).toBe('unknown');
  });

  it('finds every table text whatever its case, diacritics and normal form', () => {
    const entry = fc.constantFrom(...ALL_TEXTS);
    const spelling = fc.constantFrom<(s: string) => string>(
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => s.toLowerCase(),
      (s) => s.normalize('NFD'),
      (s) => s.normalize('NFD').toUpperCase(),
      stripDiacritics,
      (s) => `  ${stripDiacritics(s).toUpperCase()}  `,
    );
    fc.assert(
      fc.property(entry, spelling, (e, spell) => {
        expect(statusBucketOf(spell(e.text))).toBe(e.bucket);
      }),
    );
  });

  it('never throws and answers null only for text without letters or digits', () => {
    const answers = new Set([null, 'unknown', 'pending', 'paused', 'finished', 'withdrawn', 'excluded']);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bucket = statusBucketOf(text);
        expect(answers.has(bucket)).toBe(true);
        if (/[A-Za-z0-9]/.test(text)) expect(bucket).not.toBeNull();
        if (text.trim() === '') expect(bucket).toBeNull();
      }),
    );
  });
});
