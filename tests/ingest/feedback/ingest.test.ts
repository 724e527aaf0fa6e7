import { createReadStream } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { endOfDay, wallTime } from '../../../src/domain/time.ts';
import { FeedbackMappingError, ingestFeedbackFiles } from '../../../src/ingest/feedback/ingest.ts';
import { suggestFeedbackMapping } from '../../../src/ingest/feedback/mapping.ts';
import { parseFeedbackRating } from '../../../src/ingest/feedback/normalize.ts';

const SAMPLES = resolve(__dirname, '../../../mock-data/samples');

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

const read = (name: string, text: string) => ingestFeedbackFiles([{ name, source: bytes(text) }]);

describe('feedback header mapping', () => {
  it('maps the usual header names, with or without diacritics, and keeps deadline and answer apart', () => {
    const { mapping, missingRequired } = suggestFeedbackMapping([
      'STT',
      'Ma PAKN',
      'Co quan xu ly',
      'Loai phan anh',
      'Ngay gui',
      'Han tra loi',
      'Ngay tra loi',
      'Danh gia cua nguoi dan',
      'Họ tên',
    ]);
    expect(missingRequired).toEqual([]);
    expect(mapping).toEqual({
      code: 1,
      unit: 2,
      category: 3,
      receivedAt: 4,
      dueAt: 5,
      handledAt: 6,
      rating: 7,
    });
  });

  it('reads like/dislike and Vietnamese ratings; unknown texts are undefined', () => {
    expect(
      ['Hài lòng', 'LIKE', 'Không hài lòng', 'dislike', 'Bình thường', '', 'Chưa đánh giá', '5 sao'].map(
        parseFeedbackRating,
      ),
    ).toEqual(['satisfied', 'satisfied', 'dissatisfied', 'dissatisfied', 'neutral', null, null, undefined]);
  });
});

describe('ingestFeedbackFiles', () => {
  it('reads the CSV, .xlsx and HTML .xls samples to the same items', async () => {
    const results = await Promise.all(
      ['csv', 'xlsx', 'xls'].map((ext) => {
        const name = `feedback-2026-03.${ext}`;
        return ingestFeedbackFiles([{ name, source: createReadStream(join(SAMPLES, name)) }]);
      }),
    );
    const [csv, xlsx, html] = results;
    expect(csv!.report.files[0]!.kind).toBe('csv');
    expect(xlsx!.report.files[0]!.kind).toBe('xlsx');
    expect(html!.report.files[0]!.kind).toBe('html');
    expect(csv!.items.length).toBeGreaterThan(100);
    expect(xlsx!.items).toEqual(csv!.items);
    expect(html!.items).toEqual(csv!.items);
    const r = csv!.report;
    expect(r.rowsRead).toBe(r.accepted + r.rejected);
    expect(r.rejected).toBeGreaterThan(0);
  });

  it('reports each bad row with its row, column, value and reason', async () => {
    const { items, report } = await read(
      'pakn.csv',
      [
        'DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ',
        '',
        'Mã phản ánh;Đơn vị;Ngày tiếp nhận;Hạn xử lý;Ngày xử lý;Phân loại;Đánh giá',
        'PA-1;UBND xã An Phú;02/03/2026 08:00;16/03/2026;05/03/2026 10:00;Hành vi cán bộ;Like',
        ';UBND xã An Phú;02/03/2026;16/03/2026;;;',
        'PA-3;Sở Xây dựng;31/02/2026;16/03/2026;;;',
        'PA-4;Sở Xây dựng;10/03/2026;24/03/2026;09/03/2026;;',
        'PA-5;Sở Xây dựng;10/03/2026;24/03/2026;;;5 sao',
        'PA-1;UBND xã An Phú;02/03/2026 08:00;16/03/2026;06/03/2026 10:00;;Dislike',
        'Tổng cộng;5;;;;;',
      ].join('\r\n'),
    );
    const brief = report.problems.map((p) => [p.row, p.column, p.value, p.code, p.severity]);
    expect(brief).toEqual([
      [5, 'Mã phản ánh', null, 'missing_required', 'error'],
      [6, 'Ngày tiếp nhận', '31/02/2026', 'unparsable_date', 'error'],
      [7, 'Ngày xử lý', '09/03/2026', 'handled_before_received', 'error'],
      [8, 'Đánh giá', '5 sao', 'unknown_rating', 'warning'],
      [9, 'Mã phản ánh', 'PA-1', 'duplicate_code', 'warning'],
    ]);
    expect(report.problems[0]!.message).toBe('Thiếu giá trị bắt buộc: Mã phản ánh');
    expect(report.problems[4]!.message).toContain('dòng 4');
    expect(report).toMatchObject({ rowsRead: 6, accepted: 3, rejected: 3, warned: 2, items: 2 });
    expect(items.map((i) => [i.code, i.rating, i.handledAt])).toEqual([
      ['PA-1', 'dissatisfied', wallTime(2026, 3, 6, 10)],
      ['PA-5', null, null],
    ]);
    // A date-only deadline lasts to the end of its day; receivedAt keeps its time.
    expect(items[0]!.dueAt).toBe(endOfDay(wallTime(2026, 3, 16)));
    expect(items[0]!.receivedAt).toBe(wallTime(2026, 3, 2, 8));
    expect(items[0]!.category).toBeNull();
  });

  it('finds the header under title rows even when a required column is named otherwise, so staff can map it', async () => {
    const csv =
      'DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ,,\nTháng 3/2026,,\n,,\nSố hiệu,Đơn vị,Ngày tiếp nhận\nPA-1,Sở Tư pháp,02/03/2026 08:00\n';
    const error = await read('x.csv', csv).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeedbackMappingError);
    expect((error as FeedbackMappingError).headers).toEqual(['Số hiệu', 'Đơn vị', 'Ngày tiếp nhận']);
    const { items, report } = await ingestFeedbackFiles([
      { name: 'x.csv', source: bytes(csv), mapping: { code: 0 } },
    ]);
    expect(report.rejected).toBe(0);
    expect(items.map((i) => [i.code, i.unit])).toEqual([['PA-1', 'Sở Tư pháp']]);
  });

  it('names the missing columns when a file is not a feedback export', async () => {
    await expect(read('x.csv', 'Mã phản ánh,Nội dung\nPA-1,abc\n')).rejects.toBeInstanceOf(
      FeedbackMappingError,
    );
  });
});
