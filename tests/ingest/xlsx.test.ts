import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { IngestCancelledError } from '../../src/ingest/types.ts';
import { excelSerialFromDate, readXlsxRows } from '../../src/ingest/xlsx.ts';
import { collectRows } from './helpers.ts';

async function xlsx(data: unknown[][]): Promise<Uint8Array> {
  // write-excel-file's cell-object typing is stricter than these hand-made fixtures need.
  return new Uint8Array(await writeExcelFile(data as never).toBuffer());
}

const dateCell = (value: Date | number, format = 'dd/mm/yyyy hh:mm:ss') =>
  typeof value === 'number' ? { value, type: Number, format } : { value, type: Date, format };

describe('readXlsxRows', () => {
  it('keeps text as text, numbers as numbers, and counts empty rows like Excel', async () => {
    const bytes = await xlsx([
      ['ỦY BAN NHÂN DÂN TỈNH AN GIANG'],
      [],
      ['Mã hồ sơ', 'Số trang', 'Phiếu xin lỗi', 'Ghi chú'],
      ['000123', 12, true, null],
      ['H01.38.12-240315-0007', 3.5, false, 'Đã trả'],
    ]);
    const rows = await collectRows(readXlsxRows(bytes));
    expect(rows).toEqual([
      { row: 1, cells: ['ỦY BAN NHÂN DÂN TỈNH AN GIANG', '', '', ''] },
      { row: 2, cells: ['', '', '', ''] },
      { row: 3, cells: ['Mã hồ sơ', 'Số trang', 'Phiếu xin lỗi', 'Ghi chú'] },
      { row: 4, cells: ['000123', 12, 'TRUE', ''] },
      { row: 5, cells: ['H01.38.12-240315-0007', 3.5, 'FALSE', 'Đã trả'] },
    ]);
  });

  it('turns date cells into their Excel serial (1900 system)', async () => {
    const bytes = await xlsx([
      ['Ngày tiếp nhận', 'Ngày hẹn trả'],
      [dateCell(45366.5), dateCell(45366, 'dd/mm/yyyy')],
      [dateCell(1, 'dd/mm/yyyy'), dateCell(61, 'dd/mm/yyyy')],
      [
        dateCell(new Date(Date.UTC(2024, 2, 15, 8, 0, 0))),
        dateCell(new Date(Date.UTC(2025, 0, 25, 17, 30, 15))),
      ],
    ]);
    const [, serials, early, fromDates] = await collectRows(readXlsxRows(bytes));
    // 45366.5 is 2024-03-15 12:00; serial 1 is 1900-01-01 and 61 is 1900-03-01, after the fake 29/02/1900.
    expect(serials!.cells).toEqual([45366.5, 45366]);
    expect(early!.cells).toEqual([1, 61]);
    const asUtcMs = (serial: number) => Math.round((serial - 25569) * 86_400) * 1000;
    expect(fromDates!.cells.map((c) => asUtcMs(c as number))).toEqual([
      Date.UTC(2024, 2, 15, 8, 0, 0),
      Date.UTC(2025, 0, 25, 17, 30, 15),
    ]);
  });

  it('batches long sheets and stops when cancelled between batches', async () => {
    const data = [['Mã hồ sơ'], ...Array.from({ length: 12_000 }, (_, i) => [`H-${i}`])];
    const bytes = await xlsx(data);
    const all = await collectRows(readXlsxRows(bytes));
    expect(all.length).toBe(12_001);
    expect(all.at(-1)).toEqual({ row: 12_001, cells: ['H-11999'] });

    const controller = new AbortController();
    const batches = readXlsxRows(bytes, { signal: controller.signal });
    expect((await batches.next()).value).toHaveLength(5000);
    controller.abort();
    await expect(batches.next()).rejects.toBeInstanceOf(IngestCancelledError);
  });

  it('reads a Uint8Array that is a view into a larger buffer', async () => {
    const bytes = await xlsx([['a'], ['b']]);
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    const rows = await collectRows(readXlsxRows(padded.subarray(5, 5 + bytes.length)));
    expect(rows.map((r) => r.cells)).toEqual([['a'], ['b']]);
  });
});

describe('excelSerialFromDate', () => {
  it('inverts the Date that read-excel-file builds, rounding its millisecond floor away', () => {
    expect(excelSerialFromDate(new Date(Date.UTC(2024, 2, 15, 12)))).toBe(45366.5);
    expect(excelSerialFromDate(new Date(Date.UTC(1970, 0, 1)))).toBe(25569);
    // floor((45366 + 1/3 - 25569) × 86400000) may land 1 ms before 08:00.
    const serial = excelSerialFromDate(new Date(Date.UTC(2024, 2, 15, 8) - 1));
    expect(Math.round((serial - 25569) * 86_400_000)).toBe(Date.UTC(2024, 2, 15, 8));
  });
});
