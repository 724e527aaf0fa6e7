import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CsvDialect, detectDialect, ROW_BATCH_SIZE, readCsvRows } from '../../src/ingest/csv.ts';
import { IngestCancelledError } from '../../src/ingest/types.ts';
import { collectRows, textChunks } from './helpers.ts';

async function parse(text: string, cuts: number | number[] = 1 << 16, delimiter?: string) {
  return collectRows(readCsvRows(textChunks(text, cuts), delimiter ? { delimiter } : {}));
}

/** Every split point of `text`, one at a time, plus splitting at every character. */
function everySplit(text: string): (number | number[])[] {
  return [1, ...Array.from({ length: text.length + 1 }, (_, i) => [i])];
}

describe('readCsvRows on hand-made files', () => {
  it('handles quotes, doubled quotes and line breaks inside quotes wherever a chunk ends', async () => {
    const text =
      'Mã hồ sơ,Tên thủ tục,Ghi chú\r\n' +
      '000.00.12.H01-240315-0001,"Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở","Dòng 1\r\nDòng 2"\r\n' +
      'H01.38-240315-0002,"Trả lời ""khẩn""",\r\n';
    const expected = [
      { row: 1, cells: ['Mã hồ sơ', 'Tên thủ tục', 'Ghi chú'] },
      {
        row: 2,
        cells: [
          '000.00.12.H01-240315-0001',
          'Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở',
          'Dòng 1\r\nDòng 2',
        ],
      },
      { row: 3, cells: ['H01.38-240315-0002', 'Trả lời "khẩn"', ''] },
    ];
    for (const cuts of everySplit(text)) expect(await parse(text, cuts)).toEqual(expected);
  });

  it('reads ";"-separated files with title lines above the header and keeps blank lines numbered', async () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH AN GIANG',
      'DANH SÁCH HỒ SƠ',
      'Từ ngày 01/03/2024, đến ngày 31/03/2024',
      '',
      'Mã hồ sơ;Đơn vị xử lý;Ngày tiếp nhận',
      'H01-240315-0001;UBND xã Mỹ Hòa Hưng, An Giang;15/03/2024',
      'H01-240315-0002;"Sở Tư pháp; Phòng Hộ tịch";16/03/2024',
    ].join('\n');
    const rows = await parse(text, 5);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows[2]!.cells).toEqual(['Từ ngày 01/03/2024, đến ngày 31/03/2024']);
    expect(rows[3]!.cells).toEqual(['']);
    expect(rows[5]!.cells).toEqual(['H01-240315-0001', 'UBND xã Mỹ Hòa Hưng, An Giang', '15/03/2024']);
    expect(rows[6]!.cells).toEqual(['H01-240315-0002', 'Sở Tư pháp; Phòng Hộ tịch', '16/03/2024']);
  });

  it('reads tab-separated files and drops a leading BOM', async () => {
    const text = '\uFEFFMã hồ sơ\tĐơn vị\r\n0001\tSở Y tế\r\n';
    for (const cuts of everySplit(text)) {
      expect(await parse(text, cuts)).toEqual([
        { row: 1, cells: ['Mã hồ sơ', 'Đơn vị'] },
        { row: 2, cells: ['0001', 'Sở Y tế'] },
      ]);
    }
  });

  it('counts a quoted field spanning lines as one record', async () => {
    const rows = await parse('a,b\n"x\ny\nz",1\nlast,2', 3);
    expect(rows).toEqual([
      { row: 1, cells: ['a', 'b'] },
      { row: 2, cells: ['x\ny\nz', '1'] },
      { row: 3, cells: ['last', '2'] },
    ]);
  });

  it('yields batches of about ROW_BATCH_SIZE rows, numbered without gaps', async () => {
    const count = 2 * ROW_BATCH_SIZE + 123;
    const text = Array.from({ length: count }, (_, i) => `H-${i},"đơn vị, ${i}"`).join('\r\n');
    const sizes: number[] = [];
    let expectedRow = 1;
    for await (const batch of readCsvRows(textChunks(text, 65_536))) {
      sizes.push(batch.length);
      for (const row of batch) {
        expect(row.row).toBe(expectedRow);
        expect(row.cells).toEqual([`H-${expectedRow - 1}`, `đơn vị, ${expectedRow - 1}`]);
        expectedRow++;
      }
    }
    expect(expectedRow - 1).toBe(count);
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    // A batch is handed on at the first chunk that brings it to ROW_BATCH_SIZE rows.
    const rowsPerChunk = Math.ceil(65_536 / (text.length / count));
    for (const size of sizes.slice(0, -1)) {
      expect(size).toBeGreaterThanOrEqual(ROW_BATCH_SIZE);
      expect(size).toBeLessThan(ROW_BATCH_SIZE + rowsPerChunk);
    }
  });

  it('reports the detected dialect and honours a forced delimiter', async () => {
    const dialects: CsvDialect[] = [];
    await collectRows(readCsvRows(textChunks('a;b\r\nc;d\r\n', 2), { onDialect: (d) => dialects.push(d) }));
    expect(dialects).toEqual([{ delimiter: ';', newline: '\r\n' }]);
    expect(await parse('a;b,c\n', 100, ',')).toEqual([{ row: 1, cells: ['a;b', 'c'] }]);
  });

  it('stops with IngestCancelledError when aborted mid-file', async () => {
    const controller = new AbortController();
    const text = 'a,b\n'.repeat(3 * ROW_BATCH_SIZE);
    const batches = readCsvRows(textChunks(text, 1000), { signal: controller.signal });
    const first = await batches.next();
    expect(first.done).toBe(false);
    controller.abort();
    await expect(batches.next()).rejects.toBeInstanceOf(IngestCancelledError);
  });
});

describe('detectDialect', () => {
  it('is not fooled by commas in the title lines of a ";" file', () => {
    const sample = [
      'UBND TỈNH AN GIANG, SỞ TƯ PHÁP',
      'Từ ngày 01/03/2024, đến ngày 31/03/2024, in lúc 08:00',
      ...Array.from({ length: 10 }, (_, i) => `H-${i};Sở Tư pháp;15/03/2024;Đã trả`),
    ].join('\n');
    expect(detectDialect(sample)).toEqual({ delimiter: ';', newline: '\n' });
  });

  it('ignores delimiters inside quotes', () => {
    const sample = Array.from({ length: 10 }, (_, i) => `H-${i},"a;b;c;d;e\tf",x`).join('\r\n');
    expect(detectDialect(sample)).toEqual({ delimiter: ',', newline: '\r\n' });
  });

  it('prefers the delimiter with the steadiest count even when another is more frequent in places', () => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      i % 2 ? `H-${i}\tUBND xã A, huyện B, tỉnh C\tx` : `H-${i}\tSở Y tế\tx`,
    );
    expect(detectDialect(lines.join('\n')).delimiter).toBe('\t');
  });

  it('falls back to "," for one-column text and detects old Mac line breaks', () => {
    expect(detectDialect('Mã hồ sơ\rH-1\rH-2')).toEqual({ delimiter: ',', newline: '\r' });
  });
});

const DELIMITERS = [',', ';', '\t'] as const;
const cellText = fc.string({ unit: fc.constantFrom(...'aĐơồ x1,;\t"\r\n'), maxLength: 8 });
const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

const FILLER_ROWS = Array.from({ length: 70 }, (_, i) => [`H-${i}`, 'x']);

function writeCsv(rows: string[][], delimiter: string, newline: string, quoteAll: boolean): string {
  const quote = (cell: string): string =>
    quoteAll || /[",;\t\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  // A lone empty cell must be quoted, or its line would read as nothing at the end of the file.
  return rows.map((r) => (r.length === 1 && r[0] === '' ? '""' : r.map(quote).join(delimiter))).join(newline);
}

describe('CSV round trip', () => {
  it('parses back any table written with quoting, for each delimiter, any chunk split, with or without a final line break', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        async (randomRows, delimiter, newline, quoteAll, finalNewline, cuts, longFile) => {
          // Past the ~60 lines of the dialect sample the reader parses chunk by chunk, carrying the
          // unfinished record: the cuts must land in that part too.
          const rows = longFile ? [...FILLER_ROWS, ...randomRows] : randomRows;
          const text = writeCsv(rows, delimiter, newline, quoteAll) + (finalNewline ? newline : '');
          const fillerLength = longFile ? writeCsv(FILLER_ROWS, delimiter, newline, quoteAll).length : 0;
          cuts = cuts.map((c) => fillerLength + (c % (text.length - fillerLength + 1)));
          const parsed = await parse(text, cuts, delimiter);
          expect(parsed.map((r) => r.cells)).toEqual(rows);
          expect(parsed.map((r) => r.row)).toEqual(rows.map((_, i) => i + 1));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('detects the delimiter of any rectangular table of two or more columns', async () => {
    const rectangular = fc
      .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 12 }))
      .chain(([width, height]) =>
        fc.array(fc.array(cellText, { minLength: width, maxLength: width }), {
          minLength: height,
          maxLength: height,
        }),
      );
    await fc.assert(
      fc.asyncProperty(
        rectangular,
        fc.constantFrom(...DELIMITERS),
        fc.constantFrom('\n', '\r\n'),
        async (rows, delimiter, newline) => {
          const text = writeCsv(rows, delimiter, newline, false);
          expect(detectDialect(text).delimiter).toBe(delimiter);
          expect((await parse(text, 7)).map((r) => r.cells)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});
