import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateFormatter } from '../../mock-data/src/date-format.ts';
import { writeExport } from '../../mock-data/src/export-file.ts';
import { generateDossiers } from '../../mock-data/src/generate-dossiers.ts';
import {
  cellText,
  DEFAULT_LAYOUT,
  type ExportLayout,
  sheetShape,
  totalsCells,
} from '../../mock-data/src/layout/sheet.ts';
import { sampleSpecs } from '../../mock-data/src/samples.ts';
import type { MockDossierRow } from '../../mock-data/src/types.ts';
import { csvField, DEFAULT_CSV, writeCsv } from '../../mock-data/src/writers/csv.ts';
import { writeHtmlTable } from '../../mock-data/src/writers/html.ts';
import { decodeWindows1258, encodeWindows1258 } from '../../mock-data/src/writers/windows-1258.ts';
import { writeXlsx } from '../../mock-data/src/writers/xlsx.ts';

const SAMPLES = fileURLToPath(new URL('../../mock-data/samples/', import.meta.url));
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mock-writers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const GENERATE = { seed: 42, rows: 1_200, from: '2025-01-01', to: '2025-03-31' };
const LAYOUT: ExportLayout = {
  ...DEFAULT_LAYOUT,
  from: GENERATE.from,
  to: GENERATE.to,
  titles: true,
  twoRowHeader: true,
  columnNumbers: true,
  totals: true,
  apology: true,
  dateFormats: { dueAt: 'dd/MM/yyyy', returnedAt: 'iso', newDueAt: 'excel-serial' },
};

/** Generated rows, a few of them given the values that break naive CSV writers and readers. */
function trickyRows(): MockDossierRow[] {
  const rows = [...generateDossiers(GENERATE)];
  const tricky = [
    'Công ty TNHH "Sao Mai"',
    'Số 5, ấp Mỹ Thạnh; xã Mỹ Hòa Hưng',
    'dòng một\r\ndòng hai',
    'chỉ xuống dòng\nLF',
    '"',
    '  khoảng trắng đầu và cuối  ',
    'UBND xã Mỹ Hòa Hưng'.normalize('NFD'),
  ];
  tricky.forEach((value, i) => {
    const row = rows[10 + i * 7]!;
    row.printed = { ...row.printed, applicantName: value, address: value, unit: value };
  });
  return rows;
}

/** Every row of the sheet as an exporter prints it, above and below the data included. */
function expectedMatrix(rows: readonly MockDossierRow[], layout: ExportLayout): string[][] {
  const shape = sheetShape(layout);
  const width = shape.columns.length;
  const formatter = new DateFormatter();
  const matrix: string[][] = [];
  for (const title of shape.titleRows) matrix.push([title, ...new Array<string>(width - 1).fill('')]);
  for (const header of shape.headerRows) matrix.push(header.map((c) => c?.text ?? ''));
  if (shape.numberRow) matrix.push(shape.numberRow);
  for (const row of rows) matrix.push(shape.columns.map((c) => cellText(c, row, layout, formatter)));
  if (layout.totals) matrix.push(totalsCells(width, rows.length));
  return matrix;
}

function parseCsv(text: string, delimiter: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const data = parsed.data;
  // The final CRLF ends the last record; it does not start another.
  if (data.length > 0 && data.at(-1)!.length === 1 && data.at(-1)![0] === '') data.pop();
  return data;
}

describe('csvField', () => {
  it('quotes only fields with the delimiter, a quote or a line break', () => {
    expect(csvField('Sở Y tế', ',')).toBe('Sở Y tế');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('a;b', ',')).toBe('a;b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('nói "có"', ',')).toBe('"nói ""có"""');
    expect(csvField('x\ny', ',')).toBe('"x\ny"');
    expect(csvField('x\ry', ',')).toBe('"x\ry"');
    expect(csvField('  lề  ', ',')).toBe('  lề  ');
    expect(csvField('', ',')).toBe('');
  });
});

describe('CSV writer', () => {
  it('writes UTF-8 with BOM that papaparse reads back cell by cell', async () => {
    const rows = trickyRows();
    const path = join(dir, 'bom.csv');
    const summary = await writeCsv(path, rows, LAYOUT, DEFAULT_CSV);
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(summary).toEqual({ path, dataRows: rows.length, bytes: bytes.length });
    const parsed = parseCsv(bytes.subarray(3).toString('utf8'), ',');
    expect(parsed).toEqual(expectedMatrix(rows, LAYOUT));
  });

  it('writes ";"-separated Windows-1258 that decodes to the same text', async () => {
    const rows = trickyRows();
    const path = join(dir, 'cp1258.csv');
    await writeCsv(path, rows, LAYOUT, { ...DEFAULT_CSV, delimiter: ';', encoding: 'windows-1258' });
    const bytes = await readFile(path);
    expect(bytes[0]).not.toBe(0xef);
    const text = decodeWindows1258(bytes);
    expect(text).not.toContain('?');
    const nfc = (m: string[][]) => m.map((r) => r.map((c) => c.normalize('NFC')));
    expect(nfc(parseCsv(text, ';'))).toEqual(nfc(expectedMatrix(rows, LAYOUT)));
  });

  it('writes UTF-8 without BOM and with LF when asked', async () => {
    const path = join(dir, 'plain.csv');
    const layout = { ...DEFAULT_LAYOUT, from: GENERATE.from, to: GENERATE.to };
    await writeCsv(path, generateDossiers({ ...GENERATE, rows: 50 }), layout, {
      delimiter: ',',
      encoding: 'utf8',
      lineEnding: '\n',
    });
    const text = await readFile(path, 'utf8');
    expect(text.startsWith('STT,Mã hồ sơ,')).toBe(true);
    expect(text).not.toContain('\r\n');
    expect(text.trimEnd().split('\n')).toHaveLength(51);
  });
});

describe('Windows-1258 encoding', () => {
  it('writes Vietnamese with the code page’s combining tone marks, losslessly', () => {
    const text = 'Đăng ký khai sinh – UBND xã Mỹ Hòa Hưng, đặc khu Thổ Châu, Sở Y tế: ưu tiên ỹ ậ ữ ổ';
    expect(decodeWindows1258(encodeWindows1258(text)).normalize('NFC')).toBe(text);
    expect(decodeWindows1258(encodeWindows1258(text.normalize('NFD'))).normalize('NFC')).toBe(text);
    expect(decodeWindows1258(encodeWindows1258('a → b'))).toBe('a ? b');
    // "ý" is not in the code page: y + combining acute (0xEC).
    expect([...encodeWindows1258('ý')]).toEqual([0x79, 0xec]);
    // "Á" is: one byte.
    expect([...encodeWindows1258('Á')]).toEqual([0xc1]);
  });
});

interface HtmlCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

function parseHtmlTable(html: string): HtmlCell[][] {
  const rows: HtmlCell[][] = [];
  let cell: HtmlCell | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'tr') rows.push([]);
        if (name === 'td' || name === 'th') {
          cell = { text: '', colSpan: Number(attribs.colspan ?? 1), rowSpan: Number(attribs.rowspan ?? 1) };
        }
        if (name === 'br' && cell) cell.text += '\n';
      },
      ontext(text) {
        if (cell) cell.text += text;
      },
      onclosetag(name) {
        if ((name === 'td' || name === 'th') && cell) {
          rows.at(-1)!.push(cell);
          cell = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return rows;
}

describe('HTML table writer', () => {
  it('writes a UTF-8 HTML table with colspan/rowspan headers and the same cells', async () => {
    const rows = trickyRows();
    const path = join(dir, 'table.xls');
    await writeHtmlTable(path, rows, LAYOUT);
    const html = await readFile(path, 'utf8');
    expect(html).toContain('<meta charset="utf-8">');
    const table = parseHtmlTable(html);
    const shape = sheetShape(LAYOUT);
    const width = shape.columns.length;
    expect(table[0]).toEqual([{ text: 'ỦY BAN NHÂN DÂN TỈNH AN GIANG', colSpan: width, rowSpan: 1 }]);
    const headerStart = shape.titleRows.length;
    expect(table[headerStart]).toContainEqual({ text: 'Thời gian', colSpan: 4, rowSpan: 1 });
    expect(table[headerStart]).toContainEqual({ text: 'Mã hồ sơ', colSpan: 1, rowSpan: 2 });
    expect(table[headerStart + 1]!.slice(-6).map((c) => c.text)).toEqual([
      'Tiếp nhận',
      'Hẹn trả',
      'Có kết quả',
      'Trả kết quả',
      'Ngày xin lỗi',
      'Ngày hẹn trả mới',
    ]);
    const expected = expectedMatrix(rows, LAYOUT);
    const dataStart = headerStart + 2;
    const body = table.slice(dataStart).map((r) => r.map((c) => c.text));
    expect(body).toEqual(expected.slice(dataStart).map((r) => r.map((c) => c.replace(/\r\n/g, '\n'))));
  });
});

describe('xlsx writer', () => {
  it('writes codes as text, some dates as real dates and the others as text', async () => {
    const rows = [...generateDossiers(GENERATE)];
    const path = join(dir, 'book.xlsx');
    await writeXlsx(path, rows, LAYOUT, { dateCells: ['receivedAt', 'dueAt'], maxRows: 10_000 });
    const sheet = await readSheet(path);
    const shape = sheetShape(LAYOUT);
    const col = (key: string) => shape.columns.findIndex((c) => c.key === key);
    const dataStart = shape.titleRows.length + shape.headerRows.length + 1;
    expect(sheet[shape.titleRows.length]![col('receivedAt')]).toBe('Thời gian');
    expect(sheet[shape.titleRows.length + 1]![col('receivedAt')]).toBe('Tiếp nhận');
    const formatter = new DateFormatter();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const cells = sheet[dataStart + i]!;
      expect(cells[col('stt')]).toBe(row.rowNumber);
      expect(cells[col('code')]).toBe(row.printed.code === '' ? null : row.printed.code);
      expect(cells[col('idNumber')]).toBe(row.printed.idNumber);
      const received = row.printed.receivedAt;
      if (typeof received === 'number') {
        const cell = cells[col('receivedAt')];
        // Excel serials are floats: a read-back date may be a millisecond off.
        expect(Math.abs((cell instanceof Date ? cell.getTime() : Number.NaN) - received)).toBeLessThanOrEqual(
          1,
        );
      } else {
        expect(cells[col('receivedAt')]).toBe(received);
      }
      const finished = row.printed.finishedAt;
      const finishedText =
        typeof finished === 'number' ? formatter.format(finished, LAYOUT.dateFormat) : finished;
      expect(cells[col('finishedAt')]).toBe(finishedText);
    }
    expect(sheet.at(-1)!.slice(0, 2)).toEqual(['Tổng cộng', rows.length]);
  });

  it('refuses more rows than its cap, with a clear message', async () => {
    const rows = generateDossiers({ ...GENERATE, rows: 20 });
    await expect(
      writeXlsx(join(dir, 'capped.xlsx'), rows, LAYOUT, { dateCells: [], maxRows: 10 }),
    ).rejects.toThrow(/limited to 10 rows.*CSV or HTML/);
  });

  it('stamps every zip entry with the DOS epoch, so the bytes depend on the content only', async () => {
    const path = join(dir, 'stamped.xlsx');
    await writeXlsx(path, generateDossiers({ ...GENERATE, rows: 20 }), LAYOUT);
    const zip = await readFile(path);
    let entries = 0;
    for (let p = zip.indexOf(Buffer.from('PK\x03\x04', 'latin1')); p >= 0; ) {
      expect(zip.readUInt16LE(p + 10)).toBe(0);
      expect(zip.readUInt16LE(p + 12)).toBe(0x21);
      entries++;
      p = zip.indexOf(Buffer.from('PK\x03\x04', 'latin1'), p + 4);
    }
    expect(entries).toBeGreaterThan(3);
  });
});

describe('determinism', () => {
  it('writes byte-identical files for the same seed, in every format', async () => {
    for (const format of ['csv', 'html', 'xlsx'] as const) {
      const write = (name: string) =>
        writeExport({ path: join(dir, name), format, generate: { ...GENERATE, rows: 400 }, layout: LAYOUT });
      await write(`a.${format}`);
      await write(`b.${format}`);
      const [a, b] = await Promise.all([
        readFile(join(dir, `a.${format}`)),
        readFile(join(dir, `b.${format}`)),
      ]);
      expect(a.equals(b), format).toBe(true);
    }
  });

  it('keeps the checked-in samples identical to what the generator writes now', async () => {
    for (const spec of sampleSpecs(dir)) {
      await writeExport(spec);
      const fresh = await readFile(spec.path);
      const checkedIn = await readFile(join(SAMPLES, basename(spec.path)));
      expect(fresh.equals(checkedIn), `${spec.path}: regenerate with generate.ts --samples`).toBe(true);
    }
  });
});

describe('layout', () => {
  it('prints the header variants', () => {
    const header = (headers: ExportLayout['headers']) =>
      sheetShape({ ...LAYOUT, twoRowHeader: false, headers }).headerRows[0]!.map((c) => c!.text);
    expect(header('default').slice(0, 3)).toEqual(['STT', 'Mã hồ sơ', 'Mã TTHC']);
    expect(header('alternative').slice(1, 2)).toEqual(['Số hồ sơ']);
    expect(header('ascii').slice(1, 2)).toEqual(['Ma ho so']);
    expect(header('alternative-ascii')).toContain('Ngay nhan');
  });
});
