import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOSSIER_FIELDS, PERSONAL_FIELDS } from '../../src/ingest/fields.ts';
import { foldText } from '../../src/ingest/fold.ts';
import {
  layoutKey,
  type MappingResult,
  suggestMapping,
  synonymScore,
  withExplicitMapping,
} from '../../src/ingest/mapping.ts';
import { FIELD_SYNONYMS, PERSONAL_SYNONYMS } from '../../src/ingest/synonyms.ts';

const FULL_EXPORT = [
  'STT',
  'Mã hồ sơ',
  'Đơn vị tiếp nhận',
  'Đơn vị xử lý',
  'Lĩnh vực',
  'Mã TTHC',
  'Tên thủ tục',
  'Hình thức nộp',
  'Trạng thái',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Ngày trả kết quả',
  'Ngày hẹn trả mới',
  'Đánh giá',
  'Ngày gửi phiếu xin lỗi',
  'Phiếu xin lỗi',
  'Họ tên',
  'Số CCCD',
  'Địa chỉ',
  'Số điện thoại',
  'Email',
];

const anyHeader = fc.oneof(
  fc.constantFrom(...DOSSIER_FIELDS.flatMap((f) => FIELD_SYNONYMS[f])),
  fc.constantFrom(...PERSONAL_FIELDS.flatMap((f) => PERSONAL_SYNONYMS[f])),
  fc.constantFrom('STT', 'Ghi chú', '', 'Ngày tiếp nhận hồ sơ', 'Thời gian Hẹn trả', 'Cán bộ xử lý'),
  fc.string({ maxLength: 12 }),
);

function checkShape(headers: string[], result: MappingResult): void {
  const mapped = Object.values(result.mapping);
  expect(new Set(mapped).size).toBe(mapped.length);
  const all = [...mapped, ...result.personalColumns, ...result.unmappedColumns].sort((a, b) => a - b);
  expect(all).toEqual(headers.map((_, i) => i));
  for (const [field, column] of Object.entries(result.mapping)) {
    const confidence = result.confidence[field as keyof typeof result.confidence];
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
    expect(headers[column]).toBeDefined();
  }
  expect(result.overall).toBeGreaterThanOrEqual(0);
  expect(result.overall).toBeLessThanOrEqual(1);
}

describe('foldText', () => {
  it('strips diacritics, đ, case and punctuation, from NFC or NFD alike', () => {
    expect(foldText('  Ngày tiếp nhận (HS) ')).toBe('ngay tiep nhan hs');
    expect(foldText('ĐƠN VỊ XỬ LÝ'.normalize('NFD'))).toBe('don vi xu ly');
    expect(foldText('Số CCCD/CMND')).toBe('so cccd cmnd');
    expect(foldText('Ðơn vị')).toBe('don vi');
  });
});

describe('synonymScore', () => {
  it('ranks exact, whole-word containment and word overlap in that order', () => {
    expect(synonymScore('ngay tiep nhan', 'ngay tiep nhan')).toBe(1);
    const contained = synonymScore('ngay tiep nhan ho so', 'ngay tiep nhan', true);
    expect(contained).toBeCloseTo(0.6 + (0.3 * 3) / 5);
    const reordered = synonymScore('ngay hoan thanh xu ly', 'ngay xu ly hoan thanh');
    expect(reordered).toBe(0.5);
    expect(synonymScore('ngay tiep nhanh', 'ngay tiep nhan')).toBe(0); // whole words only
  });

  it('does not take a date synonym inside a header about a person, a method or an overdue count', () => {
    expect(synonymScore('can bo tiep nhan', 'tiep nhan', true)).toBe(0);
    expect(synonymScore('so ngay qua han xu ly', 'han xu ly', true)).toBe(0);
    expect(synonymScore('can bo tiep nhan', 'tiep nhan', false)).toBeGreaterThan(0);
  });
});

describe('suggestMapping', () => {
  it('maps a typical one-stop export with full confidence and finds the personal columns', () => {
    const result = suggestMapping(FULL_EXPORT);
    expect(result.mapping).toEqual({
      code: 1,
      receivingUnit: 2,
      unit: 3,
      sector: 4,
      procedureCode: 5,
      procedure: 6,
      channel: 7,
      status: 8,
      receivedAt: 9,
      dueAt: 10,
      finishedAt: 11,
      returnedAt: 12,
      newDueAt: 13,
      rating: 14,
      apologyAt: 15,
      hasApology: 16,
    });
    expect(Object.values(result.confidence).every((c) => c === 1)).toBe(true);
    expect(result.overall).toBe(1);
    expect(result.missingRequired).toEqual([]);
    expect(result.personalColumns).toEqual([17, 18, 19, 20, 21]);
    expect(result.unmappedColumns).toEqual([0]);
  });

  it('reads headers without diacritics, in capitals or in NFD the same way', () => {
    const plain = ['Ma ho so', 'DON VI XU LY', 'ngay tiep nhan', 'Ngay hen tra', 'Ho ten'];
    const nfd = ['Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Họ tên'].map((h) =>
      h.normalize('NFD'),
    );
    for (const headers of [plain, nfd]) {
      const result = suggestMapping(headers);
      expect(result.mapping).toEqual({ code: 0, unit: 1, receivedAt: 2, dueAt: 3 });
      expect(result.personalColumns).toEqual([4]);
      expect(result.overall).toBe(1);
    }
  });

  it('gives "Ngày hẹn trả mới" to newDueAt and "Đơn vị tiếp nhận" to receivingUnit, in any order', () => {
    const headers = [
      'Ngày hẹn trả mới',
      'Mã biên nhận',
      'Ngày hẹn trả',
      'Đơn vị tiếp nhận',
      'Cơ quan giải quyết',
    ];
    const result = suggestMapping(headers);
    expect(result.mapping.newDueAt).toBe(0);
    expect(result.mapping.dueAt).toBe(2);
    expect(result.mapping.receivingUnit).toBe(3);
    expect(result.mapping.unit).toBe(4);
  });

  it('never falls back on the look-alike column for the other field', () => {
    const result = suggestMapping(['Mã hồ sơ', 'Đơn vị tiếp nhận', 'Ngày tiếp nhận', 'Ngày hẹn trả mới']);
    expect(result.mapping.receivingUnit).toBe(1);
    expect(result.mapping.newDueAt).toBe(3);
    expect(result.mapping.unit).toBeUndefined();
    expect(result.mapping.dueAt).toBeUndefined();
    expect(result.missingRequired).toEqual(['unit']);
    expect(result.overall).toBeCloseTo(2 / 3);
  });

  it('takes a header that contains a synonym, with less confidence', () => {
    const result = suggestMapping([
      'Số biên nhận',
      'Cơ quan giải quyết',
      'Ngày tiếp nhận hồ sơ (dd/mm/yyyy)',
    ]);
    expect(result.mapping.receivedAt).toBe(2);
    expect(result.confidence.receivedAt).toBeGreaterThan(0.6);
    expect(result.confidence.receivedAt).toBeLessThan(1);
    expect(result.overall).toBeLessThan(1);
  });

  it('lowers the confidence of an ambiguous choice', () => {
    const result = suggestMapping(['Mã hồ sơ', 'Đơn vị', 'Cơ quan giải quyết', 'Ngày nhận']);
    expect(result.mapping.unit).toBe(1);
    expect(result.confidence.unit).toBeLessThan(1);
    expect(result.unmappedColumns).toEqual([2]);
  });

  it('leaves unrelated columns alone', () => {
    const result = suggestMapping(['Cán bộ tiếp nhận', 'Số ngày quá hạn', 'Ghi chú', '']);
    expect(result.mapping).toEqual({});
    expect(result.unmappedColumns).toEqual([0, 1, 2, 3]);
    expect(result.missingRequired).toEqual(['code', 'unit', 'receivedAt']);
    expect(result.overall).toBe(0);
  });

  it('recognises every listed synonym as its own field when alone', () => {
    for (const field of DOSSIER_FIELDS) {
      for (const synonym of FIELD_SYNONYMS[field]) {
        expect(suggestMapping([synonym]).mapping, `${synonym}`).toEqual({ [field]: 0 });
      }
    }
    for (const field of PERSONAL_FIELDS) {
      for (const synonym of PERSONAL_SYNONYMS[field]) {
        expect(suggestMapping([synonym]).personalColumns, `${synonym}`).toEqual([0]);
      }
    }
  });

  it('uses each column once and splits the columns into mapped, personal and unmapped', () => {
    fc.assert(
      fc.property(fc.array(anyHeader, { maxLength: 25 }), (headers) => {
        checkShape(headers, suggestMapping(headers));
      }),
    );
  });

  it('does not depend on case, diacritics or normalization form', () => {
    const strip = (h: string) => h.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
    fc.assert(
      fc.property(fc.array(anyHeader, { maxLength: 25 }), (headers) => {
        const expected = suggestMapping(headers);
        for (const variant of [
          headers.map((h) => h.normalize('NFD')),
          headers.map((h) => strip(h).toUpperCase()),
        ]) {
          expect(suggestMapping(variant)).toEqual(expected);
        }
      }),
    );
  });
});

describe('withExplicitMapping', () => {
  const headers = ['Mã hồ sơ', 'Đơn vị', 'Cơ quan giải quyết', 'Ngày nhận', 'Ngày hẹn', 'Họ tên'];

  it('takes a column by index or by header text with full confidence and re-suggests the rest', () => {
    const byIndex = withExplicitMapping(headers, { unit: 2 });
    expect(byIndex.mapping).toMatchObject({ code: 0, unit: 2, receivedAt: 3, dueAt: 4 });
    expect(byIndex.confidence.unit).toBe(1);
    expect(byIndex.unmappedColumns).toEqual([1]);
    const byText = withExplicitMapping(headers, { unit: 'co quan giai quyet' });
    expect(byText).toEqual(byIndex);
  });

  it('moves a column from the field that had it, which then looks elsewhere', () => {
    const result = withExplicitMapping(headers, { receivingUnit: 1 });
    expect(result.mapping.receivingUnit).toBe(1);
    expect(result.mapping.unit).toBe(2);
  });

  it('can map a column the suggestion took for personal data, and can unmap a field', () => {
    const result = withExplicitMapping(headers, { procedure: 5, dueAt: null });
    expect(result.mapping.procedure).toBe(5);
    expect(result.personalColumns).toEqual([]);
    expect(result.mapping.dueAt).toBeUndefined();
    expect(result.unmappedColumns).toContain(4);
  });

  it('rejects a column that does not exist', () => {
    expect(() => withExplicitMapping(headers, { code: 9 })).toThrow(RangeError);
    expect(() => withExplicitMapping(headers, { code: 'Số hồ sơ' })).toThrow(RangeError);
  });

  it('keeps the shape of a mapping whatever is fixed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FULL_EXPORT), { minLength: 1, maxLength: 12 }),
        fc.dictionary(fc.constantFrom(...DOSSIER_FIELDS), fc.nat()),
        (cols, picks) => {
          const explicit = Object.fromEntries(Object.entries(picks).map(([f, n]) => [f, n % cols.length]));
          const columns = Object.values(explicit);
          fc.pre(new Set(columns).size === columns.length);
          const result = withExplicitMapping(cols, explicit);
          checkShape(cols, result);
          for (const [field, column] of Object.entries(explicit)) {
            expect(result.mapping[field as keyof typeof result.mapping]).toBe(column);
          }
        },
      ),
    );
  });
});

describe('layoutKey', () => {
  it('is the same for the same layout however it is spelled, and differs when columns move', () => {
    const key = layoutKey(['Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận']);
    expect(layoutKey(['MA HO SO', 'don vi xu ly'.normalize('NFD'), 'Ngày  tiếp nhận', '', ''])).toBe(key);
    expect(layoutKey(['Đơn vị xử lý', 'Mã hồ sơ', 'Ngày tiếp nhận'])).not.toBe(key);
    expect(layoutKey(['Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận', 'Ghi chú'])).not.toBe(key);
    expect(key).toMatch(/^3-[0-9a-f]{16}$/);
  });
});
