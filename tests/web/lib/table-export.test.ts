import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvBlob,
  type ExportTable,
  escapeCell,
  exportFileName,
  FORMULA_PREFIXES,
  toCsv,
  UTF8_BOM,
  xlsxSheetData,
} from '../../../src/web/lib/table-export.ts';

const startsWithFormula = (s: string) => FORMULA_PREFIXES.some((p) => s.startsWith(p));

const table: ExportTable = {
  sheetName: 'Xếp hạng',
  columns: [
    { header: 'Đơn vị', kind: 'text' },
    { header: 'Thay đổi', kind: 'integer' },
    { header: 'Tỷ lệ (%)', kind: 'percent' },
    { header: 'Điểm', kind: 'decimal' },
  ],
  rows: [
    ['Sở Tài chính', 2, 0.98765, 19.456],
    ['=HYPERLINK("http://x")', -1, null, 20],
    ['Xã "Đông", Hòa', 0, 1, null],
    ['@SUM(A1)', null, 0, 0],
  ],
};

describe('escapeCell', () => {
  it('prefixes text that a spreadsheet would read as a formula', () => {
    expect(escapeCell('=1+1')).toBe("'=1+1");
    expect(escapeCell('+84 912')).toBe("'+84 912");
    expect(escapeCell('-2')).toBe("'-2");
    expect(escapeCell('@cmd')).toBe("'@cmd");
    expect(escapeCell('\tx')).toBe("'\tx");
    expect(escapeCell('\rx')).toBe("'\rx");
    expect(escapeCell('Sở Y tế')).toBe('Sở Y tế');
    expect(escapeCell('')).toBe('');
  });

  it('never leaves a formula character first, and leaves other text unchanged', () => {
    const formulaStart = fc.tuple(fc.constantFrom(...FORMULA_PREFIXES), fc.string()).map(([p, s]) => p + s);
    fc.assert(
      fc.property(fc.oneof(fc.string(), formulaStart, fc.string({ unit: 'grapheme' })), (text) => {
        const escaped = escapeCell(text);
        expect(startsWithFormula(escaped)).toBe(false);
        if (startsWithFormula(text)) expect(escaped).toBe(`'${text}`);
        else expect(escaped).toBe(text);
      }),
    );
  });
});

describe('toCsv', () => {
  it('writes comma-separated RFC 4180 lines, numbers as numbers, text escaped and quoted', () => {
    expect(toCsv(table).split('\r\n')).toEqual([
      'Đơn vị,Thay đổi,Tỷ lệ (%),Điểm',
      'Sở Tài chính,2,98.77,19.46',
      `"'=HYPERLINK(""http://x"")",-1,,20`,
      '"Xã ""Đông"", Hòa",0,100,',
      "'@SUM(A1),,0,0",
      '',
    ]);
  });

  it('starts the file with a UTF-8 BOM so Excel reads Vietnamese', async () => {
    const bytes = new Uint8Array(await csvBlob(table).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(UTF8_BOM + toCsv(table));
  });

  it('keeps every row in one line whatever the text holds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.integer())), (rows) => {
        const csv = toCsv({
          sheetName: 's',
          columns: [
            { header: 'a', kind: 'text' },
            { header: 'b', kind: 'integer' },
          ],
          rows,
        });
        // Outside quotes, CRLF only ends records: count records by a tiny parser.
        let records = 0;
        let quoted = false;
        for (let i = 0; i < csv.length; i++) {
          if (csv[i] === '"') quoted = !quoted;
          else if (!quoted && csv[i] === '\r' && csv[i + 1] === '\n') records++;
        }
        expect(records).toBe(rows.length + 1);
      }),
    );
  });
});

describe('xlsxSheetData', () => {
  it('types numbers with a display format and escapes text', () => {
    const [header, first, second] = xlsxSheetData(table);
    expect(header?.[0]).toMatchObject({ value: 'Đơn vị', fontWeight: 'bold' });
    expect(first).toEqual([
      { value: 'Sở Tài chính', type: String },
      { value: 2, type: Number, format: '#,##0' },
      { value: 0.98765, type: Number, format: '0.00%' },
      { value: 19.456, type: Number, format: '0.00' },
    ]);
    expect(second?.[0]).toEqual({ value: `'=HYPERLINK("http://x")`, type: String });
    expect(second?.[1]).toMatchObject({ value: -1, type: Number });
    expect(second?.[2]).toBeNull();
  });
});

describe('exportFileName', () => {
  it('joins folded parts with hyphens', () => {
    expect(exportFileName(['xep-hang', '2025-03', 'so-nganh'], 'csv')).toBe('xep-hang-2025-03-so-nganh.csv');
    expect(exportFileName(['Xếp hạng', '2025-Q1', 'Xã, phường'], 'xlsx')).toBe(
      'xep-hang-2025-q1-xa-phuong.xlsx',
    );
    expect(exportFileName([], 'csv')).toBe('du-lieu.csv');
  });
});
