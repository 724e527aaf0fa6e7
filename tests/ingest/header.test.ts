import { describe, expect, it } from 'vitest';
import {
  detectHeader,
  guessHeader,
  isBlankRow,
  isColumnNumberRow,
  isTotalsRow,
  mergeHeaderRows,
} from '../../src/ingest/header.ts';
import { suggestMapping } from '../../src/ingest/mapping.ts';
import type { Cell, RawRow } from '../../src/ingest/types.ts';

/** Rows numbered as in a file whose first row is `firstRow`. */
const rows = (cells: Cell[][], firstRow = 1): RawRow[] =>
  cells.map((c, i) => ({ row: firstRow + i, cells: c }));

const DATA = ['1', 'H01.38.12-240315-0007', 'UBND xã Mỹ Hòa Hưng', '15/03/2024', '22/03/2024', '20/03/2024'];

describe('detectHeader', () => {
  it('skips title rows and blank rows above a one-row header', () => {
    const input = rows([
      ['ỦY BAN NHÂN DÂN TỈNH AN GIANG', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['DANH SÁCH HỒ SƠ TIẾP NHẬN'],
      ['Từ ngày 01/03/2024 đến ngày 31/03/2024'],
      [''],
      ['STT', 'Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
      DATA,
    ]);
    expect(detectHeader(input)).toEqual({
      headerRows: [5],
      headers: ['STT', 'Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày có kết quả'],
      dataStartIndex: 5,
    });
  });

  it('merges a two-row header with a group label and skips the column-number row', () => {
    const input = rows(
      [
        ['DANH SÁCH HỒ SƠ'],
        [],
        ['STT', 'Mã hồ sơ', 'Đơn vị', 'Thời gian', '', '', 'Trạng thái'],
        ['', '', '', 'Tiếp nhận', 'Hẹn trả', 'Có kết quả', ''],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        [...DATA, 'Đã trả kết quả'],
      ],
      3,
    );
    const header = detectHeader(input);
    expect(header).toEqual({
      headerRows: [5, 6],
      headers: [
        'STT',
        'Mã hồ sơ',
        'Đơn vị',
        'Thời gian Tiếp nhận',
        'Thời gian Hẹn trả',
        'Thời gian Có kết quả',
        'Trạng thái',
      ],
      dataStartIndex: 5,
    });
    expect(suggestMapping(header!.headers).mapping).toMatchObject({
      code: 1,
      unit: 2,
      receivedAt: 3,
      dueAt: 4,
      finishedAt: 5,
      status: 6,
    });
  });

  it('merges "Ngày" over "Tiếp nhận | Hẹn trả" and skips numbers written as numbers', () => {
    const input = rows([
      ['Số hồ sơ', 'Cơ quan giải quyết', 'Ngày', ''],
      ['', '', 'Tiếp nhận', 'Hẹn trả'],
      [1, 2, 3, 4],
      ['0001', 'Sở Y tế', 45366.5, 45373],
    ]);
    const header = detectHeader(input)!;
    expect(header.headers).toEqual(['Số hồ sơ', 'Cơ quan giải quyết', 'Ngày Tiếp nhận', 'Ngày Hẹn trả']);
    expect(header.dataStartIndex).toBe(3);
    expect(suggestMapping(header.headers).confidence).toEqual({ code: 1, unit: 1, receivedAt: 1, dueAt: 1 });
  });

  it('keeps a one-row header when the next row is data', () => {
    const input = rows([
      ['Mã hồ sơ', 'Đơn vị', 'Ngày nhận'],
      ['000123', 'Sở Y tế', '15/03/2024'],
    ]);
    expect(detectHeader(input)).toMatchObject({ headerRows: [1], dataStartIndex: 1 });
  });

  it('reads NFD and unaccented headers', () => {
    const input = rows([
      ['Ma ho so', 'Don vi xu ly', 'Ngay tiep nhan'],
      ['Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận'].map((h) => h.normalize('NFD')),
    ]);
    expect(detectHeader(input.slice(0, 1))!.headers).toEqual(['Ma ho so', 'Don vi xu ly', 'Ngay tiep nhan']);
    expect(detectHeader(input.slice(1))!.headers).toEqual(['Mã hồ sơ', 'Đơn vị xử lý', 'Ngày tiếp nhận']);
  });

  it('is null without the required fields, and guessHeader still offers the likeliest row', () => {
    const input = rows([
      ['DANH SÁCH'],
      ['STT', 'Mã hồ sơ', 'Ngày tiếp nhận', 'Ghi chú'],
      ['1', 'H-1', '15/03/2024', ''],
    ]);
    expect(detectHeader(input)).toBeNull();
    expect(guessHeader(input)).toMatchObject({ headerRows: [2], dataStartIndex: 2 });
    const unknown = rows([[], ['Code', 'Agency', 'Received'], ['H-1', 'X', '2024-03-15']]);
    expect(guessHeader(unknown)).toMatchObject({ headerRows: [2], headers: ['Code', 'Agency', 'Received'] });
    expect(guessHeader(rows([[''], []]))).toBeNull();
  });

  it('only looks at the first 60 rows', () => {
    const filler = Array.from({ length: 60 }, () => ['ghi chú']);
    expect(detectHeader(rows([...filler, ['Mã hồ sơ', 'Đơn vị', 'Ngày nhận']]))).toBeNull();
  });
});

describe('mergeHeaderRows', () => {
  it('carries a group label only over the sub-labels of its span', () => {
    expect(
      mergeHeaderRows(['Mã', 'Thời gian', '', '', 'Ghi chú', ''], ['', 'Tiếp nhận', 'Hẹn trả', '', '', 'X']),
    ).toEqual(['Mã', 'Thời gian Tiếp nhận', 'Thời gian Hẹn trả', '', 'Ghi chú', 'X']);
  });
});

describe('row predicates', () => {
  it('isTotalsRow finds a totals label in the first cells, in any spelling, but not "Công an"', () => {
    expect(isTotalsRow(['Tổng cộng', '', '', 125])).toBe(true);
    expect(isTotalsRow(['', 'TỔNG CỘNG:', 125])).toBe(true);
    expect(isTotalsRow(['Tong cong (125 ho so)'])).toBe(true);
    expect(isTotalsRow(['Tổng cộng'.normalize('NFD')])).toBe(true);
    expect(isTotalsRow(['', '', 'Cộng', 5])).toBe(true);
    expect(isTotalsRow(['Tổng', 5])).toBe(true);
    expect(isTotalsRow(['H-1', 'Công an xã Mỹ Hòa', '15/03/2024'])).toBe(false);
    expect(isTotalsRow(['H-1', 'Sở Công Thương'])).toBe(false);
    expect(isTotalsRow(['', '', '', '', 'Tổng cộng'])).toBe(false);
  });

  it('isBlankRow treats whitespace as blank and numbers as content', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(['', '  ', '\t'])).toBe(true);
    expect(isBlankRow(['', 0])).toBe(false);
  });

  it('isColumnNumberRow wants at least three numbers or letters and nothing else', () => {
    expect(isColumnNumberRow(['(1)', '(2)', '', '(3)'])).toBe(true);
    expect(isColumnNumberRow(['1', '2', '3'])).toBe(true);
    expect(isColumnNumberRow(['(A)', '(B)', '(C)'])).toBe(true);
    expect(isColumnNumberRow([1, 2])).toBe(false);
    expect(isColumnNumberRow(['1', 'H-1', '3'])).toBe(false);
    expect(isColumnNumberRow([1, 2, 45366.5])).toBe(false);
  });
});
