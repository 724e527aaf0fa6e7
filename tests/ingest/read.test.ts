import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import type { TextEncodingName } from '../../src/ingest/decode.ts';
import { detectHeader, isTotalsRow } from '../../src/ingest/header.ts';
import { suggestMapping } from '../../src/ingest/mapping.ts';
import { readRows, UnsupportedFileError } from '../../src/ingest/read.ts';
import { type ByteSource, IngestCancelledError, type ReadProgress } from '../../src/ingest/types.ts';
import { byteChunks, collectRows, encodeWindows1258, utf8 } from './helpers.ts';

const OLD_TOOL_CSV = [
  'ỦY BAN NHÂN DÂN TỈNH AN GIANG;;;;;',
  'DANH SÁCH HỒ SƠ ĐÃ GIẢI QUYẾT;;;;;',
  'Từ ngày 01/03/2024 đến ngày 31/03/2024;;;;;',
  ';;;;;',
  'STT;Mã hồ sơ;Đơn vị xử lý;Ngày;;Họ tên',
  ';;;Tiếp nhận;Hẹn trả;',
  '(1);(2);(3);(4);(5);(6)',
  '1;000.00.12.H01-240315-0001;UBND xã Mỹ Hòa Hưng;15/03/2024 08:30;22/03/2024;Nguyễn Văn Ấn',
  '2;000.00.12.H01-240316-0002;"Sở Tài nguyên; Môi trường";16/03/2024;23/03/2024;Trần Thị Bé',
  'Tổng cộng;;;;;',
].join('\r\n');

function progressLog() {
  const seen: ReadProgress[] = [];
  return { seen, onProgress: (p: ReadProgress) => seen.push(p) };
}

describe('readRows', () => {
  it('reads an old-tool Windows-1258 ";" CSV end to end: header found, mapped, totals row recognised', async () => {
    const bytes = encodeWindows1258(OLD_TOOL_CSV);
    const { seen, onProgress } = progressLog();
    let encoding: TextEncodingName | null = null;
    const stream = readRows(byteChunks(bytes, 17), {
      fileName: 'hoso.csv',
      totalBytes: bytes.length,
      onProgress,
      onEncoding: (e) => {
        encoding = e;
      },
    });
    expect(await stream.kind).toBe('csv');
    const rows = await collectRows(stream.rows);
    expect(encoding).toBe('windows-1258');
    expect(rows.length).toBe(10);

    const nfc = rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => String(c).normalize('NFC')) }));
    const header = detectHeader(nfc)!;
    expect(header.headerRows).toEqual([5, 6]);
    expect(header.headers).toEqual([
      'STT',
      'Mã hồ sơ',
      'Đơn vị xử lý',
      'Ngày Tiếp nhận',
      'Ngày Hẹn trả',
      'Họ tên',
    ]);
    expect(nfc[header.dataStartIndex]!.cells[2]).toBe('UBND xã Mỹ Hòa Hưng');
    expect(nfc[header.dataStartIndex + 1]!.cells[2]).toBe('Sở Tài nguyên; Môi trường');
    expect(isTotalsRow(nfc.at(-1)!.cells)).toBe(true);

    const mapping = suggestMapping(header.headers);
    expect(mapping.mapping).toEqual({ code: 1, unit: 2, receivedAt: 3, dueAt: 4 });
    expect(mapping.personalColumns).toEqual([5]);

    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, rowsRead: 10 });
  });

  it('reads .xlsx from a chunked source and reports progress up to the file size', async () => {
    const bytes = new Uint8Array(
      await writeExcelFile([
        ['Mã hồ sơ', 'Đơn vị', 'Ngày nhận'],
        ['000123', 'Sở Y tế', { value: 45366.5, type: Number, format: 'dd/mm/yyyy hh:mm' }],
      ] as never).toBuffer(),
    );
    const { seen, onProgress } = progressLog();
    const stream = readRows(byteChunks(bytes, 100), {
      fileName: 'a.csv',
      totalBytes: bytes.length,
      onProgress,
    });
    expect(await stream.kind).toBe('xlsx');
    expect(await collectRows(stream.rows)).toEqual([
      { row: 1, cells: ['Mã hồ sơ', 'Đơn vị', 'Ngày nhận'] },
      { row: 2, cells: ['000123', 'Sở Y tế', 45366.5] },
    ]);
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, rowsRead: 2 });
  });

  it('reads an HTML ".xls" and fills in totalBytes at the end when it was not given', async () => {
    const bytes = utf8(
      '<html><body><table><tr><th>Mã hồ sơ</th><th>Đơn vị</th></tr><tr><td>0001</td><td>Sở Y tế</td></tr></table>',
    );
    const { seen, onProgress } = progressLog();
    const stream = readRows(byteChunks(bytes, 10), { fileName: 'BaoCao.xls', onProgress });
    expect(await stream.kind).toBe('html');
    expect((await collectRows(stream.rows)).map((r) => r.cells)).toEqual([
      ['Mã hồ sơ', 'Đơn vị'],
      ['0001', 'Sở Y tế'],
    ]);
    expect(seen[0]!.totalBytes).toBeNull();
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, rowsRead: 2 });
  });

  it('reports progress as it goes on a large file, never going back', async () => {
    const bytes = utf8(`Mã hồ sơ,Đơn vị\n${'H01-240315-0001,Sở Y tế\n'.repeat(200_000)}`);
    const { seen, onProgress } = progressLog();
    const stream = readRows(byteChunks(bytes, 65_536), { totalBytes: bytes.length, onProgress });
    const rows = await collectRows(stream.rows);
    expect(rows.length).toBe(200_001);
    expect(seen.length).toBeGreaterThan(10);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesRead).toBeGreaterThanOrEqual(seen[i - 1]!.bytesRead);
      expect(seen[i]!.rowsRead).toBeGreaterThanOrEqual(seen[i - 1]!.rowsRead);
    }
    expect(seen.at(-1)).toEqual({ bytesRead: bytes.length, totalBytes: bytes.length, rowsRead: 200_001 });
  });

  it('stops mid-file with IngestCancelledError and closes the source', async () => {
    let closed = false;
    let chunksRead = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        for await (const chunk of byteChunks(utf8('H-1,Sở Y tế\n'.repeat(100_000)), 4096)) {
          chunksRead++;
          yield chunk;
        }
      } finally {
        closed = true;
      }
    }
    const controller = new AbortController();
    const stream = readRows(source(), { signal: controller.signal });
    const batches = stream.rows[Symbol.asyncIterator]();
    expect((await batches.next()).done).toBe(false);
    controller.abort();
    const readWhenAborted = chunksRead;
    await expect(batches.next()).rejects.toBeInstanceOf(IngestCancelledError);
    expect(chunksRead - readWhenAborted).toBeLessThanOrEqual(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(closed).toBe(true);
  });

  it('cancels promptly while an async generator source is stuck in the middle of the file', async () => {
    async function* stuck(): AsyncGenerator<Uint8Array> {
      yield utf8('Mã hồ sơ,Đơn vị\n'.repeat(10_000));
      await new Promise(() => {});
    }
    const controller = new AbortController();
    const stream = readRows(stuck(), { signal: controller.signal });
    expect(await stream.kind).toBe('csv');
    const rows = collectRows(stream.rows);
    setTimeout(() => controller.abort(), 10);
    await expect(rows).rejects.toBeInstanceOf(IngestCancelledError);
  });

  it('cancels promptly while the source is stalled', async () => {
    const stalled: ByteSource = {
      [Symbol.asyncIterator]: () => ({
        next: () => new Promise<IteratorResult<Uint8Array>>(() => {}),
      }),
    };
    const controller = new AbortController();
    const stream = readRows(stalled, { signal: controller.signal });
    const rows = collectRows(stream.rows);
    setTimeout(() => controller.abort(), 10);
    await expect(stream.kind).rejects.toBeInstanceOf(IngestCancelledError);
    await expect(rows).rejects.toBeInstanceOf(IngestCancelledError);
  });

  it('knows the kind before any row is read, and refuses legacy binary .xls', async () => {
    expect(await readRows(byteChunks(utf8('a,b\n1,2\n'), 3)).kind).toBe('csv');
    const legacy = readRows(
      byteChunks(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 4),
    );
    await expect(legacy.kind).rejects.toBeInstanceOf(UnsupportedFileError);
    await expect(collectRows(legacy.rows)).rejects.toBeInstanceOf(UnsupportedFileError);
  });
});
